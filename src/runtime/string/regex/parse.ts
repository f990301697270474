/**
 * Parser of the regex subset (see regex.ts) into a small tree of literals, character sets
 * (flat sorted code-unit ranges, surrogates removed), sequences, alternations, repetitions and
 * anchors. Errors are MutatorArgumentErrors naming the pattern and the offset.
 */
import { MutatorArgumentError } from '../../core/mutator.js';
export type Ranges = number[]; // sorted flat [lo, hi, lo, hi, ...] of code units
export type Node =
  | { t: 'lit'; s: string }
  | { t: 'set'; r: Ranges; size: number }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; opts: Node[] }
  | { t: 'rep'; n: Node; min: number; max: number }
  | { t: 'anchor'; end: boolean };

const UNIVERSE: Ranges = norm([9, 10, 0x20, 0x7e, 0xdf, 0xdf, 0xe9, 0xe9, 0xf1, 0xf1, 0x3a9, 0x3a9, 0x451, 0x451, 0x20ac, 0x20ac, 0x4e2d, 0x4e2d]);
const DIGIT: Ranges = [48, 57];
const WORD: Ranges = [48, 57, 65, 90, 95, 95, 97, 122];
const SPACE: Ranges = [9, 13, 32, 32, 0xa0, 0xa0, 0x2028, 0x2029, 0xfeff, 0xfeff];
const DOT: Ranges = minus(UNIVERSE, [10, 10, 13, 13, 0x2028, 0x2029]);

function norm(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i]!, r[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}
function minus(a: Ranges, b: Ranges): Ranges {
  const out: Ranges = [];
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    for (let j = 0; j < b.length && lo <= hi; j += 2) {
      if (b[j + 1]! < lo || b[j]! > hi) continue;
      if (b[j]! > lo) out.push(lo, b[j]! - 1);
      lo = b[j + 1]! + 1;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}
function set(r: Ranges): Node {
  const clean = minus(norm(r), [0xd800, 0xdfff]);
  let size = 0;
  for (let i = 0; i < clean.length; i += 2) size += clean[i + 1]! - clean[i]! + 1;
  return { t: 'set', r: clean, size };
}

export class Parser {
  i = 0;
  constructor(readonly p: string) {}
  fail(msg: string): never {
    throw new MutatorArgumentError('string', 'pattern', `/${this.p}/ ${msg} (at offset ${this.i})`);
  }
  alt(): Node {
    const opts = [this.seq()];
    while (this.p[this.i] === '|') {
      this.i++;
      opts.push(this.seq());
    }
    return opts.length === 1 ? opts[0]! : { t: 'alt', opts };
  }
  seq(): Node {
    const items: Node[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') items.push(this.quantified(this.atom()));
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }
  quantified(n: Node): Node {
    for (;;) {
      const c = this.p[this.i];
      let min: number;
      let max: number;
      if (c === '*' || c === '+' || c === '?') {
        this.i++;
        [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      } else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
        if (m === null) return n; // a literal '{' (web-compat)
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) this.fail(`has a quantifier {${min},${max}} out of order`);
      } else return n;
      if (n.t === 'anchor') this.fail('repeats an anchor');
      if (n.t === 'rep') this.fail('has a nested quantifier');
      if (this.p[this.i] === '?') this.i++; // lazy: same language
      n = { t: 'rep', n, min, max };
    }
  }
  atom(): Node {
    const c = this.p[this.i++]!;
    switch (c) {
      case '(': {
        if (this.p[this.i] === '?') {
          const m = /^\?(:|<[A-Za-z_$][\w$]*>)/.exec(this.p.slice(this.i));
          if (m === null) this.fail('uses lookaround, which is not supported');
          this.i += m[0].length;
        }
        const n = this.alt();
        if (this.p[this.i] !== ')') this.fail("is missing ')'");
        this.i++;
        return n;
      }
      case ')': return this.fail("has an unmatched ')'");
      case '*': case '+': case '?': return this.fail('has nothing to repeat');
      case '[': return this.cls();
      case '.': return set(DOT);
      case '^': case '$': return { t: 'anchor', end: c === '$' };
      case '\\': return this.escape(false) as Node;
      default: return { t: 'lit', s: c };
    }
  }
  /** in a class returns a code unit or ranges; outside a Node */
  escape(inClass: boolean): Node | number | Ranges {
    const c = this.p[this.i++];
    if (c === undefined) this.fail('ends with a backslash');
    const lit = (s: string): Node | number => (inClass ? s.charCodeAt(0) : { t: 'lit', s });
    const cls = (r: Ranges): Node | Ranges => (inClass ? r : set(r));
    switch (c) {
      case 'd': return cls(DIGIT);
      case 'w': return cls(WORD);
      case 's': return cls(SPACE);
      case 'D': return cls(minus(UNIVERSE, DIGIT));
      case 'W': return cls(minus(UNIVERSE, WORD));
      case 'S': return cls(minus(UNIVERSE, SPACE));
      case 't': return lit('\t');
      case 'n': return lit('\n');
      case 'r': return lit('\r');
      case 'v': return lit('\v');
      case 'f': return lit('\f');
      case '0': if (!/\d/.test(this.p[this.i] ?? '')) return lit('\0'); break;
      case 'x': case 'u': {
        const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.p.slice(this.i));
        if (m === null) this.fail(`has an incomplete \\${c} escape`);
        this.i += m[0].length;
        return lit(String.fromCharCode(parseInt(m[0], 16)));
      }
      case 'c': {
        const l = this.p[this.i];
        if (l === undefined || !/[A-Za-z]/.test(l)) this.fail('has an incomplete \\c escape');
        this.i++;
        return lit(String.fromCharCode(l.charCodeAt(0) % 32));
      }
      case 'b': if (inClass) return 8; break;
    }
    if (/[1-9kbBpP]/.test(c)) this.fail(`uses \\${c}, which is not supported`);
    return lit(c);
  }
  cls(): Node {
    const neg = this.p[this.i] === '^';
    if (neg) this.i++;
    const r: Ranges = [];
    for (;;) {
      if (this.i >= this.p.length) this.fail("is missing ']'");
      if (this.p[this.i] === ']') break;
      const a = this.classAtom();
      if (typeof a === 'number' && this.p[this.i] === '-' && this.p[this.i + 1] !== ']' && this.i + 1 < this.p.length) {
        this.i++;
        const b = this.classAtom();
        if (typeof b !== 'number') this.fail('has a range ending in a class escape');
        if (b < a) this.fail('has a character range out of order');
        r.push(a, b);
      } else if (typeof a === 'number') r.push(a, a);
      else r.push(...a);
    }
    this.i++;
    return set(neg ? minus(UNIVERSE, norm(r)) : r);
  }
  classAtom(): number | Ranges {
    const c = this.p[this.i++]!;
    return c === '\\' ? (this.escape(true) as number | Ranges) : c.charCodeAt(0);
  }
}
