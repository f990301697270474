/** Pool ownership and picking, coverage features: the engine's bookkeeping on its own. */
import { describe, expect, test } from 'vitest';
import { CoverageMap, SITE_BASE } from '../../src/fuzz/engine/coverage.js';
import { FuzzRuntime } from '../../src/fuzz/worker/instrument/runtime.js';
import { Pool, type PoolEntry } from '../../src/fuzz/engine/pool.js';
import { createRng } from '../../src/runtime/core/rng.js';

function entry(name: string, complexity: number, features: number[]): PoolEntry<string> {
  return { value: name, cache: undefined, step: undefined, complexity, features, owned: 0, orderedDone: false };
}

describe('Pool', () => {
  test('each feature is owned by its least complex input; an input owning nothing leaves (or never joins)', () => {
    const pool = new Pool<string>();
    const big = entry('big', 50, [1, 2]);
    pool.add(big);
    const small = entry('small', 5, [1, 3]);
    pool.add(small);
    expect(pool.entries.map((e) => e.value)).toEqual(['big', 'small']);
    expect([big.owned, small.owned]).toEqual([1, 2]);
    pool.add(entry('smaller', 1, [2]));
    expect(pool.entries.map((e) => e.value)).toEqual(['small', 'smaller']); // big lost its last feature
    const nothing = entry('nothing-new', 9, [1, 2, 3]);
    pool.add(nothing);
    expect(nothing.owned).toBe(0);
    expect(pool.size).toBe(2);
  });

  test('picking favours inputs owning rare features', () => {
    const pool = new Pool<string>();
    for (let i = 0; i < 5; i++) pool.add(entry(`common${i}`, 1, [100, 200 + i]));
    pool.add(entry('rare', 1, [300, 301, 302, 303]));
    const rng = createRng(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const v = pool.pick(rng).value;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.get('rare')!).toBeGreaterThan(2 * counts.get('common1')!);
  });
});

describe('CoverageMap', () => {
  test('an execution is new when a counter reaches a new hit bucket or a comparison comes closer', () => {
    const rt = new FuzzRuntime();
    rt.used(4, 2);
    const cov = new CoverageMap(rt);
    const run = (counters: number[], scores: number[] = []): boolean => {
      cov.reset();
      counters.forEach((c, i) => (rt.counters[i] = c));
      scores.forEach((s, i) => (rt.scores[i] = s));
      return cov.isNew();
    };
    expect(run([1])).toBe(true);
    expect(cov.collect()).toEqual([0 * 8 + 0]);
    expect(run([1])).toBe(false);
    expect(run([1, 0, 0, 0])).toBe(false);
    expect(run([2])).toBe(true); // same counter, bucket 2
    cov.collect();
    expect(run([3])).toBe(true); // bucket 4 (3 hits)
    cov.collect();
    expect(run([5])).toBe(true); // bucket 8 (4..7 hits)
    const features = cov.collect();
    expect(features).toEqual([3]);
    expect(run([6])).toBe(false); // same bucket as 5
    expect(run([0, 0, 0, 0], [0, 40])).toBe(true);
    expect(cov.collect()).toEqual([SITE_BASE + 1 * 256 + 40]);
    expect(run([], [0, 30])).toBe(false); // not closer than before
    expect(run([], [0, 41])).toBe(true);
    cov.collect();
    expect(cov.coverage).toBe(2); // one counter, one comparison site
  });
});
