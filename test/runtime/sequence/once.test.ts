/** `once` variants: at most one call per sequence, when generated, after every mutation, and as validated. */
import { describe, expect, it } from 'vitest';
import { checkMutator, constant, createRng, integer, object, sequence } from '../../../src/index.js';

type Call = { op: 'open'; id: number } | { op: 'init' } | { op: 'use'; h: number; n: number };
const calls = sequence<Call>({
  discriminant: 'op',
  variants: [
    { tag: 'open', mutator: object({ op: constant('open' as const), id: integer({ min: 0 }) }), creates: [{ field: 'id', resource: 'h' }] },
    { tag: 'init', mutator: object({ op: constant('init' as const) }), once: true, weight: 4 },
    { tag: 'use', mutator: object({ op: constant('use' as const), h: integer({ min: 0 }), n: integer({ min: 0, max: 9 }) }), uses: [{ field: 'h', resource: 'h' }] },
  ],
  maxItems: 30,
});
const inits = (v: Call[]): number => v.filter((c) => c.op === 'init').length;

describe('sequence variants allowed once', () => {
  it('appear at most once when generated and after every mutation, and are generated at all', () => {
    const rng = createRng(5);
    let seen = 0;
    for (let n = 0; n < 100; n++) {
      const g = calls.randomArbitrary(rng, 400);
      expect(inits(g.value)).toBeLessThanOrEqual(1);
      seen += inits(g.value);
      let cache = calls.validateValue(g.value)!;
      for (let k = 0; k < 40; k++) {
        const r = calls.randomMutate(g.value, cache, rng, 400);
        expect(inits(r.value), `mutation ${k} of ${n}`).toBeLessThanOrEqual(1);
        if (k % 2 === 0) calls.unmutate(r.value, cache, r.token);
        cache = calls.validateValue(g.value)!;
        expect(cache).toBeDefined();
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('make a sequence with two such calls invalid', () => {
    expect(calls.validateValue([{ op: 'init' }])).toBeDefined();
    expect(calls.validateValue([{ op: 'init' }, { op: 'open', id: 0 }, { op: 'init' }])).toBeUndefined();
  });

  it('keep the laws', () => {
    checkMutator(calls, { runs: 40, mutationsPerRun: 8 });
  });

  it('reject a non-boolean once', () => {
    expect(() => sequence({ discriminant: 'op', variants: [{ tag: 'init', mutator: object({ op: constant('init' as const) }), once: 1 as unknown as boolean }] })).toThrow(/once.*boolean/);
  });
});
