import { describe, expect, it } from 'vitest';
import { type AnyMutator, array, boolean, checkMutator, deepClone, deepEqual, createRng, filtered, jsonSerializer, mapped, MutatorArgumentError, valueKey } from '../../../src/index.js';
import { providerFrom } from '../crossover-helpers.js';

const bits = mapped(
  array(boolean(), { maxItems: 8 }),
  (a) => a.map((b) => (b ? '1' : '0')).join(''),
  (s) => (typeof s === 'string' && /^[01]{0,8}$/.test(s) ? [...s].map((c) => c === '1') : undefined),
);
const even = filtered(array(boolean()), (a) => a.length % 2 === 0);

describe('mapped', () => {
  it('passes the laws', () => {
    checkMutator(bits, { serializer: jsonSerializer(bits) });
    const bit = mapped(boolean(), (b) => (b ? 1 : 0), (n) => (n === 1 ? true : n === 0 ? false : undefined));
    checkMutator(bit, { serializer: jsonSerializer(bit) });
  });
  it('values are to(inner) and validation goes through from', () => {
    const rng = createRng(1);
    for (let i = 0; i < 50; i++) expect(bits.randomArbitrary(rng, 30).value).toMatch(/^[01]{0,8}$/);
    expect(bits.validateValue('0110')).toBeDefined();
    expect(bits.validateValue('012')).toBeUndefined();
    expect(bits.complexity('0110', bits.validateValue('0110'))).toBe(8);
  });
  it('unmutate restores the previous value after mutation', () => {
    const rng = createRng(2);
    const c = bits.validateValue('0101');
    for (let k = 0; k < 50; k++) {
      const r = bits.randomMutate('0101', c, rng, 100);
      expect(bits.unmutate(r.value, c, r.token)).toBe('0101');
    }
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => bits.randomArbitrary(rng, 20).value)).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => mapped(boolean(), 1 as never, (x) => x)).toThrow(/mapped: invalid argument 'to'/);
    expect(() => mapped({} as never, (x) => x, (x) => x)).toThrow(MutatorArgumentError);
  });
});

describe('filtered', () => {
  it('passes the laws and only produces accepted values', () => {
    checkMutator(even, { serializer: jsonSerializer(even) });
    const rng = createRng(3);
    for (let i = 0; i < 100; i++) {
      const g = even.randomArbitrary(rng, 40);
      expect(g.value.length % 2).toBe(0);
      const c = even.validateValue(g.value);
      const r = even.randomMutate(g.value, c, rng, 40);
      expect(r.value.length % 2).toBe(0);
      even.unmutate(r.value, c, r.token);
    }
    expect(even.validateValue([true])).toBeUndefined();
  });
  it('throws a clear error when the predicate rejects every value', () => {
    const never = filtered(boolean(), () => false);
    expect(() => never.randomArbitrary(createRng(1), 10)).toThrow(/filtered: the predicate rejected 100 generated values/);
    expect(valueKey(never.orderedArbitrary(never.defaultArbitraryStep(), 10))).toBe('undefined');
    expect(() => filtered(boolean(), 'x' as never)).toThrow(/'predicate'/);
  });
});

describe('adapters and crossover', () => {
  it('pass crossover through to the inner mutator, keeping the filter', () => {
    const rng = createRng(4);
    for (const m of [bits, even] as AnyMutator<unknown>[]) {
      const donors = Array.from({ length: 5 }, () => m.randomArbitrary(rng, 40).value);
      const provider = providerFrom(m, donors);
      let changed = 0;
      for (let i = 0; i < 30; i++) {
        const v = m.randomArbitrary(rng, 40).value;
        const c = m.validateValue(v);
        const before = deepClone(v);
        const r = m.crossoverMutate!(v, c, provider, rng, 100);
        if (r === undefined) continue;
        expect(m.validateValue(r.value)).toBeDefined();
        if (!deepEqual(r.value, before)) changed++;
        expect(deepEqual(m.unmutate(r.value, c, r.token), before)).toBe(true);
      }
      expect(changed).toBeGreaterThan(3);
    }
  });
});
