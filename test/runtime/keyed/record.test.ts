import { describe, expect, it } from 'vitest';
import { type AnyMutator, boolean, checkMutator, createRng, deepClone, deepEqual, jsonSerializer, MutatorArgumentError, object, record, valueKey } from '../../../src/index.js';
import { keyString, smallInt } from '../keyed-helpers.js';

describe('record', () => {
  const m = record(keyString(16), smallInt(8));
  it('passes the laws with several option sets', () => {
    for (const r of <AnyMutator<unknown>[]>[m, record(keyString(4), boolean(), { minItems: 1, maxItems: 3 }), record(keyString(16), object({ a: boolean() }), { minItems: 2, maxItems: 2 })]) {
      checkMutator(r, { runs: 100, serializer: jsonSerializer(r) });
    }
  });
  it('respects size bounds and unique keys; rejects other shapes', () => {
    const r = record(keyString(4), boolean(), { minItems: 1, maxItems: 3 });
    const rng = createRng(3);
    for (let i = 0; i < 100; i++) {
      const v = r.randomArbitrary(rng, 50).value;
      const c = r.validateValue(v)!;
      for (let k = 0; k < 5; k++) {
        const x = r.randomMutate(v, c, rng, 50);
        const n = Object.keys(x.value).length;
        expect(n >= 1 && n <= 3).toBe(true);
        r.unmutate(x.value, c, x.token);
      }
    }
    expect(r.validateValue({} as never)).toBeUndefined();
    expect(r.validateValue({ k9: true } as never)).toBeUndefined();
    expect(r.validateValue([] as never)).toBeUndefined();
    expect(r.validateValue(new Map() as never)).toBeUndefined();
  });
  it('mutates in place and undo restores exactly', () => {
    const rng = createRng(4);
    const v = { k1: 1, k2: 2, k3: 3 };
    const c = m.validateValue(v)!;
    for (let k = 0; k < 200; k++) {
      const before = deepClone(v);
      const cb = deepClone(c);
      const r = m.randomMutate(v, c, rng, 100);
      expect(r.value).toBe(v);
      m.unmutate(v, c, r.token);
      expect(v).toEqual(before);
      expect(deepEqual(c, cb)).toBe(true);
    }
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => valueKey(m.randomArbitrary(rng, 30).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => record(keyString(2), boolean(), { minItems: 2, maxItems: 1 })).toThrow(/'maxItems'/);
    expect(() => record(undefined as never, boolean())).toThrow(MutatorArgumentError);
  });
});
