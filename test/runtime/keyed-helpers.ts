import type { Mutator, Rng } from '../../src/index.js';

/** private test mutators shared by the record/map/set tests */
export function smallInt(n: number): Mutator<number, 1, null, { n: number }, number> {
  const bits = Math.log2(n);
  return {
    defaultArbitraryStep: () => ({ n: 0 }),
    validateValue: (v) => (Number.isInteger(v) && v >= 0 && v < n ? 1 : undefined),
    defaultMutationStep: () => null,
    minComplexity: () => bits,
    maxComplexity: () => bits,
    complexity: () => bits,
    orderedArbitrary: (s, max) => (s.n < n && max >= bits ? { value: s.n++, complexity: bits } : undefined),
    randomArbitrary: (rng: Rng) => ({ value: rng.below(n), complexity: bits }),
    orderedMutate: (v, _c, _s, rng) => ({ value: (v + 1 + rng.below(n - 1)) % n, token: v, complexity: bits }),
    randomMutate: (v, _c, rng) => ({ value: (v + 1 + rng.below(n - 1)) % n, token: v, complexity: bits }),
    unmutate: (_v, _c, t) => t,
  };
}

/** strings 'k0'..'k{n-1}' */
export function keyString(n: number): Mutator<string, 1, null, { n: number }, string> {
  const m = smallInt(n);
  return {
    defaultArbitraryStep: () => ({ n: 0 }),
    validateValue: (v) => (typeof v === 'string' && v[0] === 'k' && m.validateValue(Number(v.slice(1))) !== undefined && String(Number(v.slice(1))) === v.slice(1) ? 1 : undefined),
    defaultMutationStep: () => null,
    minComplexity: () => m.minComplexity(),
    maxComplexity: () => m.maxComplexity(),
    complexity: () => m.minComplexity(),
    orderedArbitrary: (s, max) => {
      const g = m.orderedArbitrary(s, max);
      return g && { value: `k${g.value}`, complexity: g.complexity };
    },
    randomArbitrary: (rng: Rng) => ({ value: `k${rng.below(n)}`, complexity: m.minComplexity() }),
    orderedMutate: (v, _c, _s, rng) => ({ value: `k${rng.below(n)}`, token: v, complexity: m.minComplexity() }),
    randomMutate: (v, _c, rng) => ({ value: `k${rng.below(n)}`, token: v, complexity: m.minComplexity() }),
    unmutate: (_v, _c, t) => t,
  };
}
