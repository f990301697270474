/** The main phase's adaptive share of fresh generation: it moves toward the arm that yields. */
import { describe, expect, test } from 'vitest';
import { FreshShare } from '../../src/fuzz/engine/fresh-share.js';
import { createRng } from '../../src/runtime/core/rng.js';

/** runs `steps` choices; each arm's input joins the pool with its probability; the share at the end */
function simulate(seed: number, freshYield: number, mutationYield: number, steps = 4000, share = new FreshShare()): number {
  const rng = createRng(seed);
  for (let i = 0; i < steps; i++) {
    const fresh = share.pickFresh(rng);
    share.record(fresh, rng.chance(fresh ? freshYield : mutationYield));
  }
  return share.share();
}

describe('FreshShare', () => {
  test('starts at the floor: without evidence, the engine mutates', () => {
    expect(new FreshShare().share()).toBe(1 / 128);
  });

  test.each([1, 2, 3, 4, 5])('seed %i: fresh generation that keeps finding coverage keeps its share; one that stopped falls to the floor', (seed) => {
    expect(simulate(seed, 0.2, 0.02)).toBeGreaterThan(0.45);
    expect(simulate(seed, 0, 0.1)).toBe(1 / 128);
    // equal yields: about even
    const even = simulate(seed, 0.1, 0.1);
    expect(even).toBeGreaterThan(0.25);
    expect(even).toBeLessThanOrEqual(0.5);
    // both next to nothing (a deep target): near the floor
    expect(simulate(seed, 0.001, 0.001)).toBeLessThan(0.08);
  });

  test('follows a change: after mutation takes over, the share falls; when generation yields again, it rises', () => {
    const s = new FreshShare();
    for (let i = 0; i < 64; i++) s.record(true, i % 2 === 0);
    simulate(7, 0.3, 0.01, 2000, s);
    const high = s.share();
    simulate(8, 0.001, 0.2, 2000, s);
    const low = s.share();
    simulate(9, 0.3, 0.01, 20000, s);
    expect(high).toBeGreaterThan(0.45);
    expect(low).toBeLessThan(0.05);
    expect(s.share()).toBeGreaterThan(0.45);
  });

  test('the share is proportional to the yields between the floor and the cap', () => {
    const s = new FreshShare(64, 1 / 64, 1 / 2);
    for (let i = 0; i < 1000; i++) {
      s.record(true, i % 10 === 0);
      s.record(false, i % 30 === 0);
    }
    // yields 1/10 and 1/30 (+ 1/64): a share of about 1/10 / (1/10 + 1/30 + 1/64) = 0.67, capped
    expect(s.share()).toBe(0.5);
    for (let i = 0; i < 1000; i++) {
      s.record(true, i % 30 === 0);
      s.record(false, i % 10 === 0);
    }
    // yields 1/30 and 1/10: about 1/30 / (1/30 + 1/10 + 1/64) = 0.22
    expect(s.share()).toBeGreaterThan(0.15);
    expect(s.share()).toBeLessThan(0.3);
    for (let i = 0; i < 1000; i++) s.record(true, false);
    expect(s.share()).toBe(1 / 64);
  });
});
