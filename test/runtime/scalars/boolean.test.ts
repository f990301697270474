import { describe, expect, it } from 'vitest';
import { boolean, checkMutator, createRng } from '../../../src/index.js';

describe('boolean', () => {
  it('passes the laws', () => {
    expect(checkMutator(boolean()).generated).toBe(200);
  });
  it('enumerates both values then is exhausted', () => {
    const m = boolean();
    const step = m.defaultArbitraryStep();
    const seen = [m.orderedArbitrary(step, 10)?.value, m.orderedArbitrary(step, 10)?.value, m.orderedArbitrary(step, 10)];
    expect(seen).toEqual([false, true, undefined]);
  });
  it('is seeded', () => {
    const a = createRng(42);
    const b = createRng(42);
    const m = boolean();
    const xs = Array.from({ length: 32 }, () => m.randomArbitrary(a, 10).value);
    const ys = Array.from({ length: 32 }, () => m.randomArbitrary(b, 10).value);
    expect(xs).toEqual(ys);
    expect(new Set(xs).size).toBe(2);
  });
});
