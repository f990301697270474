/**
 * The seeded fast path of `json()` (src/runtime/json/generate.ts) must give exactly what the generic
 * mutator tree gives from the same words: the same values (-0, key order and prototypes
 * included), the same complexities, and the same number of words consumed. The generic path is
 * forced by Rngs that are not a plain Sfc32 (`Words`, `Logged`); the rare rejection draws are
 * forced by setting an Sfc32's state so that a chosen word is 2^32 - 1.
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/index.js';
import { GEN, genC, genOf } from '../../../src/runtime/core/gen.js';
import type { AnyMutator } from '../../../src/runtime/core/mutator.js';
import { RngBase, createRng, sfcState, type Rng } from '../../../src/runtime/core/rng.js';
import { Words } from '../words-rng.js';


/** as Words, and records every below(n) with the index of the word it starts at */
class Logged extends RngBase {
  words = 0;
  readonly log: Array<[n: number, at: number]> = [];
  constructor(private readonly r: Rng) {
    super();
  }
  u32(): number {
    this.words++;
    return this.r.u32();
  }
  override below(n: number): number {
    this.log.push([n, this.words]);
    return super.below(n);
  }
}

/** the value with what JSON.stringify loses: -0, prototypes of objects */
const key = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
    if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
      expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
      expect(Object.getOwnPropertyNames(x)).toEqual(Object.keys(x));
    }
    return x;
  });

const stateOf = (rng: Rng): Int32Array => (rng as unknown as { s: Int32Array }).s;

/** an Sfc32 Rng whose state is `s` */
function sfcAt(s: ArrayLike<number>): Rng {
  const rng = createRng(1);
  stateOf(rng).set(s);
  return rng;
}

const INV9 = 0x38e38e39; // 9 * INV9 = 1 (mod 2^32)

/** the sfc32 state one step before `s` (sfc32's step is a bijection) */
function stepBack(s: readonly number[]): number[] {
  const [a1, b1, c1, d1] = s as [number, number, number, number];
  const d = (d1 - 1) | 0;
  const c = Math.imul(b1, INV9);
  // a1 = b ^ (b >>> 9), so b = a1 ^ (a1 >>> 9) ^ (a1 >>> 18) ^ (a1 >>> 27)
  const b = (a1 ^ (a1 >>> 9) ^ (a1 >>> 18) ^ (a1 >>> 27)) | 0;
  const t = (c1 - ((c << 21) | (c >>> 11))) | 0;
  const a = (t - b - d) | 0;
  return [a, b, c, d];
}

/** an sfc32 state whose word number `j` (from 0) is 2^32 - 1; `r` supplies the free words */
function stateWithMaxWordAt(j: number, r: Rng): number[] {
  const b = r.u32() | 0;
  const c = r.u32() | 0;
  const dd = r.u32() | 0;
  let s = [(-1 - b - dd) | 0, b, c, dd];
  for (let i = 0; i < j; i++) s = stepBack(s);
  return s;
}

const json = d.json();
const value = genOf(json);

/** generic vs fast from the same sfc32 state: same value, complexity and words consumed */
function same(s: ArrayLike<number>, budget: number, how: string): void {
  const slow = sfcAt(s);
  const fast = sfcAt(s);
  const g = json.randomArbitrary(new Words(slow), budget);
  expect(sfcState(fast)).not.toBeNull();
  const f = json.randomArbitrary(fast, budget);
  expect(key(f.value), how).toBe(key(g.value));
  expect(f.complexity, how).toBe(g.complexity);
  expect(fast.u32(), how).toBe(slow.u32());
}

