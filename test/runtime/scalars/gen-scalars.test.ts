/**
 * The seeded fast paths of number, integer, tuple, union, literals and swarm generation must give
 * exactly what their generic paths give: the same values and complexities from the same words,
 * leaving the Rng in the same state. A `Words` Rng (words from an Sfc32, but not an Sfc32 itself)
 * forces the generic paths; setting an Sfc32's state forces the rare rejection paths.
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/index.js';
import { GEN, genC, type Gen } from '../../../src/runtime/core/gen.js';
import { RngBase, createRng, sfcState, type Rng } from '../../../src/runtime/core/rng.js';
import { enterSwarm, exitSwarm, inSwarm, SwarmChoice } from '../../../src/runtime/union/swarm.js';
import { AliasTable } from '../../../src/runtime/core/alias.js';
import type { AnyMutator } from '../../../src/runtime/core/mutator.js';
import { Words } from '../words-rng.js';


const key = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'number' ? (Object.is(x, -0) ? '-0' : String(x)) : x));
const stateOf = (r: Rng): Int32Array => (r as unknown as { s: Int32Array }).s;

/** two Sfc32s in the same state: `fast` as is, `slow` wrapped in Words */
function pair(seed: number, state?: readonly number[]): { fast: Rng; slow: Rng; inner: Rng } {
  const fast = createRng(seed);
  const inner = createRng(seed);
  if (state !== undefined) {
    stateOf(fast).set(state);
    stateOf(inner).set(state);
  }
  return { fast, slow: new Words(inner), inner };
}

/** n values from the fast and the generic path agree, complexities too, and so do the next words */
function same(m: AnyMutator<unknown>, fast: Rng, slow: Rng, inner: Rng, budget: number, n: number, what: string): void {
  const g = m as unknown as Gen<unknown>;
  for (let i = 0; i < n; i++) {
    const a = g[GEN](fast, budget);
    const ca = genC[0];
    const b = m.randomArbitrary(slow, budget);
    expect(key(a), `${what} #${i}`).toBe(key(b.value));
    expect(ca, `${what} #${i} complexity`).toBe(b.complexity);
  }
  expect(fast.u32(), `${what}: words consumed`).toBe(inner.u32());
}

/** a state whose first word is `w1` and whose second word is 2^32 - 1 (sfc32 from (2 + w1, 0, 0, -2)) */
const highSecond = (w1: number): number[] => [2 + w1, 0, 0, -2];

/** the first state (from a seeded search) whose words satisfy `ok` */
function findState(ok: (w: number[]) => boolean): number[] {
  const src = createRng(12345);
  for (let i = 0; i < 2_000_000; i++) {
    const st = [src.u32() | 0, src.u32() | 0, src.u32() | 0, src.u32() | 0];
    const r = createRng(0);
    stateOf(r).set(st);
    if (ok([r.u32(), r.u32(), r.u32(), r.u32()])) return st;
  }
  throw new Error('no state found');
}

const NUMBERS: Record<string, AnyMutator<number>> = {
  any: d.number(),
  noNaN: d.number({ noNaN: true }),
  noInfinity: d.number({ noInfinity: true }),
  unit: d.number({ minimum: 0, maximum: 1 }),
  half: d.number({ minimum: 0.1, maximum: 0.4 }),
  single: d.number({ minimum: 3, maximum: 3 }),
  exclusive: d.number({ exclusiveMinimum: -1, exclusiveMaximum: 1 }),
  wide: d.number({ minimum: -1e300, maximum: 1e300 }),
  positive: d.number({ minimum: 0 }),
  small: d.number({ minimum: -3, maximum: 4 }),
  tiny: d.number({ minimum: 5e-324, maximum: 1e-320 }),
};

const INTEGERS: Record<string, AnyMutator<number>> = {
  int32: d.integer({ min: -2147483648, max: 2147483647 }),
  safe: d.integer(),
  byte: d.integer({ min: 0, max: 255 }),
  one: d.integer({ min: 7, max: 7 }),
  pow2: d.integer({ min: 0, max: 127 }),
  small: d.integer({ min: -100, max: 156 }),
  mid: d.integer({ min: -1000, max: 1000 }),
  p2wide: d.integer({ min: 0, max: 65535 }),
  u32: d.integer({ min: 0, max: 4294967295 }),
  below32: d.integer({ min: 0, max: 4294967290 }),
  above32: d.integer({ min: 0, max: 4294967296 }),
  positive: d.integer({ min: 1 }),
  multiple: d.integer({ min: -1000, max: 100000, multipleOf: 7 }),
  fraction: d.number({ multipleOf: 0.25, minimum: -10, maximum: 1000 }),
  narrow: d.integer({ min: 0, max: 300 }),
};

