/**
 * The structural byte layout of fromBytes / toBytes (byte-layout.ts): byte edits of the kinds
 * libFuzzer makes keep the value's shape, toBytes writes the layout (not embedded JSON) and is
 * its exact inverse, short inputs stay small.
 */
import { describe, expect, it } from 'vitest';
import { array, boolean, createRng, deepEqual, fromBytes, integer, lazy, literals, number, object, optional, string, swarmScope, toBytes, union, constant, type AnyMutator } from '../../../src/index.js';
import { EMBEDDED_VALUE_MARKER } from '../../../src/internal.js';
import { byteBudget } from '../../../src/runtime/serialize/from-bytes.js';
import { hasLayout, layoutHasText } from '../../../src/runtime/serialize/byte-layout.js';

type Shape = { kind: 'circle'; radius: number } | { kind: 'square'; side: number } | { kind: 'line' };
type Cell = { color: 'red' | 'green' | 'blue'; shape: Shape; weight: number; flag: boolean; note?: boolean };
const shape = union<Shape>(
  [
    { mutator: object({ kind: constant('circle' as const), radius: number() }) },
    { mutator: object({ kind: constant('square' as const), side: number() }) },
    { mutator: object({ kind: constant('line' as const) }) },
  ],
  { discriminant: 'kind' },
);
const cell = object<Cell>({ color: literals(['red', 'green', 'blue'] as const), shape, weight: integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), flag: boolean(), note: boolean() }, { optional: ['note'] });
const drawing = swarmScope(array(cell));
type Tree = { leaf: boolean; kids: Tree[] };
const tree: AnyMutator<Tree> = lazy(() => object<Tree>({ leaf: boolean(), kids: array(tree, { maxItems: 3 }) }));
const misc = object({ o: optional(integer({ min: 3, max: 9 })), n: number({ minimum: 0, maximum: 1 }), xs: array(integer({ min: -5, max: 300 }), { minItems: 1, maxItems: 4 }) });

const v: Cell[] = [
  { color: 'red', shape: { kind: 'square', side: 7 }, weight: -1234567, flag: true },
  { color: 'blue', shape: { kind: 'line' }, weight: 5, flag: false, note: true },
  { color: 'green', shape: { kind: 'circle', radius: 0.25 }, weight: 0, flag: true },
];
const shapeOf = (d: Cell[]): string => JSON.stringify(d.map((c) => [c.shape.kind, 'note' in c]));

