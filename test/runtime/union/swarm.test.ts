import { describe, expect, it } from 'vitest';
import { array, boolean, checkMutator, createRng, integer, literals, MutatorArgumentError, object, swarmScope, union } from '../../../src/index.js';
import { AliasTable, enterSwarm, exitSwarm, inSwarm, SwarmChoice } from '../../../src/internal.js';

describe('AliasTable (Vose)', () => {
  it('draws each column with probability proportional to its weight; weight 0 never', () => {
    const w = [5, 0, 1, 3, 0.5, 0.5];
    const t = new AliasTable(w);
    const rng = createRng(3);
    const n = 200_000;
    const counts = new Array(w.length).fill(0);
    for (let i = 0; i < n; i++) counts[t.sample(rng)]++;
    const total = w.reduce((a, b) => a + b, 0);
    w.forEach((x, i) => expect(Math.abs(counts[i] / n - x / total)).toBeLessThan(0.005));
    expect(counts[1]).toBe(0);
    expect(counts[5]).toBeGreaterThan(0);
  });
  it('a single positive weight is always drawn', () => {
    const t = new AliasTable([0, 0, 2]);
    const rng = createRng(1);
    for (let i = 0; i < 100; i++) expect(t.sample(rng)).toBe(2);
  });
});

describe('swarm context', () => {
  it('outside a context every alternative is enabled', () => {
    expect(inSwarm()).toBe(false);
    expect(new SwarmChoice([1, 1, 1]).subset(createRng(1))).toBeNull();
  });
  it('one subset per choice per context: stable inside it, never empty, p = 1/2 each, all-on about 1 in 4', () => {
    const c = new SwarmChoice([1, 1, 1, 1, 1, 1]);
    const rng = createRng(7);
    let allOn = 0;
    const perAlt = new Array(6).fill(0);
    const sizes = new Set<number>();
    const N = 4000;
    for (let i = 0; i < N; i++) {
      enterSwarm(rng);
      try {
        const s = c.subset(rng);
        expect(c.subset(rng)).toBe(s);
        enterSwarm(rng); // nested: joins
        expect(c.subset(rng)).toBe(s);
        exitSwarm();
        if (s === null) {
          allOn++;
          perAlt.forEach((_, j) => perAlt[j]++);
          sizes.add(6);
        } else {
          const on = [...s.on].filter((b) => b === 1).length;
          expect(on).toBeGreaterThan(0);
          sizes.add(on);
          s.on.forEach((b, j) => (perAlt[j] += b));
        }
      } finally {
        exitSwarm();
      }
    }
    // 1/4 all-on contexts plus subsets that happen to be full (1/64 of the others, redrawn empties aside)
    expect(allOn / N).toBeGreaterThan(0.22);
    expect(allOn / N).toBeLessThan(0.29);
    for (const x of perAlt) expect(x / N).toBeGreaterThan(0.55); // 1/4 + 3/4 * ~0.5
    expect(sizes.size).toBe(6);
  });
  it('swarmScope shares one configuration between unions under a container; laws still hold', () => {
    const e = union<number | boolean>([{ mutator: integer({ min: 0, max: 9 }) }, { mutator: boolean() }, { mutator: literals(['x', 'y']) as never }]);
    const m = swarmScope(object<{ a: unknown[]; b: unknown[] }>({ a: arrayOf(e), b: arrayOf(e) }));
    const rng = createRng(2);
    let mixed = 0;
    for (let i = 0; i < 300; i++) {
      const v = m.randomArbitrary(rng, 1e5).value;
      const kinds = (xs: unknown[]) => new Set(xs.map((x) => typeof x));
      const ka = kinds(v.a);
      const kb = kinds(v.b);
      // both fields draw from one subset: a kind in one field and missing in the other is rare
      if ([...ka].some((k) => !kb.has(k)) || [...kb].some((k) => !ka.has(k))) mixed++;
    }
    expect(mixed).toBeLessThan(15);
    checkMutator(m, { runs: 40 });
  });
  it('rejects a non-mutator', () => {
    expect(() => swarmScope(null as never)).toThrow(MutatorArgumentError);
  });
});

function arrayOf<T>(m: Parameters<typeof array<T>>[0]) {
  return array(m, { minItems: 40, maxItems: 40 });
}
