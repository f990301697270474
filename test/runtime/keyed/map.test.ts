import { describe, expect, it } from 'vitest';
import { type AnyMutator, array, boolean, checkMutator, createRng, deepClone, deepEqual, jsonSerializer, map, valueKey } from '../../../src/index.js';
import { smallInt } from '../keyed-helpers.js';

describe('map', () => {
  const m = map(smallInt(16), boolean());
  const objKeys = map(array(boolean(), { maxItems: 3 }), smallInt(4));
  it('passes the laws with several option sets', () => {
    for (const x of <AnyMutator<unknown>[]>[m, objKeys, map(smallInt(4), smallInt(4), { minItems: 2, maxItems: 3 })]) {
      checkMutator(x, { runs: 100, serializer: jsonSerializer(x) });
    }
  });
  it('keeps keys unique by value and restores insertion order on undo', () => {
    const rng = createRng(5);
    const v = new Map<boolean[], number>([[[true], 1], [[false], 2], [[], 3]]);
    const c = objKeys.validateValue(v)!;
    for (let k = 0; k < 300; k++) {
      const before = deepClone(v);
      const cb = deepClone(c);
      const r = objKeys.randomMutate(v, c, rng, 100);
      expect(r.value).toBe(v);
      expect(new Set([...v.keys()].map(valueKey)).size).toBe(v.size);
      objKeys.unmutate(v, c, r.token);
      expect(deepEqual(v, before)).toBe(true); // order-sensitive for Map
      expect(deepEqual(c, cb)).toBe(true);
    }
    expect(objKeys.validateValue(new Map([[[true], 1], [[true], 2]]))).toBeUndefined();
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => valueKey(m.randomArbitrary(rng, 30).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => map(boolean(), null as never)).toThrow(/'value'/);
    expect(() => map(boolean(), boolean(), { maxItems: -1 })).toThrow(/'maxItems'/);
    expect(() => map(boolean(), boolean(), null as never)).toThrow(/map: invalid argument 'options'/);
    expect(() => map(boolean(), boolean(), { minItems: 1.5 })).toThrow(/'minItems'/);
  });
});
