import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryNumber, checkMutator, clearDictionary, createRng, date, jsonSerializer, MutatorArgumentError } from '../../../src/index.js';

describe('date', () => {
  afterEach(() => clearDictionary());
  it('passes the laws with several option sets', () => {
    for (const o of [{}, { min: new Date(0), max: new Date('2030-01-01') }, { min: new Date(5), max: new Date(9) }]) {
      const m = date(o);
      checkMutator(m, { runs: 80 });
      checkMutator(m, { runs: 30, seed: 4, serializer: jsonSerializer(m) });
    }
  });
  it('generates valid dates including the epoch and the range boundaries', () => {
    const m = date();
    const rng = createRng(1);
    const ts = Array.from({ length: 2000 }, () => m.randomArbitrary(rng).value.getTime());
    expect(ts.every((t) => Number.isInteger(t) && Math.abs(t) <= 8.64e15)).toBe(true);
    expect(ts).toContain(0);
    expect(ts).toContain(8.64e15);
    expect(ts).toContain(-8.64e15);
    expect(ts.filter((t) => t >= 0 && t < 4102444800000).length).toBeGreaterThan(800);
  });
  it('enumerates interesting instants first', () => {
    const m = date();
    const s = m.defaultArbitraryStep();
    expect(Array.from({ length: 4 }, () => m.orderedArbitrary(s)!.value.toISOString())).toEqual(['1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '1970-01-01T00:00:00.001Z', '2000-01-01T00:00:00.000Z']);
    const small = date({ min: new Date(0), max: new Date(2) });
    const s2 = small.defaultArbitraryStep();
    const xs = [];
    for (let g = small.orderedArbitrary(s2); g !== undefined; g = small.orderedArbitrary(s2)) xs.push(g.value.getTime());
    expect(xs.sort()).toEqual([0, 1, 2]);
  });
  it('mutates in place within bounds and unmutates', () => {
    const m = date({ min: new Date('2000-01-01'), max: new Date('2001-01-01') });
    const rng = createRng(2);
    const d = new Date('2000-06-15T12:00:00Z');
    for (let i = 0; i < 1000; i++) {
      const r = m.randomMutate(d, 1, rng);
      expect(r.value).toBe(d);
      expect(m.validateValue(d)).toBeDefined();
      expect(d.getTime()).not.toBe(Date.parse('2000-06-15T12:00:00Z'));
      m.unmutate(d, 1, r.token);
      expect(d.toISOString()).toBe('2000-06-15T12:00:00.000Z');
    }
  });
  it('rejects invalid dates and non-dates; bad arguments throw', () => {
    const m = date();
    expect(m.validateValue(new Date(NaN))).toBeUndefined();
    expect(m.validateValue(0 as unknown as Date)).toBeUndefined();
    expect(() => date({ min: new Date(5), max: new Date(1) })).toThrow(/'min'/);
    expect(() => date({ max: new Date('nope') })).toThrow(MutatorArgumentError);
  });
  it('uses dictionary numbers as timestamps', () => {
    addDictionaryNumber(1234567890123);
    const m = date();
    const rng = createRng(3);
    let hits = 0;
    for (let i = 0; i < 400; i++) if (m.randomMutate(new Date(0), 1, rng).value.getTime() === 1234567890123) hits++;
    expect(hits).toBeGreaterThan(10);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    const m = date();
    expect(Array.from({ length: 10 }, () => m.randomArbitrary(rng).value.toISOString())).toMatchSnapshot();
  });
});
