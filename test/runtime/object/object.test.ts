import { describe, expect, it } from 'vitest';
import { ObjOp } from '../../../src/runtime/object/undo.js';
import { array, boolean, checkMutator, createRng, deepClone, deepEqual, jsonSerializer, MutatorArgumentError, object, valueKey, type Generated, type Mutator, type Rng } from '../../../src/index.js';

/** private test mutator: undefined | 0 | 1 (log2(3) bits), replaced on mutation */
const L3 = Math.log2(3);
const VALS = [undefined, 0, 1] as const;
const tri: Mutator<undefined | 0 | 1, 1, null, { n: number }, undefined | 0 | 1> = {
  defaultArbitraryStep: () => ({ n: 0 }),
  validateValue: (v) => (VALS.includes(v) ? 1 : undefined),
  defaultMutationStep: () => null,
  minComplexity: () => L3,
  maxComplexity: () => L3,
  complexity: () => L3,
  orderedArbitrary: (s, max) => (s.n < 3 && max >= L3 ? { value: VALS[s.n++]!, complexity: L3 } : undefined),
  randomArbitrary: (rng: Rng): Generated<undefined | 0 | 1> => ({ value: VALS[rng.below(3)]!, complexity: L3 }),
  orderedMutate: (v, _c, _s, rng) => ({ value: VALS[(VALS.indexOf(v) + 1 + rng.below(2)) % 3]!, token: v, complexity: L3 }),
  randomMutate: (v, _c, rng) => ({ value: VALS[(VALS.indexOf(v) + 1 + rng.below(2)) % 3]!, token: v, complexity: L3 }),
  unmutate: (_v, _c, t) => t,
};
/** private string key mutator: 'k0'..'k15', 4 bits */
const key: Mutator<string, 1, null, { n: number }, string> = {
  defaultArbitraryStep: () => ({ n: 0 }),
  validateValue: (v) => (/^k(1[0-5]|[0-9])$/.test(v) ? 1 : undefined),
  defaultMutationStep: () => null,
  minComplexity: () => 4,
  maxComplexity: () => 4,
  complexity: () => 4,
  orderedArbitrary: (s, max) => (s.n < 16 && max >= 4 ? { value: `k${s.n++}`, complexity: 4 } : undefined),
  randomArbitrary: (rng: Rng) => ({ value: `k${rng.below(16)}`, complexity: 4 }),
  orderedMutate: (v, _c, _s, rng) => ({ value: `k${rng.below(16)}`, token: v, complexity: 4 }),
  randomMutate: (v, _c, rng) => ({ value: `k${rng.below(16)}`, token: v, complexity: 4 }),
  unmutate: (_v, _c, t) => t,
};

