/**
 * string/regex/parse.ts promises a parser of the regex subset into a small tree: literals,
 * character sets as flat sorted code-unit ranges without surrogates (with their size),
 * sequences, alternations, repetitions and anchors; errors are MutatorArgumentErrors naming the
 * pattern and the offset. This file checks the tree for each construct and each error.
 */
import { describe, expect, it } from 'vitest';
import { Parser, type Node } from '../../../../src/runtime/string/regex/parse.js';
import { MutatorArgumentError } from '../../../../src/runtime/core/mutator.js';

function parse(p: string): Node {
  const parser = new Parser(p);
  const n = parser.alt();
  expect(parser.i).toBe(p.length);
  return n;
}
const lit = (s: string): Node => ({ t: 'lit', s });
const set = (...r: number[]): Node => {
  let size = 0;
  for (let i = 0; i < r.length; i += 2) size += r[i + 1]! - r[i]! + 1;
  return { t: 'set', r, size };
};
const code = (c: string): number => c.charCodeAt(0);

describe('Parser: structure', () => {
  it('parses literals into a sequence and a single atom into itself', () => {
    expect(parse('a')).toEqual(lit('a'));
    expect(parse('ab')).toEqual({ t: 'seq', items: [lit('a'), lit('b')] });
    expect(parse('')).toEqual({ t: 'seq', items: [] });
  });

  it('parses alternation, with empty alternatives', () => {
    expect(parse('a|bc|')).toEqual({ t: 'alt', opts: [lit('a'), { t: 'seq', items: [lit('b'), lit('c')] }, { t: 'seq', items: [] }] });
  });

  it('parses capturing, non-capturing and named groups to their content', () => {
    const inner: Node = { t: 'alt', opts: [lit('a'), lit('b')] };
    expect(parse('(a|b)')).toEqual(inner);
    expect(parse('(?:a|b)')).toEqual(inner);
    expect(parse('(?<name_1>a|b)')).toEqual(inner);
    expect(parse('x(?:y)z')).toEqual({ t: 'seq', items: [lit('x'), lit('y'), lit('z')] });
  });

  it('parses anchors', () => {
    expect(parse('^a$')).toEqual({ t: 'seq', items: [{ t: 'anchor', end: false }, lit('a'), { t: 'anchor', end: true }] });
  });
});

describe('Parser: quantifiers', () => {
  it('gives * + ? and the brace forms their bounds', () => {
    const rep = (p: string): [number, number] => {
      const n = parse(p) as Extract<Node, { t: 'rep' }>;
      expect(n.t).toBe('rep');
      expect(n.n).toEqual(lit('a'));
      return [n.min, n.max];
    };
    expect(rep('a*')).toEqual([0, Infinity]);
    expect(rep('a+')).toEqual([1, Infinity]);
    expect(rep('a?')).toEqual([0, 1]);
    expect(rep('a{3}')).toEqual([3, 3]);
    expect(rep('a{2,}')).toEqual([2, Infinity]);
    expect(rep('a{2,5}')).toEqual([2, 5]);
    expect(rep('a{0,0}')).toEqual([0, 0]);
  });

  it('treats lazy quantifiers as the same language', () => {
    expect(parse('a*?')).toEqual(parse('a*'));
    expect(parse('a{1,2}?')).toEqual(parse('a{1,2}'));
  });

  it('applies to the last atom only, and to a whole group', () => {
    expect(parse('ab+')).toEqual({ t: 'seq', items: [lit('a'), { t: 'rep', n: lit('b'), min: 1, max: Infinity }] });
    expect(parse('(ab)?')).toEqual({ t: 'rep', n: { t: 'seq', items: [lit('a'), lit('b')] }, min: 0, max: 1 });
  });

  it("reads a '{' that starts no quantifier as a literal", () => {
    expect(parse('a{')).toEqual({ t: 'seq', items: [lit('a'), lit('{')] });
    expect(parse('a{x}')).toEqual({ t: 'seq', items: [lit('a'), lit('{'), lit('x'), lit('}')] });
  });
});

