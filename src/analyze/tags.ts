/**
 * JSDoc tags: read from the syntax (the only thing read from syntax besides locations), checked
 * against the known names, and parsed into plain values. Applying them to a node is in
 * `constraints.ts`.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Resources } from '../model/ir.js';
import { report, type Ctx, type Site } from './context.js';

export interface Tag {
  name: string;
  text: string;
  at: ts.Node;
  /** set for a typia type-level tag (`tags.MinLength<3>`): how diagnostics name it, e.g. 'MinLength<3>' */
  typeLevel?: string;
}
export type Tags = Tag[];

export const CONSTRAINT_TAGS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'type', 'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems'];
const OUR_TAGS = ['weight', 'mutator', 'creates', 'uses', 'drops', 'swarm', 'calls', 'once', 'requires'];
/** documentation tags (JSDoc/TSDoc) that carry no meaning for mutators */
const DOC_TAGS = [
  'deprecated', 'see', 'example', 'default', 'defaultValue', 'description', 'remarks', 'link', 'since', 'internal', 'public', 'private',
  'protected', 'param', 'returns', 'return', 'template', 'typeParam', 'category', 'experimental', 'beta', 'alpha', 'ignore', 'todo',
  'author', 'version', 'throws', 'readonly', 'privateRemarks', 'inheritDoc', 'override', 'packageDocumentation', 'module', 'license',
  'summary', 'note', 'title', 'typedef', 'property', 'prop', 'enum', 'const', 'sealed', 'virtual', 'eventProperty', 'label', 'file',
  'fileoverview', 'copyright', 'url', 'tutorial', 'memberof', 'abstract', 'final', 'alias', 'name', 'external', 'interface', 'namespace',
  'group', 'hidden', 'experimental', 'satisfies', 'import', 'overload', 'callback', 'extends', 'augments', 'implements', 'class',
  'constructor', 'this', 'async', 'function', 'method', 'member', 'var', 'kind', 'lends', 'requires', 'exports', 'global', 'inner',
  'instance', 'static', 'mixes', 'mixin', 'listens', 'fires', 'event', 'emits', 'yields', 'yield', 'generator', 'access', 'borrows',
  'constant', 'desc', 'host', 'package', 'variation', 'exception', 'arg', 'argument', 'returns', 'nullable', 'optional',
];
const KNOWN = new Set([...CONSTRAINT_TAGS, ...OUR_TAGS, ...DOC_TAGS]);

/**
 * The tags on a declaration or property (all its JSDoc blocks). Unknown names are errors in the
 * user's own files and ignored in installed packages (node_modules), which the user cannot edit.
 */
export function readTags(ctx: Ctx, site: Site, node: ts.Node | undefined): Tags {
  if (!node) return [];
  const out: Tags = [];
  const sf = node.getSourceFile();
  const installed = /[\\/]node_modules[\\/]/.test(sf.fileName);
  for (const { name, text, at: tag } of rawTags(node)) {
    if (!KNOWN.has(name)) {
      if (installed) continue;
      if (name === 'maxDepth') {
        report(ctx, site, AnalyzeCodes.unknownTag, '@maxDepth is not supported: recursion depth is bounded by the complexity budget', 'Remove the tag; bound recursive values with the fuzzer\'s --max-complexity (or a smaller @maxItems on recursive arrays).', tag);
        continue;
      }
      report(ctx, site, AnalyzeCodes.unknownTag, `unknown JSDoc tag '@${name}'`, `Use one of @${[...CONSTRAINT_TAGS, ...OUR_TAGS].join(', @')} (typia-compatible), or remove it.`, tag);
      continue;
    }
    out.push({ name, text: stripBraces(text), at: tag });
  }
  return out;
}

/**
 * The JSDoc tags of a node as name, text and location. TypeScript only sees a JSDoc block that
 * starts its own line; for a property written after other code on the same line
 * (`{ kind: 'a'; /** @creates module *\/ id: number }`) the block before it is read here.
 */
export function rawTags(node: ts.Node): Array<{ name: string; text: string; at: ts.Node }> {
  const sf = node.getSourceFile();
  const seen = ts.getJSDocTags(node);
  if (seen.length || !(ts.isPropertySignature(node) || ts.isPropertyDeclaration(node))) {
    return seen.map((tag) => ({ name: tag.tagName.text, text: sf.text.slice(tag.tagName.end, tag.end).replace(/\r?\n\s*\*?/g, ' ').replace(/\*\/$/, '').trim(), at: tag }));
  }
  const before = sf.text.slice(node.pos, node.getStart(sf));
  const m = /\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*$/.exec(before);
  if (!m) return [];
  const body = m[1]!.replace(/\r?\n\s*\*?/g, ' ');
  const out: Array<{ name: string; text: string; at: ts.Node }> = [];
  const re = /(?:^|\s)@([A-Za-z]\w*)([^@]*)/g;
  for (let t = re.exec(body); t; t = re.exec(body)) out.push({ name: t[1]!, text: t[2]!.trim(), at: node });
  return out;
}

export function stripBraces(t: string): string {
  const m = /^\{(.*)\}$/.exec(t);
  return m ? m[1]!.trim() : t;
}

export function findTag(tags: Tags | undefined, name: string): Tag | undefined {
  return tags?.find((t) => t.name === name);
}

/** How diagnostics name a tag: `@minLength` (JSDoc) or `MinLength<3>` (typia type-level tag). */
export function tagLabel(tag: Tag): string {
  return tag.typeLevel ?? `@${tag.name}`;
}

/** A numeric tag value, or reports DM1007 and returns undefined. */
export function numberTag(ctx: Ctx, site: Site, tag: Tag, integer = false): number | undefined {
  const v = Number(tag.text);
  if (tag.text === '' || !Number.isFinite(v) || (integer && (!Number.isInteger(v) || v < 0))) {
    const example = tag.typeLevel ? `tags.${tag.name[0]!.toUpperCase()}${tag.name.slice(1)}<${integer ? 3 : 0}>` : `@${tag.name} ${integer ? 3 : 0}`;
    report(ctx, site, AnalyzeCodes.badTagValue, `${tagLabel(tag)} needs ${integer ? 'a non-negative integer' : 'a finite number'}, got '${tag.text}'`, `Write e.g. '${example}'.`, tag.at);
    return undefined;
  }
  return v;
}

/** Resource tags and @swarm, carried into the model unchanged. */
export function readResources(tags: Tags): Resources | undefined {
  const r: Resources = {};
  for (const t of tags) {
    if (t.name === 'creates' || t.name === 'uses' || t.name === 'drops') (r[t.name] ??= []).push(...t.text.split(/[\s,]+/).filter(Boolean));
    if (t.name === 'swarm') r.swarm = t.text !== 'false';
  }
  return Object.keys(r).length ? r : undefined;
}

/** `@mutator <module>#<export>`, or undefined. */
export function customMutator(ctx: Ctx, site: Site, tags: Tags | undefined): { module: string; export: string } | undefined {
  const t = findTag(tags, 'mutator');
  if (!t) return undefined;
  const m = /^(\S+)#([A-Za-z_$][\w$]*)$/.exec(t.text);
  if (!m) {
    report(ctx, site, AnalyzeCodes.badTagValue, `@mutator needs '<module>#<export>', got '${t.text}'`, "Write e.g. '@mutator ./my-mutators.js#colorMutator' (a factory taking DeriveOptions).", t.at);
    return undefined;
  }
  return { module: m[1]!, export: m[2]! };
}
