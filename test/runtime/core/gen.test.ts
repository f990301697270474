/**
 * The internal generation path (src/runtime/core/gen.ts) and the fast character generator must give
 * exactly what the public methods and the plain per-character loop give, from the same draws.
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/index.js';
import { GEN, genC, genOf } from '../../../src/runtime/core/gen.js';
import { RngBase, createRng, type Rng } from '../../../src/runtime/core/rng.js';
import { randomChar, randomChars } from '../../../src/runtime/string/chars.js';
import { jsonChars } from '../../../src/runtime/json/scalars.js';
import type { AnyMutator } from '../../../src/runtime/core/mutator.js';
import { Words } from '../words-rng.js';

/** words from another Rng, ranges through RngBase, but `below` overridden: not a plain-range Rng */
class Overridden extends RngBase {
  constructor(private readonly r: Rng) {
    super();
  }
  u32(): number {
    return this.r.u32();
  }
  override below(n: number): number {
    return super.below(n);
  }
}


const key = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'number' ? (Object.is(x, -0) ? '-0' : String(x)) : typeof x === 'bigint' ? `${x}n` : x));

const METHODS = ['defaultArbitraryStep', 'validateValue', 'defaultMutationStep', 'minComplexity', 'maxComplexity', 'complexity', 'orderedArbitrary', 'randomArbitrary', 'orderedMutate', 'randomMutate', 'unmutate'] as const;
function foreignOf<T>(m: AnyMutator<T>): AnyMutator<T> {
  const f: Record<string, unknown> = {};
  for (const k of METHODS) f[k] = (...args: unknown[]) => (m[k] as (...a: unknown[]) => unknown)(...args);
  return f as unknown as AnyMutator<T>;
}

function mutators(): Record<string, AnyMutator<unknown>> {
  const str = d.string({ maxLength: 16 });
  const int = d.integer({ min: -2147483648, max: 2147483647 });
  const tree: AnyMutator<unknown> = d.lazy(() => d.object({ id: int, label: str, children: d.array(tree, { maxItems: 5 }) }));
  const mapped = d.mapped(d.integer({ min: 0, max: 9 }), (x: number) => [x], (a: number[]) => a[0]!);
  // a mutator that is not the runtime's (no [GEN]): reached through genOf's adapter
  const foreign = foreignOf(d.filtered(mapped, (a) => a[0] !== 3));
  return {
    flat: d.object({ id: int, name: str, on: d.boolean(), score: d.number(), level: d.literals(['a', 'b', 'c']), k: d.constant('k') }),
    tree,
    json: d.json(),
    optional: d.object({ a: str, b: int, c: foreign }, { optional: ['b'], index: { key: d.string({ maxLength: 4 }), value: int } }),
    proto: d.object({ ['__proto__']: int, x: str }),
    tuple: d.tuple([d.number(), str, int], { required: 1, rest: d.boolean() }),
    unique: d.array(d.integer({ min: 0, max: 40 }), { uniqueItems: true, maxItems: 30 }),
    record: d.record(d.string({ maxLength: 3 }), foreign),
    longString: d.string({ minLength: 250, maxLength: 400 }),
    pattern: d.string({ pattern: '^[a-z]{2,6}-\\d+$' }),
    foreignInArray: d.array(foreign),
    mappedInTuple: d.tuple([mapped, d.filtered(d.integer({ min: 0, max: 99 }), (x) => x % 2 === 0)]),
  };
}

describe('internal generation path', () => {
  it('[GEN] returns the value and complexity randomArbitrary returns, from the same draws', () => {
    for (const [name, m] of Object.entries(mutators())) {
      const g = genOf(m);
      for (const budget of [0, 20, 300, 5000]) {
        const a = createRng(7);
        const b = createRng(7);
        for (let i = 0; i < 60; i++) {
          const r = m.randomArbitrary(a, budget);
          const v = g[GEN](b, budget);
          expect(key(v), `${name} at budget ${budget}`).toBe(key(r.value));
          expect(genC[0]).toBe(r.complexity);
          expect(Math.abs(m.complexity(r.value, m.validateValue(r.value)) - r.complexity)).toBeLessThan(0.01);
        }
        expect(a.u32()).toBe(b.u32());
      }
    }
    expect(typeof (mutators().foreignInArray as unknown as { elem: Record<symbol, unknown> }).elem[GEN]).toBe('undefined');
  });

  it('randomChars equals the per-character loop for seeded, word-driven and byte-driven Rngs', () => {
    const makers: Array<(s: number) => Rng> = [
      (s) => createRng(s),
      (s) => new Words(createRng(s)),
      (s) => d.createByteRng(createRng(s + 1000).bigint(0n, 1n) === 0n ? new Uint8Array(5000).map((_, i) => (i * 37 + s) & 255) : new Uint8Array(300).map((_, i) => (i * 11 + s) & 255)),
    ];
    for (const make of makers) {
      for (let n = 1; n <= 300; n += n < 40 ? 1 : 37) {
        const a = make(n);
        const b = make(n);
        let s = '';
        while (s.length < n) s += randomChar(a, n - s.length);
        expect(randomChars(b, n)).toBe(s);
        expect(b.u32()).toBe(a.u32());
      }
    }
  });

  it('randomChars on a seeded Rng equals the loop when a draw is rejected (state set so word 2 is 2^32 - 1)', () => {
    // sfc32 from (a, b, c, d) = (2 + r, 0, 0, -2): word 1 is r (the kind), word 2 is 0xffffffff,
    // above every kind's rejection limit, so each kind takes its rare rejection path
    for (let r = 0; r < 32; r++) {
      for (const n of [1, 2, 5]) {
        const a = createRng(1);
        const b = createRng(1);
        (a as unknown as { s: Int32Array }).s.set([2 + r, 0, 0, -2]);
        (b as unknown as { s: Int32Array }).s.set([2 + r, 0, 0, -2]);
        const w = new Words(a);
        let s = '';
        while (s.length < n) s += randomChar(w, n - s.length);
        expect(randomChars(b, n), `kind ${r}, length ${n}`).toBe(s);
        expect(b.u32()).toBe(a.u32());
      }
    }
  });

  it("json strings' fast characters equal the generic ones", () => {
    for (let seed = 1; seed < 40; seed++) {
      const a = createRng(seed);
      const b = new Overridden(createRng(seed));
      for (let len = 1; len <= 32; len++) expect(jsonChars(a, len)).toBe(jsonChars(b, len));
      expect(a.u32()).toBe(b.u32());
    }
  });
});
