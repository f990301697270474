/**
 * Loads the handlebars templates: one partial per view kind under templates/nodes, plus the
 * declaration, index and file templates. `{{{node x}}}` renders a child view with its kind's partial.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { helpers } from './helpers.js';
import type { View } from './view.js';

export interface Templates {
  decl: HandlebarsTemplateDelegate;
  index: HandlebarsTemplateDelegate;
  file: HandlebarsTemplateDelegate;
  /** the section of a `@calls` declaration */
  calls: HandlebarsTemplateDelegate;
  kinds: string[];
}

let cached: Templates | undefined;

export function templateDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export function loadTemplates(dir = templateDir()): Templates {
  if (cached && dir === templateDir()) return cached;
  const hb = Handlebars.create();
  const compile = (file: string): HandlebarsTemplateDelegate => hb.compile(fs.readFileSync(path.join(dir, file), 'utf8'), { noEscape: true, strict: false });
  const nodes = new Map<string, HandlebarsTemplateDelegate>();
  for (const f of fs.readdirSync(path.join(dir, 'nodes'))) if (f.endsWith('.hbs')) nodes.set(f.slice(0, -4), compile(path.join('nodes', f)));
  hb.registerHelper(helpers);
  hb.registerHelper('node', (v: View) => {
    const t = v && nodes.get(v.kind);
    if (!t) throw new Error(`no template for IR kind '${v?.kind}'`);
    return t(v).trim();
  });
  const out = { decl: compile('decl.hbs'), index: compile('index.hbs'), file: compile('file.hbs'), calls: compile('calls.hbs'), kinds: [...nodes.keys()] };
  if (dir === templateDir()) cached = out;
  return out;
}