describe('sfcState', () => {
  it('is the state of a plain seeded Rng, and null for any other or one with an overridden method', () => {
    const r = createRng(3);
    expect(sfcState(r)).toBe((r as unknown as { s: Int32Array }).s);
    expect(sfcState(r)).not.toBeNull();
    expect(sfcState(new Words(createRng(3)))).toBeNull();
    expect(sfcState(d.createByteRng(new Uint8Array(8)))).toBeNull();
    for (const m of ['u32', 'below', 'int', 'pick', 'bool', 'float', 'length'] as const) {
      const o = createRng(3);
      const own = o as unknown as Record<string, (...a: unknown[]) => unknown>;
      const orig = own[m]!;
      own[m] = function (this: unknown, ...a: unknown[]) {
        return orig.apply(this, a);
      };
      expect(sfcState(o), m).toBeNull();
    }
  });
});

describe('seeded fast paths equal the generic paths', () => {
  it('number, over seeds and budgets', () => {
    for (const [name, m] of Object.entries(NUMBERS)) {
      for (let seed = 0; seed < 6; seed++) {
        const { fast, slow, inner } = pair(seed);
        same(m, fast, slow, inner, 100, 400, `${name} seed ${seed}`);
      }
    }
  });

  it('number, with each kind followed by a word above every rejection limit', () => {
    for (const [name, m] of Object.entries(NUMBERS)) {
      for (let r = 0; r < 16; r++) {
        const { fast, slow, inner } = pair(1, highSecond(r));
        same(m, fast, slow, inner, 100, 3, `${name} kind ${r}`);
      }
    }
  });

  it('integer, over seeds', () => {
    for (const [name, m] of Object.entries(INTEGERS)) {
      for (let seed = 0; seed < 6; seed++) {
        const { fast, slow, inner } = pair(seed);
        same(m, fast, slow, inner, 100, 400, `${name} seed ${seed}`);
      }
    }
  });

  it('integer, with each kind followed by a word above every rejection limit', () => {
    for (const [name, m] of Object.entries(INTEGERS)) {
      for (let r = 0; r < 16; r++) {
        const { fast, slow, inner } = pair(1, highSecond(r));
        same(m, fast, slow, inner, 100, 3, `${name} kind ${r}`);
      }
      // the first word above the limit (small ranges draw their one word first)
      const { fast, slow, inner } = pair(1, [0, 0, 0, -1]);
      same(m, fast, slow, inner, 100, 3, `${name} first word high`);
    }
  });

  it("integer: a small offset's second draw (below(2p + 1)) rejected", () => {
    // kind < 9 (a small offset), e = below(21) accepted, then a word above 2^32 - (2^(e+1) + 1)
    const st = findState(([w1, w2, w3]) => {
      const r = w1! & 15;
      if (r < 2 || r >= 9 || w2! > 4294967296 - 21) return false;
      const e = w2! % 21;
      return w3! > 4294967296 - (2 ** (e + 1) + 1);
    });
    for (const name of ['int32', 'safe', 'mid', 'positive', 'multiple', 'narrow']) {
      const { fast, slow, inner } = pair(1, st);
      same(INTEGERS[name]!, fast, slow, inner, 100, 3, name);
    }
  });

  it('tuple of required elements, compiled, equals its generic loop', () => {
    const n = d.number();
    const str = d.string({ maxLength: 5 });
    const tuples: Record<string, AnyMutator<unknown>> = {
      point: d.tuple([n, n]),
      one: d.tuple([d.boolean()]),
      mixed: d.tuple([n, str, d.integer({ min: 0, max: 9 }), d.tuple([str, str])]),
      nested: d.tuple([d.array(n, { maxItems: 4 }), d.constant('k'), d.mapped(d.integer({ min: 0, max: 9 }), (x: number) => [x], (a: number[]) => a[0]!)]),
    };
    for (const [name, m] of Object.entries(tuples)) {
      const generic = (m as unknown as { generate(rng: Rng, b: number): unknown }).generate.bind(m);
      for (const budget of [0, 1, 5, 40, 300, 1e6]) {
        const a = createRng(9);
        const b = createRng(9);
        for (let i = 0; i < 50; i++) {
          const v = (m as unknown as Gen<unknown>)[GEN](a, budget);
          const c = genC[0];
          const w = generic(b, budget);
          expect(key(v), `${name} at ${budget}`).toBe(key(w));
          expect(c, `${name} at ${budget}`).toBe(genC[0]);
        }
        expect(a.u32()).toBe(b.u32());
      }
      expect((m as unknown as { fixedGen: unknown }).fixedGen, name).toBeTypeOf('function');
    }
  });

  it('swarm subsets kept in an array (n <= 12) equal those kept in a map (n > 12)', () => {
    const dense = new SwarmChoice(new Array<number>(12).fill(1));
    const sparse = new SwarmChoice([...new Array<number>(12).fill(1), 0]);
    const a = createRng(5);
    const b = createRng(5);
    const inContext = (rng: Rng, c: SwarmChoice) => {
      enterSwarm(rng);
      try {
        const s = c.subset(rng);
        expect(c.subset(rng)).toBe(s);
        return s;
      } finally {
        exitSwarm();
      }
    };
    for (let i = 0; i < 3000; i++) {
      const s = inContext(a, dense);
      const t = inContext(b, sparse);
      expect(s === null, `context ${i}`).toBe(t === null);
      if (s !== null && t !== null) expect([...s.on]).toEqual([...t.on].slice(0, 12));
      expect(a.u32()).toBe(b.u32());
    }
  });

  it('alias sampling, over seeds and with the column draw rejected', () => {
    const tables = [[1, 1], [1, 2, 3], [1, 1, 1, 1], [0, 5, 0, 1, 2], [3], [0, 0, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5]];
    for (const w of tables) {
      const t = new AliasTable(w);
      for (const state of [undefined, [0, 0, 0, -1], [5, 0, 0, -1]]) {
        for (let seed = 0; seed < 4; seed++) {
          const { fast, slow, inner } = pair(seed, state);
          for (let i = 0; i < 300; i++) expect(t.sample(fast), `${w} #${i}`).toBe(t.sample(slow));
          expect(fast.u32()).toBe(inner.u32());
        }
      }
    }
  });

  it('the bench shapes and swarm-aware mutators, whole, equal their generic generation', () => {
    const INT32 = { min: -2147483648, max: 2147483647 };
    const n = d.number();
    const point = d.tuple([n, n]);
    const variant = (type: string, fields: Record<string, AnyMutator<unknown>>) => ({ mutator: d.object({ type: d.constant(type), ...fields }) as AnyMutator<unknown> });
    const alts = [
      variant('circle', { x: n, y: n, r: n }),
      variant('rect', { x: n, y: n, w: n, h: n }),
      variant('text', { x: n, y: n, text: d.string({ maxLength: 16 }), size: d.integer(INT32) }),
      variant('line', { from: point, to: point, dashed: d.boolean() }),
      variant('group', { name: d.string({ maxLength: 16 }), count: d.integer(INT32), hidden: d.boolean() }),
    ];
    const str = d.string({ maxLength: 16 });
    const ms: Record<string, AnyMutator<unknown>> = {
      union: d.union(alts, { discriminant: 'type' }),
      unionNoSwarm: d.union(alts, { discriminant: 'type', swarm: false }),
      weighted: d.union(alts.map((a, i) => ({ ...a, weight: i })), { discriminant: 'type' }),
      untagged: d.union<unknown>([{ mutator: d.literals(['a', 'b', 'c']) as AnyMutator<unknown> }, { mutator: d.integer({ min: 0, max: 9 }) as AnyMutator<unknown> }, { mutator: n as AnyMutator<unknown> }]),
      flat: d.object({
        id: d.integer(INT32), name: str, active: d.boolean(), score: d.number(), count: d.integer(INT32),
        code: str, level: d.literals(['low', 'mid', 'high']), ratio: d.number(), flag: d.boolean(),
      }),
      literals: d.literals(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { weights: [1, 2, 3, 0, 1, 1, 5] }),
      literalsNoSwarm: d.literals([1, 2, 3], { swarm: false }),
      many: d.array(d.literals(['x', 'y', 'z']), { maxItems: 8 }),
    };
    for (const [name, m] of Object.entries(ms)) {
      for (const budget of [3, 30, 1000, 725899]) {
        const { fast, slow, inner } = pair(budget);
        same(m, fast, slow, inner, budget, 300, `${name} at ${budget}`);
        expect(inSwarm()).toBe(false);
      }
    }
  });
});
