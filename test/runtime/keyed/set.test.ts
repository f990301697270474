import { describe, expect, it } from 'vitest';
import { type AnyMutator, array, boolean, checkMutator, createRng, deepClone, deepEqual, jsonSerializer, set, valueKey } from '../../../src/index.js';
import { smallInt } from '../keyed-helpers.js';

describe('set', () => {
  const s = set(smallInt(32));
  const ofArrays = set(array(boolean(), { maxItems: 3 }));
  it('passes the laws with several option sets', () => {
    for (const x of <AnyMutator<unknown>[]>[s, ofArrays, set(boolean(), { minItems: 1 }), set(smallInt(8), { minItems: 3, maxItems: 3 })]) {
      checkMutator(x, { runs: 100, serializer: jsonSerializer(x) });
    }
  });
  it('elements stay distinct by value under in-place mutation; undo restores order', () => {
    const rng = createRng(6);
    const v = new Set<boolean[]>([[true], [false, false], []]);
    const c = ofArrays.validateValue(v)!;
    for (let k = 0; k < 300; k++) {
      const before = deepClone(v);
      const r = ofArrays.randomMutate(v, c, rng, 100);
      expect(new Set([...v].map(valueKey)).size).toBe(v.size);
      ofArrays.unmutate(r.value, c, r.token);
      expect(deepEqual(v, before)).toBe(true);
    }
  });
  it('fails clearly when minItems distinct elements cannot exist', () => {
    expect(() => set(boolean(), { minItems: 3 }).randomArbitrary(createRng(1), 100)).toThrow(/set: could not generate 3 distinct/);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => valueKey(s.randomArbitrary(rng, 30).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => set(3 as never)).toThrow(/set: invalid argument 'elem'/);
  });
});
