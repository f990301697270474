/**
 * The mutation tables: one uniform draw picks the first entry, entries that do not apply hand
 * over in turn, and each container's every entry is reachable and undone exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyOneOf, type Mutation } from '../../../src/runtime/core/mutation-table.js';
import { ARRAY_MUTATIONS } from '../../../src/runtime/array/mutation-table.js';
import { KEYED_MUTATIONS } from '../../../src/runtime/keyed/mutations.js';
import { TUPLE_MUTATIONS } from '../../../src/runtime/tuple/mutation-table.js';
import { array, createRng, deepClone, deepEqual, integer, map, tuple } from '../../../src/index.js';

const entry = (name: string, applies: boolean, log: string[]): Mutation<null, null, null, string> => ({
  name,
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

  it('gives an entry listed twice twice the weight', () => {
    const log: string[] = [];
    const a = entry('a', true, log);
    const table = [a, a, entry('b', true, log)];
    const rng = createRng(3);
    for (let i = 0; i < 3000; i++) applyOneOf(table, null, null, null, rng, 0);
    const share = log.filter((n) => n === 'a').length / log.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.73);
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
