import { describe, expect, it } from 'vitest';
import { checkMutator, createRng, jsonSerializer, MutatorArgumentError, string } from '../../../src/index.js';
import { patternLanguage } from '../../../src/runtime/string/regex/regex.js';

const PATTERNS = [
  '^[a-z]+$',
  '^\\d{3}-\\d{4}$',
  '^(foo|bar|baz)?_[A-Z0-9]{2,}$',
  '^[^aeiou\\s]{1,5}$',
  '\\w+@\\w+\\.com',
  '^(?:ab|cd)*?e{0,2}$',
  '^(?<year>\\d{4})-(0[1-9]|1[0-2])$',
  '^\\S\\s\\D\\W$',
  '^.{2,4}$',
  '^a\\.b\\*c\\+\\?\\(\\)\\[\\]\\{\\}\\\\$',
  '^[\\x41-\\x43\\u0394\\t-]+$',
  'x{,}y',
  '^\\$\\d+(\\.\\d\\d)?$',
  '^$',
];

describe('regex subset', () => {
  it('generates strings that the RegExp accepts, for every construct', () => {
    const rng = createRng(1);
    for (const p of PATTERNS) {
      const lang = patternLanguage(p);
      const re = new RegExp(p);
      for (let i = 0; i < 200; i++) {
        const s = lang.generate(rng, 40);
        expect(re.test(s), `${p} -> ${JSON.stringify(s)}`).toBe(true);
      }
    }
  });
  it('produces variety, and the shortest member first', () => {
    const lang = patternLanguage('^(foo|bar|baz)?_[A-Z0-9]{2,}$');
    const rng = createRng(2);
    expect(new Set(Array.from({ length: 200 }, () => lang.generate(rng, 40))).size).toBeGreaterThan(150);
    expect(lang.shortest().length).toBe(3);
    expect([lang.minLength, lang.maxLength]).toEqual([3, Infinity]);
    expect([patternLanguage('^\\d{3}-\\d{4}$').minLength, patternLanguage('^\\d{3}-\\d{4}$').maxLength]).toEqual([8, 8]);
  });
  it('respects the length limit when it can', () => {
    const lang = patternLanguage('^[a-z]+$');
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) expect(lang.generate(rng, 3).length).toBeLessThanOrEqual(3);
  });
  it('pattern strings pass the laws, mutate into other matching strings and validate with the RegExp', () => {
    for (const p of ['^[a-z]{1,8}$', '^(GET|POST) /[a-z]{0,6}$', '^\\d{3}-\\d{4}$']) {
      const m = string({ pattern: p });
      checkMutator(m, { runs: 60, serializer: jsonSerializer(m) });
      const rng = createRng(4);
      const re = new RegExp(p);
      let changed = 0;
      for (let i = 0; i < 200; i++) {
        const v = m.randomArbitrary(rng, 200).value;
        const w = m.randomMutate(v, 1, rng, 200).value;
        expect(re.test(w)).toBe(true);
        if (w !== v) changed++;
      }
      expect(changed).toBeGreaterThan(190);
    }
    const m = string({ pattern: '^ab+$' });
    expect(m.validateValue('abbb')).toBeDefined();
    expect(m.validateValue('ba')).toBeUndefined();
  });
  it('regenerates one derived sub-part of a matching string', () => {
    const lang = patternLanguage('^(GET|POST) /[a-z]{0,6}$');
    const rng = createRng(9);
    const outs = Array.from({ length: 300 }, () => lang.mutateSubPart('GET /abc', rng));
    expect(outs.every((o) => o !== undefined && /^(GET|POST) \/[a-z]{0,6}$/.test(o))).toBe(true);
    expect(outs.some((o) => o!.startsWith('GET /') && o !== 'GET /abc')).toBe(true);
    expect(outs.some((o) => o === 'POST /abc')).toBe(true);
    expect(lang.mutateSubPart('nope', rng)).toBeUndefined();
    // unanchored patterns are derived where RegExp.test finds them
    const u = patternLanguage('\\d+-x');
    const w = u.mutateSubPart('ab12-xcd', rng)!;
    expect(w.startsWith('ab') && w.endsWith('-xcd') && /\d+-x/.test(w)).toBe(true);
  });
  it('ordered generation enumerates a small pattern language completely', () => {
    const m = string({ pattern: '^(a|b)c?$' });
    const step = m.defaultArbitraryStep();
    const out: string[] = [];
    for (let g = m.orderedArbitrary(step, 100); g !== undefined; g = m.orderedArbitrary(step, 100)) out.push(g.value);
    expect(out.sort()).toEqual(['a', 'ac', 'b', 'bc']);
  });
  it('rejects invalid, unsupported and impossible patterns naming the pattern', () => {
    for (const p of ['(', '[a-', 'a**', '(a)\\1', '(?=a)b', '(?<!a)b', '\\bword', '\\p{L}', 'a^b', '[]', 'a{3,1}']) {
      expect(() => string({ pattern: p }), p).toThrow(MutatorArgumentError);
      expect(() => string({ pattern: p }), p).toThrow(/'pattern'/);
    }
    expect(() => string({ pattern: 'a^b' })).toThrow(/a\^b/);
  });
});
