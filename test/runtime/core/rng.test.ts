import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/index.js';

describe('rng', () => {
  it('gives the same stream for the same seed (pinned for portability)', () => {
    const r = createRng(42);
    const xs = Array.from({ length: 4 }, () => r.u32());
    expect(xs).toMatchSnapshot();
    const r2 = createRng(42);
    expect(Array.from({ length: 4 }, () => r2.u32())).toEqual(xs);
  });
  it('differs for different seeds', () => {
    expect(createRng(1).u32()).not.toBe(createRng(2).u32());
  });
  it('int stays in range across small, 32-bit, 53-bit and full safe ranges', () => {
    const r = createRng(7);
    const ranges: Array<[number, number]> = [[0, 0], [-3, 3], [0, 2 ** 32], [-(2 ** 40), 2 ** 40], [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]];
    for (const [lo, hi] of ranges) {
      for (let i = 0; i < 2000; i++) {
        const x = r.int(lo, hi);
        expect(Number.isSafeInteger(x)).toBe(true);
        expect(x >= lo && x <= hi).toBe(true);
      }
    }
  });
  it('is unbiased on a non-power-of-two range (chi-square)', () => {
    const r = createRng(3);
    const n = 6;
    const counts = new Array(n).fill(0);
    const draws = 60000;
    for (let i = 0; i < draws; i++) counts[r.below(n)]++;
    const e = draws / n;
    const chi = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(chi).toBeLessThan(20.5); // p = 0.001 for 5 degrees of freedom
  });
  it('floats are in [0,1) and bigints in range', () => {
    const r = createRng(9);
    for (let i = 0; i < 1000; i++) {
      const f = r.float();
      expect(f >= 0 && f < 1).toBe(true);
      const b = r.bigint(-(2n ** 100n), 2n ** 100n);
      expect(b >= -(2n ** 100n) && b <= 2n ** 100n).toBe(true);
    }
  });
});
