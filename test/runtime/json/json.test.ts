import { describe, expect, it } from 'vitest';
import { checkMutator, createRng, deepClone, deepEqual, json, jsonSerializer, valueKey, type Json } from '../../../src/index.js';

function kinds(v: Json, out: Set<string>, depth = 0): number {
  out.add(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  let d = depth;
  if (Array.isArray(v)) for (const x of v) d = Math.max(d, kinds(x, out, depth + 1));
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) d = Math.max(d, kinds(x, out, depth + 1));
  return d;
}

describe('json', () => {
  const m = json();
  it('passes the laws', () => {
    checkMutator(m, { runs: 150, serializer: jsonSerializer(m) });
    checkMutator(m, { runs: 20, maxComplexity: 3000, mutationsPerRun: 6, orderedLimit: 32, serializer: jsonSerializer(m) });
  });
  it('produces every JSON kind, nested, and only JSON (JSON.stringify round trip)', () => {
    const rng = createRng(8);
    const seen = new Set<string>();
    let maxDepth = 0;
    for (let i = 0; i < 300; i++) {
      const v = m.randomArbitrary(rng, 300).value;
      maxDepth = Math.max(maxDepth, kinds(v, seen));
      if (!JSON.stringify(v).includes('-0')) expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    }
    expect(seen).toEqual(new Set(['null', 'boolean', 'number', 'string', 'array', 'object']));
    expect(maxDepth).toBeGreaterThan(2);
  });
  it('rejects non-JSON values', () => {
    for (const bad of [undefined, NaN, Infinity, 1n, new Date(0), new Map(), [1, undefined], { a: () => 1 }]) {
      expect(m.validateValue(bad as never)).toBeUndefined();
    }
  });
  it('stays within budgets up to 10000 and mutation switches kinds with exact undo', () => {
    const rng = createRng(9);
    for (const b of [5, 100, 10000]) {
      const g = m.randomArbitrary(rng, b);
      expect(g.complexity).toBeLessThanOrEqual(b + 1e-6);
      const c = m.validateValue(g.value)!;
      const before = deepClone(g.value);
      const cb = deepClone(c);
      let v = g.value;
      for (let k = 0; k < 50; k++) {
        const r = m.randomMutate(v, c, rng, b);
        v = m.unmutate(r.value, c, r.token);
        expect(deepEqual(v, before)).toBe(true);
        expect(deepEqual(c, cb)).toBe(true);
      }
    }
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 6 }, () => valueKey(m.randomArbitrary(rng, 60).value))).toMatchSnapshot();
  });
});