describe('Parser: character sets', () => {
  it('sorts and merges class ranges', () => {
    expect(parse('[z-za-c_b-d]')).toEqual(set(code('_'), code('_'), code('a'), code('d'), code('z'), code('z')));
    expect(parse('[a-]')).toEqual(set(code('-'), code('-'), code('a'), code('a')));
  });

  it('gives the class escapes their ranges, inside and outside a class', () => {
    expect(parse('\\d')).toEqual(set(48, 57));
    expect(parse('\\w')).toEqual(set(48, 57, 65, 90, 95, 95, 97, 122));
    expect(parse('[\\d_]')).toEqual(set(48, 57, 95, 95));
    const s = parse('\\s') as Extract<Node, { t: 'set' }>;
    expect(s.r.slice(0, 4)).toEqual([9, 13, 32, 32]);
  });

  it('removes surrogates from sets and counts the size without them', () => {
    expect(parse('[\\ud000-\\ue000]')).toEqual(set(0xd000, 0xd7ff, 0xe000, 0xe000));
  });

  it('draws negated classes and negated escapes from the universe, excluding the class', () => {
    const neg = parse('[^a-z]') as Extract<Node, { t: 'set' }>;
    const dot = parse('.') as Extract<Node, { t: 'set' }>;
    const notDigit = parse('\\D') as Extract<Node, { t: 'set' }>;
    const inSet = (n: Extract<Node, { t: 'set' }>, c: number): boolean => n.r.some((_, i) => i % 2 === 0 && n.r[i]! <= c && c <= n.r[i + 1]!);
    expect(inSet(neg, code('m'))).toBe(false);
    expect(inSet(neg, code('A'))).toBe(true);
    expect(neg.size).toBeGreaterThan(50);
    expect(inSet(dot, 10)).toBe(false);
    expect(inSet(dot, 9)).toBe(true);
    expect(inSet(notDigit, code('5'))).toBe(false);
    expect(inSet(notDigit, code('x'))).toBe(true);
  });

  it('reads \\b in a class as backspace', () => {
    expect(parse('[\\b]')).toEqual(set(8, 8));
  });
});

describe('Parser: escapes', () => {
  it('decodes control, hex, unicode and \\c escapes, and escaped metacharacters', () => {
    expect(parse('\\t\\n\\r\\v\\f\\0')).toEqual({ t: 'seq', items: ['\t', '\n', '\r', '\v', '\f', '\0'].map(lit) });
    expect(parse('\\x41')).toEqual(lit('A'));
    expect(parse('\\u00e9')).toEqual(lit('é'));
    expect(parse('\\cJ')).toEqual(lit('\n'));
    expect(parse('\\.\\*\\(')).toEqual({ t: 'seq', items: [lit('.'), lit('*'), lit('(')] });
  });
});

describe('Parser: errors', () => {
  const error = (p: string): string => {
    try {
      parse(p);
    } catch (e) {
      expect(e).toBeInstanceOf(MutatorArgumentError);
      return (e as Error).message;
    }
    throw new Error(`no error for /${p}/`);
  };

  it('rejects unsupported syntax naming it, the pattern and the offset', () => {
    expect(error('(?=a)')).toBe("string: invalid argument 'pattern': /(?=a)/ uses lookaround, which is not supported (at offset 1)");
    expect(error('(?<!a)b')).toMatch(/lookaround/);
    expect(error('(a)\\1')).toMatch(/uses \\1, which is not supported/);
    expect(error('\\bx')).toMatch(/uses \\b, which is not supported/);
    expect(error('\\p{L}')).toMatch(/uses \\p, which is not supported/);
    expect(error('(?<n>a)\\k<n>')).toMatch(/uses \\k/);
  });

  it('rejects malformed patterns', () => {
    expect(error('(a')).toMatch(/is missing '\)'/);
    expect(error('[ab')).toMatch(/is missing '\]'/);
    expect(error('*a')).toMatch(/has nothing to repeat/);
    expect(error('a{3,1}')).toMatch(/quantifier \{3,1\} out of order/);
    expect(error('a**')).toMatch(/nested quantifier/);
    expect(error('^*')).toMatch(/repeats an anchor/);
    expect(error('[z-a]')).toMatch(/range out of order/);
    expect(error('[a-\\d]')).toMatch(/range ending in a class escape/);
    expect(error('\\x4')).toMatch(/incomplete \\x escape/);
    expect(error('\\u12')).toMatch(/incomplete \\u escape/);
    expect(error('\\c1')).toMatch(/incomplete \\c escape/);
    expect(error('a\\')).toMatch(/ends with a backslash/);
  });
});