describe('object', () => {
  const opt = object({ a: boolean(), b: tri, c: tri }, { optional: ['b', 'c'] });
  it('passes the laws with several option sets', () => {
    checkMutator(object({ a: boolean(), b: boolean() }), { serializer: jsonSerializer(object({ a: boolean(), b: boolean() })) });
    checkMutator(opt, { serializer: jsonSerializer(opt) });
    const idx = object({ id: boolean() }, { index: { key, value: tri } });
    checkMutator(idx, { serializer: jsonSerializer(idx) });
    const nested = object({ xs: array(object({ p: boolean(), q: tri }, { optional: ['q'] })), flag: boolean() });
    checkMutator(nested, { runs: 80, serializer: jsonSerializer(nested) });
    checkMutator(object({}), { runs: 10 });
  });
  it('produces both an absent key and a key holding undefined, and tells them apart', () => {
    const rng = createRng(5);
    let absent = 0;
    let undef = 0;
    for (let i = 0; i < 200; i++) {
      const v = opt.randomArbitrary(rng, 50).value as Record<string, unknown>;
      if (!('b' in v)) absent++;
      else if (v.b === undefined) undef++;
    }
    expect(absent).toBeGreaterThan(20);
    expect(undef).toBeGreaterThan(10);
    expect(opt.validateValue({ a: true } as never)).toBeDefined();
    expect(opt.validateValue({ a: true, b: undefined } as never)).toBeDefined();
    const s = jsonSerializer(opt);
    expect(s.fromData(s.toData({ a: true, b: undefined } as never))).toStrictEqual({ a: true, b: undefined });
    expect(s.fromData(s.toData({ a: true } as never))).toStrictEqual({ a: true });
  });
  it('rejects missing required fields, extra keys and index keys colliding with fields', () => {
    expect(opt.validateValue({ b: 0 } as never)).toBeUndefined();
    expect(opt.validateValue({ a: true, z: 1 } as never)).toBeUndefined();
    const idx = object({ k1: boolean() }, { index: { key, value: tri } });
    expect(idx.validateValue({ k1: true, k2: 0 } as never)).toBeDefined();
    expect(idx.validateValue({ k1: 0 } as never)).toBeUndefined();
  });
  it('toggles presence in place and unmutate restores exactly', () => {
    const rng = createRng(6);
    const v = { a: true, b: 0 } as Record<string, unknown>;
    const c = opt.validateValue(v as never)!;
    const shapes = new Set<string>();
    for (let k = 0; k < 200; k++) {
      const before = deepClone(v);
      const cBefore = deepClone(c);
      const r = opt.randomMutate(v as never, c, rng, 100);
      expect(r.value).toBe(v);
      shapes.add(Object.keys(v).sort().join());
      expect(opt.unmutate(r.value, c, r.token)).toBe(v);
      expect(deepEqual(v, before)).toBe(true);
      expect(deepEqual(c, cBefore)).toBe(true);
    }
    expect(shapes).toEqual(new Set(['a', 'a,b', 'a,b,c']));
  });
  it('applies and undoes every kind of object mutation, index entries included', () => {
    const idx = object({ id: boolean(), o: tri }, { optional: ['o'], index: { key, value: tri } });
    const rng = createRng(7);
    const ops = new Set<ObjOp>();
    for (const v of [{ id: true, k3: 0, k5: 1 }, { id: false, o: 1, k2: undefined }] as Record<string, unknown>[]) {
      const c = idx.validateValue(v as never)!;
      for (let k = 0; k < 200; k++) {
        const before = deepClone(v);
        const cBefore = deepClone(c);
        const r = idx.randomMutate(v as never, c, rng, 100);
        ops.add(r.token.kind);
        expect(idx.complexity(r.value, idx.validateValue(r.value)!)).toBeCloseTo(r.complexity, 9);
        idx.unmutate(r.value, c, r.token);
        expect(deepEqual(v, before)).toBe(true);
        expect(deepEqual(c, cBefore)).toBe(true);
      }
    }
    expect(ops).toEqual(new Set([ObjOp.Field, ObjOp.AddField, ObjOp.SetField, ObjOp.EntryValue, ObjOp.AddEntry, ObjOp.RemoveEntry]));
  });
  it('builds objects with the declared key order', () => {
    const m = object({ z: boolean(), a: boolean(), m: boolean() });
    expect(Object.keys(m.randomArbitrary(createRng(1), 10).value)).toEqual(['z', 'a', 'm']);
  });
  it('builds objects with unusual keys as own data properties', () => {
    const odd = object({ 'a"b': boolean(), '\u2028': boolean(), '1': boolean(), 'x y': boolean() });
    checkMutator(odd, { runs: 20, serializer: jsonSerializer(odd) });
    const v = odd.randomArbitrary(createRng(2), 10).value;
    expect(Object.keys(v).sort()).toEqual(['1', 'a"b', 'x y', '\u2028'].sort());
    const proto = object({ ['__proto__']: boolean() });
    const p = proto.randomArbitrary(createRng(3), 10).value;
    expect(Object.prototype.hasOwnProperty.call(p, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(proto.validateValue(p)).toBeDefined();
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => valueKey(opt.randomArbitrary(rng, 20).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => object({ a: boolean() }, { optional: ['b'] })).toThrow(/'optional'/);
    expect(() => object({ a: 3 as never })).toThrow(/'fields.a'/);
    expect(() => object(null as never)).toThrow(MutatorArgumentError);
  });
});
