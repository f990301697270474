/**
 * Applies typia-compatible constraint tags to an analyzed node. A tag that does not fit the
 * node's kind (`@minLength` on a number) or contradicts another (min > max) is an error.
 */
import { AnalyzeCodes } from '../model/codes.js';
import type { Node } from '../model/ir.js';
import { report, warn, type Ctx, type Site } from './context.js';
import { CONSTRAINT_TAGS, numberTag, tagLabel, type Tag, type Tags } from './tags.js';

const FORMATS = ['email', 'uuid', 'date-time', 'date', 'uri', 'ipv4', 'ipv6', 'hostname'];
const INT_TYPES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
};
const FITS: Record<string, string[]> = {
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'type'],
  bigint: ['minimum', 'maximum', 'type'],
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  array: ['minItems', 'maxItems', 'uniqueItems'],
  sequence: ['minItems', 'maxItems'],
  set: ['minItems', 'maxItems'],
  map: ['minItems', 'maxItems'],
  record: ['minItems', 'maxItems'],
  bytes: ['minLength', 'maxLength'],
  typedArray: ['minLength', 'maxLength'],
};

/** A tag written in an installed package (node_modules), which the user cannot edit. */
function installed(t: Tag): boolean {
  return /[\\/]node_modules[\\/]/.test(t.at.getSourceFile().fileName);
}

export function hasConstraintTags(tags: Tags | undefined): boolean {
  return !!tags?.some((t) => CONSTRAINT_TAGS.includes(t.name));
}

