/**
 * typia type-level tags through generate(): misplaced, contradicting and unsupported tags get the
 * same coded diagnostics as their JSDoc equivalents, at the tag, and the rest still derives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, generate } from '../../src/codegen.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A temp project whose node_modules is the repo's (so 'typia' resolves). */
async function derive(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-typia-'));
  dirs.push(dir);
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const result = await generate({ files: Object.keys(files), root: dir });
  return { ...result, text: result.diagnostics.map(formatDiagnostic) };
}

const BAD = `import type { tags } from 'typia';
type Even = tags.TagBase<{ target: 'number'; kind: 'even'; value: undefined; validate: '$input % 2 === 0' }>;
type Unit = tags.TagBase<{ target: 'number'; kind: 'unit'; value: 'ms' }>;
export interface Bad {
  count: number & tags.MinLength<3>;
  backwards: number & tags.Minimum<10> & tags.Maximum<1>;
  twice: string & tags.MaxLength<3> & tags.MaxLength<4>;
  /** @maximum 3 */
  mixed: number & tags.Maximum<5>;
  /** @minimum 10 */
  crossed: number & tags.Maximum<1>;
  site: string & tags.Format<'url'>;
  even: number & Even;
  wide: number & tags.Minimum<number>;
}
export interface Noted {
  ms: number & Unit & tags.Minimum<0>;
}
export interface Fine {
  n: number & tags.Type<'uint32'>;
}
`;

/** The JSDoc forms of Bad's first properties. */
const JSDOC = `export interface Bad {
  /** @minLength 3 */
  count: number;
  /**
   * @minimum 10
   * @maximum 1
   */
  backwards: number;
  /**
   * @maxLength 3
   * @maxLength 4
   */
  twice: string;
  /** @format url */
  site: string;
}
`;

