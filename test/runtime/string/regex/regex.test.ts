/**
 * string/regex/regex.ts promises `patternLanguage(pattern)`: a Language that generates strings
 * the pattern's RegExp accepts, with length bounds read from the tree, aiming at a length limit
 * (and falling back to a shortest member when nothing shorter exists), a shortest member, one
 * cached language per pattern, and MutatorArgumentErrors naming the pattern for non-strings,
 * invalid regexes, unsupported syntax and patterns that match no string. The constructs' own
 * generation is checked in test/runtime/string/regex.test.ts; this file checks the rest.
 */
import { describe, expect, it } from 'vitest';
import { patternLanguage } from '../../../../src/runtime/string/regex/regex.js';
import { MutatorArgumentError } from '../../../../src/runtime/core/mutator.js';
import { createRng } from '../../../../src/runtime/core/rng.js';

const bounds = (p: string): [number, number] => {
  const l = patternLanguage(p);
  return [l.minLength, l.maxLength];
};

describe('length bounds', () => {
  it('reads them from the tree: sequences add, alternatives take min and max, repetitions multiply', () => {
    expect(bounds('^abc$')).toEqual([3, 3]);
    expect(bounds('^(a|bcd)$')).toEqual([1, 3]);
    expect(bounds('^(ab){2,3}$')).toEqual([4, 6]);
    expect(bounds('^x?y*$')).toEqual([0, Infinity]);
    expect(bounds('^[a-z]{0}$')).toEqual([0, 0]);
    expect(bounds('^(|abc)$')).toEqual([0, 3]);
    expect(bounds('^\\u00e9\\x41$')).toEqual([2, 2]);
  });

  it('keeps every generated string within the bounds', () => {
    const rng = createRng(1);
    for (const p of ['^(a|bcd){1,3}$', '^[0-9]{2,5}(-[a-f]{1,2})?$', '^(x(yz)?){0,4}$']) {
      const l = patternLanguage(p);
      for (let i = 0; i < 300; i++) {
        const s = l.generate(rng, 100);
        expect(s.length).toBeGreaterThanOrEqual(l.minLength);
        expect(s.length).toBeLessThanOrEqual(l.maxLength);
        expect(l.test(s)).toBe(true);
      }
    }
  });
});

describe('generate and shortest', () => {
  it('gives the shortest member when the limit is below every member', () => {
    const l = patternLanguage('^(hello|hi) world$');
    const rng = createRng(2);
    expect(l.shortest()).toBe('hi world');
    for (let i = 0; i < 50; i++) expect(l.generate(rng, 0)).toBe('hi world');
  });

  it('picks the shortest alternative and the fewest repetitions for shortest()', () => {
    expect(patternLanguage('^(abc|d|ef)+x{2,}$').shortest()).toBe('dxx');
    expect(patternLanguage('^[q-z]$').shortest()).toBe('q');
  });

  it('aims at the limit: short limits give short strings when they exist', () => {
    const l = patternLanguage('^a{1,50}$');
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) expect(l.generate(rng, 4).length).toBeLessThanOrEqual(4);
  });

  it('never generates lone surrogates, even from negated classes and dot', () => {
    const rng = createRng(4);
    for (const p of ['^[^a]{5}$', '^.{5}$', '^[\\s\\S]{5}$']) {
      const l = patternLanguage(p);
      for (let i = 0; i < 200; i++) expect(/[\ud800-\udfff]/.test(l.generate(rng, 10))).toBe(false);
    }
  });
});

describe('patternLanguage arguments', () => {
  it('returns the same language for the same pattern', () => {
    expect(patternLanguage('^cached$')).toBe(patternLanguage('^cached$'));
  });

  it('names the pattern in every error', () => {
    const error = (p: unknown): string => {
      try {
        patternLanguage(p as string);
      } catch (e) {
        expect(e).toBeInstanceOf(MutatorArgumentError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error(5)).toBe("string: invalid argument 'pattern': must be a string, got number");
    expect(error('a(')).toMatch(/^string: invalid argument 'pattern': \/a\(\/ is not a valid regular expression: /);
    expect(error('[^\\s\\S]')).toBe("string: invalid argument 'pattern': /[^\\s\\S]/ matches no string");
    expect(error('x(?!y)')).toMatch(/\/x\(\?!y\)\/ uses lookaround/);
  });
});
