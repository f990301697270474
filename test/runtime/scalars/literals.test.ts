import { describe, expect, it } from 'vitest';
import { array, checkMutator, createRng, jsonSerializer, literals, MutatorArgumentError, object, swarmScope } from '../../../src/index.js';

describe('literals', () => {
  it('passes the laws (swarm on and off), also inside a container and a swarm scope', () => {
    for (const swarm of [true, false]) {
      const m = literals(['red', 'green', 'blue', 7, -0, null, undefined, 10n, true], { swarm });
      checkMutator(m);
      const a = swarmScope(array(m));
      checkMutator(a, { runs: 80, serializer: jsonSerializer(a) });
    }
  });
  it('tells -0 from 0 and rejects non-members', () => {
    const m = literals([-0, 'a']);
    expect(m.validateValue(-0)).toBeDefined();
    expect(m.validateValue(0 as never)).toBeUndefined();
    expect(m.validateValue('b' as never)).toBeUndefined();
  });
  it('ordered arbitrary enumerates each member once; ordered mutation visits every other member once', () => {
    const m = literals(['a', 'b', 'c', 'd']);
    const step = m.defaultArbitraryStep();
    const xs: unknown[] = [];
    for (let g = m.orderedArbitrary(step, 10); g; g = m.orderedArbitrary(step, 10)) xs.push(g.value);
    expect(xs).toEqual(['a', 'b', 'c', 'd']);
    const c = m.validateValue('b')!;
    const ms = m.defaultMutationStep();
    const ys: unknown[] = [];
    for (let r = m.orderedMutate('b', c, ms); r; r = m.orderedMutate('b', c, ms)) ys.push(r.value);
    expect(ys.sort()).toEqual(['a', 'c', 'd']);
    expect(m.complexity()).toBe(2);
  });
  it('honours weights', () => {
    const m = literals(['x', 'y', 'z'], { weights: [8, 1, 0], swarm: false });
    const rng = createRng(4);
    const n = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 9000; i++) n[m.randomArbitrary(rng).value]++;
    expect(n.z).toBe(0);
    expect(n.x / 9000).toBeGreaterThan(0.86);
    expect(n.x / 9000).toBeLessThan(0.92);
  });
  it('swarm: the enums of one value share a subset, which varies between values', () => {
    const e = literals(['a', 'b', 'c', 'd', 'e', 'f']);
    const m = swarmScope(object<{ xs: string[]; ys: string[] }>({ xs: array(e, { minItems: 30, maxItems: 30 }), ys: array(e, { minItems: 30, maxItems: 30 }) }));
    const rng = createRng(8);
    const sizes: number[] = [];
    let allSeen = 0;
    for (let i = 0; i < 200; i++) {
      const v = m.randomArbitrary(rng, 1e6).value;
      const s = new Set([...v.xs, ...v.ys]);
      sizes.push(s.size);
      if (s.size === 6) allSeen++;
    }
    // p = 1/2 per member: about three members on; one value in four all-enabled
    expect(sizes.filter((s) => s <= 3).length).toBeGreaterThan(60);
    expect(allSeen).toBeGreaterThan(30);
    // without swarm nearly every value shows all six
    const off = swarmScope(object<{ xs: string[] }>({ xs: array(literals(['a', 'b', 'c', 'd', 'e', 'f'], { swarm: false }), { minItems: 30, maxItems: 30 }) }));
    const offAll = Array.from({ length: 100 }, () => new Set(off.randomArbitrary(rng, 1e6).value.xs).size).filter((s) => s === 6).length;
    expect(offAll).toBeGreaterThan(90);
  });
  it('rejects bad arguments, naming them', () => {
    expect(() => literals([])).toThrow(MutatorArgumentError);
    expect(() => literals(['a', 'a'])).toThrow(/'values'/);
    expect(() => literals([{}] as never)).toThrow(/values\[0\]/);
    expect(() => literals(['a', 'b'], { weights: [1] })).toThrow(/'weights'/);
    expect(() => literals(['a', 'b'], { weights: [1, NaN] })).toThrow(/weights\[1\]/);
  });
});