describe('json fast generation', () => {
  it('takes the fast path only for a plain seeded Rng', () => {
    expect(sfcState(createRng(1))).not.toBeNull();
    expect(sfcState(new Words(createRng(1)))).toBeNull();
    const r = createRng(1);
    r.float = () => 0.5;
    expect(sfcState(r)).toBeNull();
    const q = createRng(1);
    q.length = (lo) => lo;
    expect(sfcState(q)).toBeNull();
  });

  it('gives the generic values, complexities and draws at many budgets', () => {
    // the kind's bits plus 8, 32 or 64: a number of exactly the budget's complexity is kept
    const K = Math.log2(6);
    expect(K + 32 - K).toBe(32);
    const budgets = [0, 1, 2, 2.5, 3, 4, 5, 8, 9, 10, 11, 12, K + 8, K + 32, K + 64, 20, 33, 40, 64, 100, 300, 1000, 2201, 5000, 30000];
    for (const budget of budgets) {
      for (let seed = 0; seed < (budget > 2201 ? 10 : 40); seed++) {
        const a = createRng(seed);
        const b = new Words(createRng(seed));
        for (let i = 0; i < 20; i++) {
          const g = json.randomArbitrary(b, budget);
          const f = json.randomArbitrary(a, budget);
          const how = `seed ${seed}, value ${i}, budget ${budget}`;
          expect(key(f.value), how).toBe(key(g.value));
          expect(f.complexity, how).toBe(g.complexity);
          expect(Math.abs(json.complexity(f.value, json.validateValue(f.value)) - f.complexity)).toBeLessThan(1e-6);
        }
        expect(a.u32()).toBe(b.u32());
      }
    }
  });

  it('[GEN] and the choice itself (no lazy around it) agree with the generic path', () => {
    const choice = (json as unknown as { m: AnyMutator<unknown> }).m;
    for (const m of [value, genOf(choice)]) {
      for (const budget of [0, 7, 50, 800, 4000, Infinity, NaN]) {
        for (let seed = 0; seed < 20; seed++) {
          const a = createRng(seed);
          const b = new Words(createRng(seed));
          for (let i = 0; i < 5; i++) {
            const f = m[GEN](a, budget);
            const fc = genC[0];
            const g = m[GEN](b, budget);
            expect(key(f), `seed ${seed} budget ${budget}`).toBe(key(g));
            expect(fc).toBe(genC[0]);
          }
          expect(a.u32()).toBe(b.u32());
        }
      }
    }
  });

  it('agrees when the very first word (the kind) is rejected', () => {
    for (const budget of [0, 10, 300]) {
      for (let c = 0; c < 30; c++) same([-1, 0, c * 0x9e3779b9, 0], budget, `c ${c}`);
    }
  });

  it('agrees on every rejection path: states whose word j is 2^32 - 1 where a draw of each modulus starts', () => {
    // moduli the fast path reduces itself: the kind (6), SPECIAL (18), a character's kind (20),
    // COMMON (39), printable ASCII (95), and lengths of strings and containers (others)
    const wanted = new Map<number, number>([
      [6, 0],
      [18, 0],
      [20, 0],
      [39, 0],
      [95, 0],
    ]);
    let lengths = 0;
    const search = createRng(2024);
    for (let attempt = 0; attempt < 6000; attempt++) {
      const j = search.below(48);
      const budget = [30, 300, 3000][search.below(3)]!;
      const s = stateWithMaxWordAt(j, search);
      const probe = sfcAt(s);
      const check = sfcAt(s);
      for (let i = 0; i < j; i++) check.u32();
      expect(check.u32()).toBe(0xffffffff);
      const logged = new Logged(probe);
      json.randomArbitrary(logged, budget);
      const hit = logged.log.find(([n, at]) => at === j && (n & (n - 1)) !== 0);
      if (hit === undefined) continue;
      const n = hit[0];
      if (wanted.has(n)) wanted.set(n, wanted.get(n)! + 1);
      else lengths++;
      same(s, budget, `word ${j} rejected by below(${n}), budget ${budget}`);
    }
    for (const [n, hits] of wanted) expect(hits, `rejections of below(${n}) exercised`).toBeGreaterThan(0);
    expect(lengths).toBeGreaterThan(10);
  });

  it('agrees under the lazy nesting limit (json nested about MAX_DEPTH lazies deep)', () => {
    // W lazies around json: json's own children reach the nesting limit W levels earlier
    for (let w = 180; w <= 202; w++) {
      let m: AnyMutator<unknown> = json;
      for (let i = 0; i < w; i++) {
        const inner = m;
        m = d.lazy(() => d.array(inner, { minItems: 1, maxItems: 1 }));
      }
      for (let seed = 0; seed < 6; seed++) {
        const a = createRng(seed);
        const b = new Words(createRng(seed));
        for (let i = 0; i < 3; i++) {
          const f = m.randomArbitrary(a, 5000);
          const g = m.randomArbitrary(b, 5000);
          expect(key(f.value), `w ${w} seed ${seed}`).toBe(key(g.value));
          expect(f.complexity).toBe(g.complexity);
        }
        expect(a.u32()).toBe(b.u32());
      }
    }
  });
});
