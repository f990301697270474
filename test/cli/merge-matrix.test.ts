/**
 * The layout of a generated section does not depend on the rest of its type, so a hand edit of
 * one field survives every other change to the type as a clean merge: through the CLI with the
 * real codegen, field `qty` is edited, then the type gets another field added, removed, renamed
 * or moved, a union member added or removed, a tag changed elsewhere, or its first optional
 * field, and regeneration reports one merged edit holding both changes. Each case runs on the
 * file as generated and on the file after the user's own prettier (double quotes, no
 * semicolons, width 120); there a type change that rewrites a line their prettier changed (the
 * quotes of `mode`) merges on the canonical forms.
 */
import prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGenerate, type GenerateFn } from '../../src/cli/generator.js';
import { parseSections } from '../../src/emit/sections.js';
import { Project } from './helpers.js';

const OUT = 'generated/types.mutators.ts';
const TYPES = `export interface Order {
  id: string;
  mode: 'buy' | 'sell';
  qty: number;
  note: string;
  /** @minimum 0 */
  total: number;
}
`;
const EDIT_FROM = /qty: dm\.number\(\),?/;
const EDIT_TO = 'qty: dm.integer({ min: 1, max: 9 }),';
/** the edit after a merge on the canonical forms, which reprints objects one property per line */
const EDITED = /qty: dm\.integer\(\{\s*min: 1,\s*max: 9,?\s*\}\),/;

/** each change of the type, and a pattern the regenerated section must then hold */
const CHANGES: Array<{ name: string; change: (t: string) => string; expect: RegExp; gone?: RegExp }> = [
  { name: 'a field added next to the edited one', change: (t) => t.replace('  qty: number;\n', '  qty: number;\n  price: number;\n'), expect: /price: dm\.number\(\)/ },
  { name: 'the next field removed', change: (t) => t.replace('  note: string;\n', ''), expect: /total: /, gone: /note: / },
  { name: 'a field renamed', change: (t) => t.replace('  note: string;', '  comment: string;'), expect: /comment: dm\.string\(\)/, gone: /note: / },
  { name: 'two other fields reordered', change: (t) => t.replace('  id: string;\n  mode', '  mode').replace('  note: string;\n', '  note: string;\n  id: string;\n'), expect: /note: dm\.string\(\),\n\s*id: dm\.string\(\)/ },
  { name: 'a union member added', change: (t) => t.replace("'buy' | 'sell'", "'buy' | 'sell' | 'hold'"), expect: /\['buy', 'sell', 'hold'\]|\["buy", "sell", "hold"\]/ },
  { name: 'a union member removed', change: (t) => t.replace("'buy' | 'sell'", "'buy'"), expect: /mode: dm\.constant\(['"]buy['"] as const\)/ },
  { name: 'a tag changed elsewhere', change: (t) => t.replace('@minimum 0', '@minimum 5'), expect: /total: dm\.number\(\{ minimum: 5 \}\)/ },
  { name: 'the first optional field added', change: (t) => t.replace('  note: string;', '  note: string;\n  memo?: string;'), expect: /memo: dm\.optionalKey\(dm\.string\(\)\)/ },
];

const theirPrettier = (text: string) => prettier.format(text, { parser: 'typescript', singleQuote: false, semi: false, printWidth: 120 });

let generate: GenerateFn;
const projects: Project[] = [];
beforeAll(async () => {
  generate = await loadGenerate();
});
afterAll(() => Promise.all(projects.map((p) => p.remove())));

for (const style of ['as generated', "after the user's prettier"] as const) {
  describe(`an edit of one field, ${style}, merges cleanly with`, () => {
    for (const c of CHANGES) {
      it(c.name, async () => {
        const project = await Project.create({ 'types.ts': TYPES });
        projects.push(project);
        expect((await project.run(['types.ts'], generate)).code).toBe(0);
        let text = await project.read(OUT);
        if (style !== 'as generated') text = await theirPrettier(text);
        expect(text).toMatch(EDIT_FROM);
        await project.write(OUT, text.replace(EDIT_FROM, EDIT_TO));
        await project.write('types.ts', c.change(TYPES));
        const run = await project.run(['types.ts'], generate);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/1 merged edit/);
        const order = parseSections(await project.read(OUT)).sections.find((s) => s.name === 'Order')!.body;
        expect(order).not.toMatch(/<<<<<<<|>>>>>>>/);
        expect(order).toMatch(EDITED);
        expect(order).toMatch(c.expect);
        if (c.gone) expect(order).not.toMatch(c.gone);
      });
    }
  });
}
