import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryString, checkMutator, clearDictionary, createRng, jsonSerializer, MutatorArgumentError, string, stringSerializer, type StringOptions } from '../../../src/index.js';

function draws(o: StringOptions, n: number, budget = 256, seed = 1): string[] {
  const m = string(o);
  const rng = createRng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = m.randomArbitrary(rng, budget).value;
    out.push(v, m.randomMutate(v, 1, rng, budget).value);
  }
  return out;
}
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

describe('string', () => {
  afterEach(() => clearDictionary());
  it('passes the laws with several option sets', () => {
    const sets: StringOptions[] = [{}, { minLength: 2, maxLength: 5 }, { minLength: 3, maxLength: 3 }, { maxLength: 0 }, { pattern: '^[a-z]{2,6}-\\d+$' }, { format: 'uuid' }, { format: 'email', maxLength: 40 }];
    for (const o of sets) {
      const m = string(o);
      checkMutator(m, { runs: 60 });
      checkMutator(m, { runs: 25, seed: 3, serializer: jsonSerializer(m) });
    }
    checkMutator(string(), { runs: 40, serializer: stringSerializer() });
  });
  it('respects length bounds in code units and never makes lone surrogates', () => {
    const xs = draws({ minLength: 2, maxLength: 9 }, 2000);
    expect(xs.every((s) => s.length >= 2 && s.length <= 9 && wellFormed(s))).toBe(true);
    expect(draws({}, 2000).every(wellFormed)).toBe(true);
  });
  it('mixes ASCII, punctuation, whitespace, non-ASCII and astral characters', () => {
    const all = draws({}, 800).join('');
    expect(all).toMatch(/[a-zA-Z]/);
    expect(all).toMatch(/\d/);
    expect(all).toMatch(/[!-/:-@[-`{-~]/);
    expect(all).toMatch(/\s/);
    expect(all).toMatch(/[\u0080-\uffff]/);
    expect(all).toMatch(/[\ud800-\udbff][\udc00-\udfff]/);
  });
  it('bounds the length by the complexity budget (9 bits per unit)', () => {
    const xs = draws({}, 500, 90);
    expect(Math.max(...xs.map((s) => s.length))).toBeLessThanOrEqual(10);
    expect(string().complexity('abc')).toBe(27);
    expect(string({ minLength: 4, maxLength: 4 }).complexity('abcd')).toBe(32);
  });
  it('mutation produces a different string', () => {
    const m = string({ maxLength: 8 });
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) {
      const v = m.randomArbitrary(rng, 256).value;
      expect(m.randomMutate(v, 1, rng, 256).value).not.toBe(v);
    }
  });
  it('orderedArbitrary starts with the empty string and has no duplicates', () => {
    const m = string();
    const s = m.defaultArbitraryStep();
    const xs = Array.from({ length: 50 }, () => m.orderedArbitrary(s, 100)?.value);
    expect(xs[0]).toBe('');
    expect(new Set(xs).size).toBe(50);
  });
  it('uses dictionary strings', () => {
    addDictionaryString('MAGIC');
    const m = string({ maxLength: 30 });
    const rng = createRng(6);
    const xs = Array.from({ length: 400 }, () => m.randomMutate('hello', 1, rng, 256).value);
    expect(xs.filter((x) => x.includes('MAGIC')).length).toBeGreaterThan(10);
  });
  it('validates type and lengths', () => {
    const m = string({ minLength: 1, maxLength: 3 });
    expect(m.validateValue('ab')).toBeDefined();
    for (const bad of ['', 'abcd', 5 as unknown as string, null as unknown as string]) expect(m.validateValue(bad)).toBeUndefined();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => string({ minLength: -1 })).toThrow(/'minLength'/);
    expect(() => string({ minLength: 5, maxLength: 2 })).toThrow(/'minLength'/);
    expect(() => string({ maxLength: 1.5 })).toThrow(/'maxLength'/);
    expect(() => string({ format: 'color' })).toThrow(/'format'.*unknown format "color"/);
    expect(() => string({ format: 'uuid', maxLength: 10 })).toThrow(/'format'/);
    expect(() => string({ pattern: '\\d{4}', maxLength: 3 })).toThrow(/'pattern'/);
    expect(() => string({ pattern: '(' })).toThrow(MutatorArgumentError);
  });
  it('is seeded (seed 42 snapshot)', () => {
    for (const o of [{}, { maxLength: 4 }, { pattern: '^[A-Z][a-z]{1,4}$' }, { format: 'ipv4' }]) {
      const rng = createRng(42);
      const m = string(o);
      expect(Array.from({ length: 10 }, () => m.randomArbitrary(rng, 128).value)).toMatchSnapshot();
    }
  });
});