describe('typia type-level tags: diagnostics', () => {
  it('reports each problem with its code at the tag, derives the rest', async () => {
    const { text, outputs } = await derive({ 'types.ts': BAD });
    expect(text).toEqual([
      'types.ts:5:19 - error DM1006: MinLength<3> does not apply to a number (at Bad.count)\n  On a number use tags.Minimum, tags.Maximum, tags.ExclusiveMinimum, tags.ExclusiveMaximum, tags.MultipleOf, tags.Type.',
      'types.ts:6:23 - error DM1007: Minimum<10> > Maximum<1>: no value fits (at Bad.backwards)\n  Make minimum smaller than maximum.',
      'types.ts:7:39 - error DM1007: MaxLength<3> and MaxLength<4> set maxLength to different values (at Bad.twice)\n  Keep one of them.',
      'types.ts:9:19 - error DM1007: @maximum 3 and Maximum<5> set maximum to different values (at Bad.mixed)\n  Keep one of them.',
      'types.ts:10:7 - error DM1007: @minimum 10 > maximum 1: no value fits (at Bad.crossed)\n  Make minimum smaller than maximum.',
      'types.ts:12:18 - error DM1007: Format<"url"> is not supported (at Bad.site)\n  Use one of email, uuid, date-time, date, uri, ipv4, ipv6, hostname, or tags.Pattern.',
      "types.ts:13:18 - error DM1015: typia tag kind 'even' (Even) is not supported; generated values may fail its validation (at Bad.even)\n  Remove the tag, or plug a hand-written mutator that satisfies it with @mutator <module>#<export>.",
      "types.ts:14:18 - error DM1007: Minimum<number> needs a literal value, got 'number' (at Bad.wide)\n  Write the value as a literal type argument, e.g. tags.Minimum<3>.",
      "types.ts:17:16 - warning DM1015: typia tag kind 'unit' (Unit) is not supported; it validates nothing, so it is ignored (at Noted.ms)\n  Remove the tag, or leave it: generated values are not affected.",
    ]);
    expect(outputs[0]!.failed).toEqual(['Bad']);
    expect(outputs[0]!.derived).toEqual(['Noted', 'Fine']);
    expect(outputs[0]!.content).toContain('ms: dm.number({ minimum: 0 }),');
    expect(outputs[0]!.content).toContain('n: dm.integer({ min: 0, max: 4294967295 }),');
  });

  it('uses the codes of the JSDoc equivalents', async () => {
    const typia = await derive({ 'types.ts': BAD });
    const jsdoc = await derive({ 'types.ts': JSDOC });
    const codes = (ds: typeof typia.diagnostics, paths: string[]) => paths.map((p) => ds.filter((d) => d.typePath === p).map((d) => `${d.severity} ${d.code}`));
    const paths = ['Bad.count', 'Bad.backwards', 'Bad.twice', 'Bad.site'];
    expect(codes(typia.diagnostics, paths)).toEqual(codes(jsdoc.diagnostics, paths));
    expect(codes(jsdoc.diagnostics, paths)).toEqual([['error DM1006'], ['error DM1007'], ['error DM1007'], ['error DM1007']]);
    // a contradiction names the tags as the user wrote them
    const message = (ds: typeof typia.diagnostics) => ds.find((d) => d.typePath === 'Bad.backwards')?.message;
    expect(message(typia.diagnostics)).toBe('Minimum<10> > Maximum<1>: no value fits');
    expect(message(jsdoc.diagnostics)).toBe('@minimum 10 > @maximum 1: no value fits');
  });

  it('recognises tags by their type, not by the name `tags`', async () => {
    const { text, outputs } = await derive({
      'types.ts': `namespace tags {
  export type MinLength<N extends number> = { length: N };
}
import type { tags as typia } from 'typia';
export type NotATag = string & tags.MinLength<3>;
export type Renamed = string & typia.MinLength<3>;
`,
    });
    expect(text).toEqual(["types.ts:5:1 - error DM1009: intersection 'NotATag' mixes a primitive with an object (a branded type?) (at NotATag)\n  Supply a hand-written mutator: add `@mutator <module>#<export>` to the JSDoc of this property or type."]);
    expect(outputs[0]!.derived).toEqual(['Renamed']);
    expect(outputs[0]!.content).toContain('dm.string({ minLength: 3 })');
  });

  it('looks through tags on booleans and literals, and on optional and nullable properties', async () => {
    const { diagnostics, outputs } = await derive({
      'types.ts': `import type { tags } from 'typia';
export interface Flags {
  on: boolean & tags.Default<true>;
  level: tags.Constant<1, { title: 'low' }> | tags.Constant<2, { title: 'high' }>;
  note?: (string & tags.MaxLength<5>) | null;
  /** @minLength 1 */
  label?: string & tags.MaxLength<5>;
}
`,
    });
    expect(diagnostics).toEqual([]);
    const text = outputs[0]!.content;
    expect(text).toContain('on: dm.boolean(),');
    expect(text).toContain('level: dm.literals([1, 2] as const');
    expect(text).toContain('note: dm.optionalKey(dm.nullable(dm.string({ maxLength: 5 }))),');
    expect(text).toContain('label: dm.optionalKey(dm.string({ maxLength: 5, minLength: 1 })),');
  });

  it('combines a JSDoc-tagged alias of a primitive with type-level tags on it', async () => {
    const { diagnostics, outputs } = await derive({
      'types.ts': `import type { tags } from 'typia';
/**
 * @type uint32
 * @maximum 65535
 */
type Port = number;
export interface Server {
  port: Port & tags.Maximum<1024>;
  ports: Array<Port & tags.Minimum<1>>;
}
`,
    });
    expect(diagnostics).toEqual([]);
    expect(outputs[0]!.content).toContain('port: dm.integer({ min: 0, max: 1024 }),');
    expect(outputs[0]!.content).toContain('ports: dm.array(dm.integer({ min: 1, max: 65535 })),');
  });

  it('bounds intersect with a Type range whatever the order, and bigint bounds stay exact', async () => {
    const { text, outputs } = await derive({
      'types.ts': `import type { tags } from 'typia';
export interface R {
  a: number & tags.Type<'uint32'> & tags.Minimum<-5>;
  b: number & tags.Minimum<-5> & tags.Type<'uint32'>;
  c: number & tags.Type<'int32'> & tags.Maximum<1000000000000>;
  /**
   * @type uint32
   * @minimum -5
   */
  j: number;
  big: bigint & tags.Maximum<18446744073709551615n>;
  big2: bigint & tags.Minimum<9007199254740993n> & tags.Maximum<9007199254740995n>;
  big3: bigint & tags.Type<'uint64'> & tags.Minimum<-3n>;
}
export interface Backwards {
  big4: bigint & tags.Minimum<5n> & tags.Maximum<4n>;
}
`,
    });
    const out = outputs[0]!.content;
    for (const f of ['a', 'b', 'j']) expect(out).toContain(`${f}: dm.integer({ min: 0, max: 4294967295 }),`);
    expect(out).toContain('c: dm.integer({ min: -2147483648, max: 2147483647 }),');
    expect(out).toContain('big: dm.bigint({ max: 18446744073709551615n }),');
    expect(out).toContain('big2: dm.bigint({ min: 9007199254740993n, max: 9007199254740995n }),');
    expect(out).toContain('big3: dm.bigint({ min: 0n, max: 18446744073709551615n }),');
    expect(text).toEqual(['types.ts:16:18 - error DM1007: Minimum<5n> > Maximum<4n>: no value fits (at Backwards.big4)\n  Make minimum smaller than maximum.']);
  });
});

