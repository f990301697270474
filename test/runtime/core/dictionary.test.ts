import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryNumber, addDictionaryString, bigint, clearDictionary, createRng, integer, number, string } from '../../../src/index.js';
import { dictionarySize } from '../../../src/internal.js';
import { pickDictionaryNumber, pickDictionaryString } from '../../../src/runtime/core/dictionary.js';

describe('comparison dictionary', () => {
  afterEach(() => clearDictionary());
  it('counts distinct entries and clears', () => {
    expect(dictionarySize()).toBe(0);
    addDictionaryNumber(1.5);
    addDictionaryNumber(1.5);
    addDictionaryString('a');
    addDictionaryString('a');
    expect(dictionarySize()).toBe(2);
    addDictionaryNumber(7); // a safe integer is also offered to bigint mutators
    expect(dictionarySize()).toBe(4);
    clearDictionary();
    expect(dictionarySize()).toBe(0);
  });
  it('stays bounded, overwriting the oldest entries', () => {
    for (let i = 0; i < 10000; i++) addDictionaryString(`s${i}`);
    expect(dictionarySize()).toBe(4096);
    const rng = createRng(1);
    expect(pickDictionaryString(rng, (s) => s === 's0')).toBeUndefined();
    expect(pickDictionaryString(rng, () => true)).toMatch(/^s\d+$/);
  });
  it('hands out only values that fit', () => {
    addDictionaryNumber(5);
    addDictionaryNumber(500);
    const rng = createRng(2);
    for (let i = 0; i < 50; i++) expect(pickDictionaryNumber(rng, (n) => n < 100)).toBe(5);
  });
  it('is used by about 1 in 8 random mutations of integer, number, bigint and string', () => {
    addDictionaryNumber(31337);
    addDictionaryString('needle');
    const rng = createRng(3);
    const N = 4000;
    const i = integer();
    const n = number();
    const b = bigint();
    const s = string();
    const rate = (hits: number): number => hits / N;
    let hi = 0;
    let hn = 0;
    let hb = 0;
    let hs = 0;
    for (let k = 0; k < N; k++) {
      if (i.randomMutate(1, 1, rng).value === 31337) hi++;
      if (n.randomMutate(1, 1, rng, 64).value === 31337) hn++;
      if (b.randomMutate(1n, 1, rng).value === 31337n) hb++;
      if (s.randomMutate('x', 1, rng, 256).value.includes('needle')) hs++;
    }
    for (const r of [hi, hn, hb, hs].map(rate)) {
      expect(r).toBeGreaterThan(0.08);
      expect(r).toBeLessThan(0.17);
    }
  });
  it('is not used when empty or when nothing fits', () => {
    addDictionaryNumber(-3);
    const m = integer({ min: 0, max: 10 });
    const rng = createRng(4);
    for (let k = 0; k < 500; k++) expect(m.randomMutate(5, 1, rng).value).toBeGreaterThanOrEqual(0);
  });
  it('rejects values of the wrong type naming the argument', () => {
    expect(() => addDictionaryNumber('1' as unknown as number)).toThrow(/'n'/);
    expect(() => addDictionaryString(1 as unknown as string)).toThrow(/'s'/);
  });
});