describe('the structural byte layout', () => {
  it('decodes a __proto__ field as an own property, the prototype untouched', () => {
    const m = object({ ['__proto__']: boolean(), x: integer({ min: 0, max: 9 }) });
    const v = fromBytes(m, new Uint8Array([1, 5, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(m.validateValue(v)).toBeDefined();
  });
  it('covers the common combinators through lazy and swarmScope', () => {
    for (const m of [drawing, tree, misc]) expect(hasLayout(m as AnyMutator<unknown>)).toBe(true);
  });

  it('toBytes writes the layout, fromBytes reads it back exactly, for generated values', () => {
    const rng = createRng(5);
    for (const m of [drawing, tree, misc] as AnyMutator<unknown>[]) {
      for (let i = 0; i < 150; i++) {
        const { value } = m.randomArbitrary(rng, 600);
        const bytes = toBytes(m, value)!;
        expect(bytes).toBeDefined();
        expect(Array.from(bytes.subarray(0, 4))).not.toEqual(Array.from(EMBEDDED_VALUE_MARKER));
        expect(deepEqual(fromBytes(m, bytes), value)).toBe(true);
      }
    }
  });

  it('a wide integer is its little-endian int64 two\'s complement in the bytes', () => {
    const bytes = toBytes(drawing, v)!;
    const hex = Buffer.from(bytes).toString('hex');
    expect(hex).toContain('7929edffffffffff'); // -1234567
    expect(hex).toContain('0700000000000000'); // side 7, an integral number
  });

  it('overwriting a scalar byte changes that scalar only; a choice byte keeps the length', () => {
    const bytes = toBytes(drawing, v)!;
    // v's layout: scalars first (cells of 18, 11 and 18 bytes: colour 1, number 8, weight 8,
    // flag 1, note 1), then padding, then 9 choices at the end (length, and per cell presence,
    // union tag, number kind)
    const scalars = 47;
    const choices = 9;
    const leaves = (d: Cell[]): string[] => d.flatMap((c, i) => [`${i}c${c.color}`, `${i}s${JSON.stringify(c.shape)}`, `${i}w${c.weight}`, `${i}f${c.flag}`, `${i}n${c.note}`]);
    const kinds = (d: Cell[]): string[] => d.flatMap((c) => [c.shape.kind, String('note' in c)]);
    for (let p = 0; p < bytes.length; p++) {
      const b = bytes.slice();
      b[p] ^= 0x01;
      const d = fromBytes(drawing, b);
      if (p < scalars) {
        expect(leaves(d).filter((x, i) => x !== leaves(v)[i]).length, `byte ${p}`).toBeLessThanOrEqual(1);
        expect(shapeOf(d)).toBe(shapeOf(v));
      } else if (p < bytes.length - choices) expect(d).toEqual(v);
      else if (p < bytes.length - 1) {
        // a tag or a presence changes what the rest reads (as in any sequential layout), the
        // array's length never (but for the last cell, left out when the new choice needs more
        // bytes than the input has); a number's kind byte changes that number only
        const t = bytes.length - 1 - p;
        expect([v.length, v.length - 1]).toContain(d.length);
        expect(kinds(d)[0] === kinds(v)[0] || t <= 2).toBe(true);
        if (t === 3 || t === 8) expect(leaves(d).filter((x, i) => x !== leaves(v)[i]).length, `byte ${p}`).toBe(1);
      } else expect(d.length).not.toBe(v.length);
    }
  });

  it('inserting or deleting a scalar byte keeps the shape (a deletion may leave the last cell out)', () => {
    const bytes = toBytes(drawing, v)!;
    for (const p of [0, 1, 3, 6, 9]) {
      const ins = new Uint8Array([...bytes.subarray(0, p), 0x5a, ...bytes.subarray(p)]);
      const del = new Uint8Array([...bytes.subarray(0, p), ...bytes.subarray(p + 1)]);
      const d = fromBytes(drawing, ins);
      expect(d.length).toBe(v.length);
      expect(shapeOf(d)).toBe(shapeOf(v));
      // one byte fewer: the last cell's last scalar would read past the data, so it is left out
      const e = fromBytes(drawing, del);
      expect(shapeOf(e)).toBe(shapeOf(e.length === v.length ? v : v.slice(0, -1)));
      expect(e.length).toBeGreaterThanOrEqual(v.length - 1);
    }
  });

  it('an array element the data runs out in is left out, so every element is spelled by the input', () => {
    const bytes = toBytes(drawing, v)!;
    const choices = 9;
    const cut = bytes.length - choices;
    let dropped = 0;
    // libFuzzer's input reduction erases bytes that read as zeros anyway: here the last cell's
    for (let k = 1; k <= 18; k++) {
      const b = new Uint8Array([...bytes.subarray(0, cut - k), ...bytes.subarray(cut)]);
      const d = fromBytes(drawing, b);
      if (d.length < v.length) dropped++;
      expect(d.length === v.length ? d : [...d, v[2]]).toEqual(v);
    }
    expect(dropped).toBeGreaterThan(10);
    // not below the minimum count: those elements read zeros as before
    const two = array(cell, { minItems: 2 });
    expect(fromBytes(two, new Uint8Array(3)).length).toBe(2);
  });

  it('short and empty inputs give the smallest values, random bytes stay within the budget', () => {
    expect(fromBytes(drawing, new Uint8Array(0))).toEqual([]);
    expect(fromBytes(drawing, new Uint8Array(64))).toEqual([]);
    expect(fromBytes(tree, new Uint8Array(16))).toEqual({ leaf: false, kids: [] });
    expect(fromBytes(misc, new Uint8Array(0))).toEqual(fromBytes(misc, new Uint8Array(0)));
    const rng = createRng(9);
    for (let i = 0; i < 300; i++) {
      const data = Uint8Array.from({ length: rng.below(300) }, () => rng.below(256));
      for (const m of [drawing, tree, misc] as AnyMutator<unknown>[]) {
        const x = fromBytes(m, data);
        const c = m.validateValue(x);
        expect(c).toBeDefined();
        expect(m.complexity(x, c)).toBeLessThanOrEqual(byteBudget(m, data.length) + 1e-6);
      }
    }
  });

  describe('plain strings', () => {
    const te = new TextEncoder();
    const lines = array(string({ maxLength: 24 }), { maxItems: 8 });
    it('are in the layout (a pattern is not) and spell their text in UTF-8 in the front stream, each ended by a 0', () => {
      expect(hasLayout(lines as AnyMutator<unknown>)).toBe(true);
      expect(layoutHasText(lines as AnyMutator<unknown>)).toBe(true);
      expect(hasLayout(string({ pattern: '^a+$' }) as AnyMutator<unknown>)).toBe(false);
      expect(layoutHasText(cell as AnyMutator<unknown>)).toBe(false);
      // the text, then the one choice from the back: the count
      const at = (text: string, n: number): Uint8Array => Uint8Array.from([...te.encode(text), n]);
      expect(fromBytes(lines, at('[server]\0port=0x10000\0', 2))).toEqual(['[server]', 'port=0x10000']);
      // a word libFuzzer writes over the text bytes (same length) is that text
      const over = at('[server]\0port=0x10000\0', 2);
      over.set(te.encode('[client]'), 0);
      expect(fromBytes(lines, over)).toEqual(['[client]', 'port=0x10000']);
      // and one it inserts lengthens that string only
      const short = at('[]\0port=1\0', 2);
      expect(fromBytes(lines, Uint8Array.from([...short.subarray(0, 1), ...te.encode('server'), ...short.subarray(1)]))).toEqual(['[server]', 'port=1']);
      // the last string may end where the streams meet; one with no bytes at all is left out
      expect(fromBytes(lines, at('ab\0cd', 3))).toEqual(['ab', 'cd']);
      // a string ends at its maximum length, a 0 right after still its end
      expect(fromBytes(array(string({ maxLength: 2 }), { maxItems: 3 }), at('abc\0de\0', 3))).toEqual(['ab', 'c', 'de']);
    });
    it('round-trip through toBytes as layout bytes, non-ASCII and astral text included', () => {
      const m = object<{ s: string; t: string; u?: string }>({ s: string(), t: string({ minLength: 2, maxLength: 2 }), u: string({ maxLength: 5 }) }, { optional: ['u'] });
      for (const x of [{ s: '', t: 'ab' }, { s: 'h\u00e9llo \u{1f600} \u4e16', t: '\u{1f600}', u: 'x\u0000y' }, { s: '\u0000', t: '\u0000\u0000', u: '' }]) {
        const b = toBytes(m, x)!;
        expect(Array.from(b.subarray(0, 4))).not.toEqual(Array.from(EMBEDDED_VALUE_MARKER));
        expect(fromBytes(m, b)).toEqual(x);
      }
      // a lone surrogate has no UTF-8 form: the value is embedded instead, and still comes back
      const lone = toBytes(string(), 'a\ud800')!;
      expect(Array.from(lone.subarray(0, 4))).toEqual(Array.from(EMBEDDED_VALUE_MARKER));
      expect(fromBytes(string(), lone)).toBe('a\ud800');
    });
    it('every byte string decodes to a valid string within the budget (stray bytes are Latin-1 characters)', () => {
      expect(fromBytes(string({ maxLength: 3 }), Uint8Array.of(0x80, 0xc3, 0x41, 0xf0, 3))).toBe('\u0080\u00c3A');
      const rng = createRng(17);
      const ms = [lines, string({ minLength: 1, maxLength: 4 }), object({ a: string({ maxLength: 2 }), b: string() })] as AnyMutator<unknown>[];
      for (const m of ms) {
        for (let i = 0; i < 300; i++) {
          const data = Uint8Array.from({ length: rng.int(0, 40) }, () => (rng.bool() ? rng.int(0x80, 0xff) : rng.int(0, 0xff)));
          const x = fromBytes(m, data);
          const c = m.validateValue(x);
          expect(c).toBeDefined();
          expect(m.complexity(x, c)).toBeLessThanOrEqual(byteBudget(m, data.length) + 1e-6);
          expect(JSON.stringify(x)).not.toMatch(/\\ud[89a-f]/);
        }
      }
    });
  });
});