/** typia's type name for a constraint: minLength → MinLength. */
export function typiaName(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** What a tag's value means, for comparing two tags of one name (`1` and `1.0` agree). */
function meaning(t: Tag): string {
  if (t.name === 'uniqueItems') return String(t.text !== 'false');
  if (['pattern', 'format', 'type'].includes(t.name)) return t.text;
  const v = Number(t.text);
  return t.text !== '' && Number.isFinite(v) ? String(v) : t.text;
}

/**
 * The same constraint given twice with different values (`@maxLength 3` on a property typed
 * `string & tags.MaxLength<5>`, or two typia tags of one kind) is a DM1007: no value satisfies
 * what both say, or one of them is a mistake.
 */
export function reportDuplicates(ctx: Ctx, site: Site, tags: readonly Tag[]): void {
  const cs = tags.filter((t) => CONSTRAINT_TAGS.includes(t.name));
  cs.forEach((t, i) => {
    const other = cs.slice(0, i).find((o) => o.name === t.name && meaning(o) !== meaning(t));
    if (other) report(ctx, site, AnalyzeCodes.badTagValue, `${tagLabel(other)}${other.typeLevel ? '' : ` ${other.text}`} and ${tagLabel(t)}${t.typeLevel ? '' : ` ${t.text}`} set ${t.name} to different values`, 'Keep one of them.', t.at);
  });
}

/** Returns the node with the tags applied (the optional/nullable wrappers are looked through). */
export function applyConstraints(ctx: Ctx, site: Site, node: Node, tags: Tags | undefined): Node {
  const cs = tags?.filter((t) => CONSTRAINT_TAGS.includes(t.name)) ?? [];
  if (!cs.length) return node;
  if (node.kind === 'optional' || node.kind === 'nullable') return { ...node, inner: applyConstraints(ctx, site, node.inner, tags) };
  const fits = FITS[node.kind] ?? [];
  const out = structuredClone(node) as Node & { constraints?: Record<string, unknown> };
  reportDuplicates(ctx, site, cs);
  for (const t of cs) {
    if (!fits.includes(t.name) && installed(t)) {
      warn(ctx, site, AnalyzeCodes.installedTagIgnored, `${tagLabel(t)} in an installed package does not apply to a ${node.kind === 'literals' ? 'literal union' : node.kind}; ignored`, 'Nothing to do (the package is not yours to edit); plug @mutator on the type if values must satisfy it.', t.at);
      continue;
    }
    if (!fits.includes(t.name)) {
      const use = t.typeLevel ? `tags.${fits.map(typiaName).join(', tags.')}` : `@${fits.join(', @')}`;
      report(ctx, site, AnalyzeCodes.tagConflict, `${tagLabel(t)} does not apply to a ${node.kind === 'literals' ? 'literal union' : node.kind}`, fits.length ? `On a ${node.kind} use ${use}.` : 'Remove the tag.', t.at);
      continue;
    }
    applyOne(ctx, site, out, t);
  }
  checkBounds(ctx, site, out, cs);
  return out;
}

function applyOne(ctx: Ctx, site: Site, out: Node & { constraints?: Record<string, unknown> }, t: Tag): void {
  const c = (out.constraints ??= {});
  if (t.name === 'type') {
    if (out.kind === 'number' && INT_TYPES[t.text]) {
      const [lo, hi] = INT_TYPES[t.text]!;
      out.integer = true;
      c.minimum = Math.max(lo, (c.minimum as number | undefined) ?? lo);
      c.maximum = Math.min(hi, (c.maximum as number | undefined) ?? hi);
    } else if (out.kind === 'number' && (t.text === 'float' || t.text === 'double')) out.integer = false;
    else if (out.kind === 'bigint' && (t.text === 'int64' || t.text === 'uint64')) {
      narrowBigint(c, 'min', t.text === 'int64' ? -(2n ** 63n) : 0n);
      narrowBigint(c, 'max', t.text === 'int64' ? 2n ** 63n - 1n : 2n ** 64n - 1n);
    } else report(ctx, site, AnalyzeCodes.badTagValue, `${t.typeLevel ?? `@type ${t.text}`} is not one of int32, uint32, int64, uint64, float, double${out.kind === 'bigint' ? ' (bigint: int64, uint64)' : ''}`, 'Use a typia numeric type name.', t.at);
    return;
  }
  if (t.name === 'uniqueItems') {
    c.uniqueItems = t.text !== 'false';
    return;
  }
  if (t.name === 'pattern') {
    try {
      new RegExp(t.text, 'u');
      c.pattern = t.text;
    } catch (e) {
      report(ctx, site, AnalyzeCodes.badTagValue, `${tagLabel(t)} is not a valid regular expression: ${(e as Error).message}`, 'Write a JavaScript regular expression without slashes.', t.at);
    }
    return;
  }
  if (t.name === 'format') {
    const format = t.text.replace(/^(["'])(.*)\1$/, '$2'); // JSON-Schema-style `@format "uri"`
    if (FORMATS.includes(format)) c.format = format;
    else if (installed(t)) warn(ctx, site, AnalyzeCodes.installedTagValueIgnored, `@format '${format}' in an installed package is not supported; ignored`, `Supported: ${FORMATS.join(', ')}; plug @mutator on the type if values must have this format.`, t.at);
    else report(ctx, site, AnalyzeCodes.badTagValue, `${t.typeLevel ?? `@format '${t.text}'`} is not supported`, `Use one of ${FORMATS.join(', ')}, or ${t.typeLevel ? 'tags.Pattern' : '@pattern'}.`, t.at);
    return;
  }
  const counts = ['minLength', 'maxLength', 'minItems', 'maxItems'].includes(t.name);
  const v = numberTag(ctx, site, t, counts);
  if (v === undefined) return;
  // bounds intersect with what a `type` tag already set (tags may come in any order)
  if (out.kind === 'bigint') narrowBigint(c, t.name === 'minimum' ? 'min' : 'max', exactBigint(t.text) ?? BigInt(Math.trunc(v)));
  else if (t.name === 'multipleOf' && v <= 0) report(ctx, site, AnalyzeCodes.badTagValue, `${tagLabel(t)} must be positive`, undefined, t.at);
  else if (t.name === 'minimum') c.minimum = Math.max(v, (c.minimum as number | undefined) ?? -Infinity);
  else if (t.name === 'maximum') c.maximum = Math.min(v, (c.maximum as number | undefined) ?? Infinity);
  else c[t.name] = v;
}

/** an integer literal's exact value (a bigint bound must not go through a double), else undefined */
function exactBigint(text: string): bigint | undefined {
  const m = /^\s*(-?\d+)n?\s*$/.exec(text);
  return m ? BigInt(m[1]!) : undefined;
}

/** sets a bigint bound (kept as a decimal string in the IR), keeping the tighter of it and any earlier one */
function narrowBigint(c: Record<string, unknown>, key: 'min' | 'max', v: bigint): void {
  const prev = typeof c[key] === 'string' ? BigInt(c[key] as string) : undefined;
  const tighter = prev === undefined ? v : key === 'min' ? (v > prev ? v : prev) : v < prev ? v : prev;
  c[key] = tighter.toString();
}

function checkBounds(ctx: Ctx, site: Site, out: Node & { constraints?: Record<string, unknown> }, tags: Tag[]): void {
  const c = out.constraints ?? {};
  const pairs: Array<[string, string]> = [['minimum', 'maximum'], ['exclusiveMinimum', 'exclusiveMaximum'], ['minimum', 'exclusiveMaximum'], ['exclusiveMinimum', 'maximum'], ['minLength', 'maxLength'], ['minItems', 'maxItems']];
  for (const [lo, hi] of pairs) {
    const a = c[lo] as number | undefined;
    const b = c[hi] as number | undefined;
    const strict = lo.startsWith('exclusive') || hi.startsWith('exclusive');
    if (a !== undefined && b !== undefined && (strict ? a >= b : a > b)) {
      const at = tags.find((t) => t.name === lo)?.at ?? tags.find((t) => t.name === 'type')?.at;
      report(ctx, site, AnalyzeCodes.badTagValue, `${boundLabel(tags, lo, a)} ${strict ? '>=' : '>'} ${boundLabel(tags, hi, b)}: no value fits`, `Make ${lo} smaller than ${hi}.`, at);
    }
  }
  if (typeof c.min === 'string' && typeof c.max === 'string' && BigInt(c.min) > BigInt(c.max)) {
    const at = tags.find((t) => t.name === 'minimum')?.at ?? tags.find((t) => t.name === 'type')?.at;
    report(ctx, site, AnalyzeCodes.badTagValue, `${boundLabel(tags, 'minimum', c.min)} > ${boundLabel(tags, 'maximum', c.max)}: no value fits`, 'Make minimum smaller than maximum.', at);
  }
}

/** how the user wrote the tag that set a bound (`@maximum -1`, `tags.Maximum<-1>`, or the `type` tag it comes from) */
function boundLabel(tags: readonly Tag[], name: string, value: unknown): string {
  const t = [...tags].reverse().find((x) => x.name === name);
  if (t !== undefined) return t.typeLevel ?? `@${name} ${t.text}`;
  const ty = tags.find((x) => x.name === 'type');
  // set by a tag of another pass (a typia tag under a JSDoc one): name the constraint itself
  return ty !== undefined ? `${ty.typeLevel ?? `@type ${ty.text}`} (${name} ${String(value)})` : `${name} ${String(value)}`;
}
