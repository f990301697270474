/**
 * string/chars.ts promises the random character mix of strings: `randomChar` gives one code unit,
 * or one astral surrogate pair only when the room allows 2, drawn from ASCII letters and
 * punctuation, whitespace and control characters, non-ASCII and astral characters; `randomChars`
 * gives exactly n code units, as the per-character loop would. Generated strings never hold lone
 * surrogates. This file checks lengths, well-formedness, the mix's proportions and INTERESTING.
 */
import { describe, expect, it } from 'vitest';
import { INTERESTING, randomChar, randomChars } from '../../../src/runtime/string/chars.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { Words } from '../words-rng.js';

const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

function kindOf(c: string): 'alnum' | 'ascii' | 'control' | 'bmp' | 'astral' {
  const u = c.charCodeAt(0);
  if (c.length === 2) return 'astral';
  if (/^[A-Za-z0-9]$/.test(c)) return 'alnum';
  if (u >= 0x20 && u < 0x7f) return 'ascii';
  if (u < 0x20 || u === 0x7f) return 'control';
  return 'bmp';
}

describe('randomChar', () => {
  it('gives one code unit or one surrogate pair, never a lone surrogate', () => {
    const rng = createRng(1);
    let bad = 0;
    for (let i = 0; i < 20_000; i++) {
      const c = randomChar(rng, 8);
      if (!(c.length === 1 || (c.length === 2 && c.codePointAt(0)! > 0xffff)) || !isWellFormed(c)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('never gives an astral character when the room is 1', () => {
    const rng = createRng(2);
    let max = 0;
    for (let i = 0; i < 20_000; i++) max = Math.max(max, randomChar(rng, 1).length);
    expect(max).toBe(1);
  });

  it('mixes the kinds in about the documented proportions (out of 32)', () => {
    const rng = createRng(3);
    const counts = { alnum: 0, ascii: 0, control: 0, bmp: 0, astral: 0 };
    const N = 64_000;
    for (let i = 0; i < N; i++) counts[kindOf(randomChar(rng, 2))]++;
    // alnum: 12/32 plus the printable range's letters and digits; astral: 2/32
    expect(counts.alnum / N).toBeGreaterThan(12 / 32);
    expect(counts.alnum / N).toBeLessThan(15 / 32);
    expect(counts.astral / N).toBeCloseTo(2 / 32, 1);
    expect(counts.control).toBeGreaterThan(0);
    expect(counts.bmp / N).toBeGreaterThan(4 / 32); // non-ASCII list, the BMP range and some whitespace
  });

  it('reaches the whole BMP range below the surrogates and the whole astral range', () => {
    const rng = createRng(4);
    let hiBmp = 0;
    let hiAstral = 0;
    let surrogates = 0;
    for (let i = 0; i < 50_000; i++) {
      const c = randomChar(rng, 2);
      const cp = c.codePointAt(0)!;
      if (c.length === 1 && cp < 0xd800) hiBmp = Math.max(hiBmp, cp);
      if (c.length === 2) hiAstral = Math.max(hiAstral, cp);
      if (cp >= 0xd800 && cp <= 0xdfff) surrogates++;
    }
    expect(surrogates).toBe(0);
    expect(hiBmp).toBeGreaterThan(0xd000);
    expect(hiAstral).toBeGreaterThan(0xf0000);
  });
});

describe('randomChars', () => {
  it('gives exactly n code units, well-formed, for short and long lengths', () => {
    const rng = createRng(5);
    for (const n of [0, 1, 2, 3, 7, 64, 255, 256, 257, 1000]) {
      for (let k = 0; k < 20; k++) {
        const s = randomChars(rng, n);
        expect(s.length).toBe(n);
        expect(isWellFormed(s)).toBe(true);
      }
    }
  });

  it("gives the per-character loop's string through the generic path too", () => {
    for (const n of [1, 5, 40, 300]) {
      const a = new Words(createRng(n));
      const b = new Words(createRng(n));
      let s = '';
      while (s.length < n) s += randomChar(a, n - s.length);
      expect(randomChars(b, n)).toBe(s);
    }
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(randomChars(createRng(9), 50)).toBe(randomChars(createRng(9), 50));
    expect(randomChars(createRng(9), 50)).not.toBe(randomChars(createRng(10), 50));
  });
});

describe('INTERESTING', () => {
  it('lists distinct, well-formed strings including the classic troublemakers', () => {
    expect(new Set(INTERESTING).size).toBe(INTERESTING.length);
    for (const s of ['', '__proto__', 'constructor', 'null', 'NaN', '\0']) expect(INTERESTING).toContain(s);
    for (const s of INTERESTING) expect(isWellFormed(s)).toBe(true);
  });
});
