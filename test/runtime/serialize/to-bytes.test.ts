/** toBytes / fromBytes round trips (the corpus exchange with libFuzzer-style engines) and their law. */
import { describe, expect, it } from 'vitest';
import { array, bigint, checkMutator, createRng, deepEqual, encodeBytes, fromBytes, integer, json, map, mapped, number, object, optional, set, string, toBytes, union, constant, LawViolation } from '../../../src/index.js';
import { EMBEDDED_VALUE_MARKER } from '../../../src/internal.js';

const shape = object<{ n: number; big: bigint; tags: Map<string, Set<number>>; note?: string; xs: number[] }>(
  {
    n: number(),
    big: bigint(),
    tags: map(string({ maxLength: 4 }), set(integer({ min: 0, max: 9 }))),
    note: string(),
    xs: array(number()),
  },
  { optional: ['note'] },
);

describe('toBytes', () => {
  it('gives bytes that fromBytes decodes to exactly the value, for generated values', () => {
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) {
      const { value } = shape.randomArbitrary(rng, 300);
      const bytes = toBytes(shape, value);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(deepEqual(fromBytes(shape, bytes!), value)).toBe(true);
    }
  });

  it('keeps -0, NaN, undefined and bigint exactly', () => {
    const m = array(union<number | bigint | undefined>([{ mutator: number() }, { mutator: optional(bigint()) }]));
    const value = [-0, NaN, undefined, -12345678901234567n, Infinity];
    const back = fromBytes(m, toBytes(m, value as never)!);
    expect(Object.is((back as number[])[0], -0)).toBe(true);
    expect(deepEqual(back, value)).toBe(true);
  });

  it('says why when the value is too complex for the decoder bound, or not a value of the type', () => {
    const m = array(integer());
    const big = Array.from({ length: 200 }, (_, i) => i);
    const r = encodeBytes(m, big, 64);
    expect(r.bytes).toBeUndefined();
    expect(r.reason).toMatch(/complexity .* exceeds the decoder's bound 64/);
    expect(toBytes(m, big, 1e6)).toBeDefined();
    expect(encodeBytes(m, ['x'] as never).reason).toMatch(/not a valid value/);
    // and the embedded value is not used past the bound: the decoder stays bounded
    const bytes = toBytes(m, big, 1e6)!;
    expect((fromBytes(m, bytes, 64) as number[]).length).toBeLessThan(200);
  });

  it('a marker followed by broken bytes decodes through the ordinary path, deterministically', () => {
    // a patterned string has no structural layout, so the value is embedded behind the marker
    const m = object<{ a: number; s: string }>({ a: integer({ min: 0, max: 9 }), s: string({ pattern: '^[a-z]+$' }) });
    const good = toBytes(m, { a: 3, s: 'hello' })!;
    const broken = good.slice(0, good.length - 3);
    const v1 = fromBytes(m, broken);
    expect(m.validateValue(v1)).toBeDefined();
    expect(fromBytes(m, broken)).toEqual(v1);
    expect(Array.from(good.subarray(0, 4))).toEqual(Array.from(EMBEDDED_VALUE_MARKER));
  });

  it('json() values and constants round-trip', () => {
    const rng = createRng(3);
    const j = json();
    for (let i = 0; i < 100; i++) {
      const { value } = j.randomArbitrary(rng, 200);
      expect(deepEqual(fromBytes(j, toBytes(j, value)!), value)).toBe(true);
    }
    const c = constant('only');
    expect(fromBytes(c, toBytes(c, 'only')!)).toBe('only');
  });
});

describe('the bytes-round-trip law', () => {
  class Point {
    constructor(readonly x: number) {}
  }
  const points = mapped(
    integer({ min: 0, max: 100 }),
    (x) => new Point(x),
    (p: Point) => (p instanceof Point ? p.x : undefined),
  );

  it('catches a mutator whose values the byte form cannot carry', () => {
    expect(() => checkMutator(points, { runs: 5 })).toThrow(LawViolation);
    expect(() => checkMutator(points, { runs: 5 })).toThrow(/bytes-round-trip/);
  });

  it('can be switched off for such a mutator, and holds for the built-ins', () => {
    expect(() => checkMutator(points, { runs: 5, bytes: false })).not.toThrow();
    expect(() => checkMutator(shape, { runs: 30 })).not.toThrow();
  });
});
