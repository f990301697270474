/**
 * The mutation tables: `mutationTable` expands weights into consecutive slots, one uniform draw
 * picks the first slot, entries that do not apply hand over in turn, `drawOne` is the draw alone,
 * and each container's every entry is reachable and undone exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyOneOf, drawOne, mutationTable, type Mutation } from '../../../src/runtime/core/mutation-table.js';
import { ARRAY_MUTATIONS } from '../../../src/runtime/array/mutation-table.js';
import { KEYED_MUTATIONS } from '../../../src/runtime/keyed/mutations.js';
import { TUPLE_MUTATIONS } from '../../../src/runtime/tuple/mutation-table.js';
import { array, createRng, deepClone, deepEqual, integer, map, tuple } from '../../../src/index.js';

const entry = (name: string, applies: boolean, log: string[], weight?: number): Mutation<null, null, null, string> => ({
  name,
  ...(weight === undefined ? {} : { weight }),
  apply: () => {
    log.push(name);
    return applies ? name : undefined;
  },
});

describe('applyOneOf', () => {
  it('skips entries that do not apply, in turn from the drawn one', () => {
    const log: string[] = [];
    const table = [entry('a', false, log), entry('b', false, log), entry('c', true, log)];
    const rng = createRng(1);
    for (let i = 0; i < 30; i++) expect(applyOneOf(table, null, null, null, rng, 0)).toBe('c');
    // every pass ends at c and starts anywhere: a pass never tries an entry twice
    expect(log.filter((n) => n === 'c').length).toBe(30);
    expect(log.length).toBeLessThanOrEqual(90);
  });

  it('returns undefined when nothing applies, after trying each entry once', () => {
    const log: string[] = [];
    expect(applyOneOf([entry('a', false, log), entry('b', false, log)], null, null, null, createRng(2), 0)).toBeUndefined();
    expect(log.sort()).toEqual(['a', 'b']);
  });

  it('gives an entry of weight 2 twice the weight', () => {
    const log: string[] = [];
    const table = mutationTable([entry('a', true, log, 2), entry('b', true, log)]);
    const rng = createRng(3);
    for (let i = 0; i < 3000; i++) applyOneOf(table, null, null, null, rng, 0);
    const share = log.filter((n) => n === 'a').length / log.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.73);
  });
});

describe('mutationTable', () => {
  it('expands each entry into weight consecutive slots, in the order listed (weight 1 by default)', () => {
    const [a, b, c] = [entry('a', true, [], 3), entry('b', true, []), entry('c', true, [], 2)];
    expect(mutationTable([a, b, c]).map((e) => e.name).join('')).toBe('aaabcc');
  });

  it('draws and falls through exactly as the same entries listed out by hand', () => {
    const logA: string[] = [];
    const logB: string[] = [];
    const weighted = mutationTable([entry('x', false, logA, 2), entry('y', false, logA), entry('z', true, logA)]);
    const x = entry('x', false, logB);
    const listed = [x, x, entry('y', false, logB), entry('z', true, logB)];
    const r1 = createRng(7);
    const r2 = createRng(7);
    for (let i = 0; i < 200; i++) applyOneOf(weighted, null, null, null, r1, 0);
    for (let i = 0; i < 200; i++) applyOneOf(listed, null, null, null, r2, 0);
    expect(logA).toEqual(logB);
    expect(r1.u32()).toBe(r2.u32());
  });

  it('rejects a weight that is not a positive integer', () => {
    for (const w of [0, -1, 1.5, NaN]) expect(() => mutationTable([entry('bad', true, [], w)])).toThrow(/bad.*positive integers/);
  });

  it('drawOne makes one below(slots) draw', () => {
    const slots = mutationTable([entry('a', true, [], 3), entry('b', true, [])]);
    const r1 = createRng(9);
    const r2 = createRng(9);
    for (let i = 0; i < 50; i++) expect(drawOne(slots, r1)).toBe(slots[r2.below(4)]);
  });
});

describe('container tables', () => {
  it('name each mutation once', () => {
    for (const table of [ARRAY_MUTATIONS, KEYED_MUTATIONS]) expect(new Set(table.map((m) => m.name)).size).toBe(table.length);
    expect(new Set(TUPLE_MUTATIONS.map((m) => m.name)).size).toBe(3);
  });

  it('reach every array mutation, each undone exactly', () => {
    const m = array(integer({ min: 0, max: 9 }), { maxItems: 6 });
    const rng = createRng(4);
    const seen = new Set<string>();
    for (let run = 0; run < 200; run++) {
      const g = m.randomArbitrary(rng, 40);
      const cache = m.validateValue(g.value)!;
      const before = deepClone(g.value);
      const lengths = g.value.length;
      const r = m.randomMutate(g.value, cache, rng, 60);
      seen.add(r.value.length > lengths ? 'grew' : r.value.length < lengths ? 'shrank' : deepEqual(r.value, before) ? 'same' : 'changed');
      expect(m.unmutate(r.value, cache, r.token)).toEqual(before);
    }
    for (const kind of ['grew', 'shrank', 'changed']) expect(seen, kind).toContain(kind);
  });

  it('reach insert, remove and value/key mutations of a map', () => {
    const m = map(integer({ min: 0, max: 50 }), integer({ min: 0, max: 3 }), { maxItems: 5 });
    const rng = createRng(5);
    let grew = 0, shrank = 0, changed = 0;
    for (let run = 0; run < 300; run++) {
      const g = m.randomArbitrary(rng, 40);
      const cache = m.validateValue(g.value)!;
      const before = new Map(g.value);
      const r = m.randomMutate(g.value, cache, rng, 80);
      if (r.value.size > before.size) grew++;
      else if (r.value.size < before.size) shrank++;
      else if (!deepEqual(r.value, before)) changed++;
      expect(m.unmutate(r.value, cache, r.token)).toEqual(before);
    }
    expect(grew).toBeGreaterThan(20);
    expect(shrank).toBeGreaterThan(20);
    expect(changed).toBeGreaterThan(20);
  });

  it('reach append and remove on a tuple with optional and rest elements', () => {
    const m = tuple([integer({ min: 0, max: 9 }), integer({ min: 0, max: 9 })], { required: 1, rest: integer({ min: 0, max: 9 }) });
    const rng = createRng(6);
    const lengths = new Set<number>();
    for (let run = 0; run < 200; run++) {
      const g = m.randomArbitrary(rng, 30);
      const cache = m.validateValue(g.value)!;
      const before = [...g.value];
      const r = m.randomMutate(g.value, cache, rng, 60);
      lengths.add(r.value.length - before.length);
      expect(m.unmutate(r.value, cache, r.token)).toEqual(before);
    }
    expect([...lengths].sort()).toEqual([-1, 0, 1]);
  });
});
