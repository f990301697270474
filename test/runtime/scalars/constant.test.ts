import { describe, expect, it } from 'vitest';
import { checkMutator, constant, jsonSerializer } from '../../../src/index.js';

describe('constant', () => {
  it('passes the laws for primitives and objects', () => {
    for (const v of [42, 'x', null, undefined, -0, NaN, 10n, true, { a: [1, 2] }, [1, 'b']]) {
      const m = constant(v as unknown);
      checkMutator(m, { runs: 20, serializer: v === undefined ? undefined : jsonSerializer(m) });
    }
  });
  it('has complexity 0, gives its value once in order and cannot mutate', () => {
    const m = constant('on');
    const s = m.defaultArbitraryStep();
    expect([m.orderedArbitrary(s)?.value, m.orderedArbitrary(s)]).toEqual(['on', undefined]);
    expect(m.randomArbitrary()).toEqual({ value: 'on', complexity: 0 });
    expect(m.orderedMutate()).toBeUndefined();
    expect(m.randomMutate('on').value).toBe('on');
  });
  it('validates by identity (telling -0 from 0) or structure, and clones objects', () => {
    expect(constant(0).validateValue(-0)).toBeUndefined();
    expect(constant(NaN).validateValue(NaN)).toBeDefined();
    const obj = { a: 1 };
    const m = constant(obj);
    const g = m.randomArbitrary().value;
    expect(g).toEqual(obj);
    expect(g).not.toBe(obj);
    expect(m.validateValue({ a: 1 })).toBeDefined();
    expect(m.validateValue({ a: 2 })).toBeUndefined();
  });
});
