/**
 * A practical regex subset, parsed into a small tree that generates matching strings:
 * literals and escapes, `.`, classes (`[a-z0-9_]`, negated), `\d \w \s \D \W \S`, groups
 * (capturing, non-capturing, named), alternation, quantifiers `* + ? {m} {m,} {m,n}` (lazy too)
 * and anchors `^ $`. JavaScript's own RegExp (no flags) is the judge of membership; patterns
 * outside the subset (backreferences, lookaround, `\b`, `\p`) are rejected with an error.
 * Negated classes and `.` draw from a universe of printable ASCII, tab/newline and a few
 * non-ASCII letters; generated strings never contain lone surrogates.
 */
import { MutatorArgumentError } from '../../core/mutator.js';
import { derive } from './derive.js';
import { Parser, type Node } from './parse.js';
import type { Rng } from '../../core/rng.js';

/** A set of strings that can be generated, measured and tested. */
export interface Language {
  /** shown in messages */
  readonly source: string;
  /** length bounds in UTF-16 code units (maxLength may be Infinity) */
  readonly minLength: number;
  readonly maxLength: number;
  test(s: string): boolean;
  /** a random member, aiming at a length <= limit (may exceed it when nothing shorter exists) */
  generate(rng: Rng, limit: number): string;
  /** a shortest member when known (tried first as the fallback value) */
  shortest?(): string;
  /** s with one derived sub-part regenerated (a repetition, a character, an alternative), if s can be derived */
  mutateSubPart?(s: string, rng: Rng): string | undefined;
}


function lengths(n: Node): [number, number] {
  switch (n.t) {
    case 'lit': return [n.s.length, n.s.length];
    case 'set': return n.size === 0 ? [Infinity, 0] : [1, 1];
    case 'anchor': return [0, 0];
    case 'seq': return n.items.map(lengths).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
    case 'alt': {
      const ls = n.opts.map(lengths);
      return [Math.min(...ls.map((l) => l[0])), Math.max(...ls.map((l) => l[1]))];
    }
    case 'rep': {
      const [lo, hi] = lengths(n.n);
      return [n.min === 0 ? 0 : lo * n.min, hi === 0 ? 0 : hi * n.max];
    }
  }
}

function gen(n: Node, rng: Rng | null, spread: number, out: string[]): void {
  switch (n.t) {
    case 'lit': out.push(n.s); return;
    case 'anchor': return;
    case 'set': {
      if (n.size === 0) return;
      let k = rng === null ? 0 : rng.below(n.size);
      for (let i = 0; i < n.r.length; i += 2) {
        const w = n.r[i + 1]! - n.r[i]! + 1;
        if (k < w) {
          out.push(String.fromCharCode(n.r[i]! + k));
          return;
        }
        k -= w;
      }
      return;
    }
    case 'seq': for (const x of n.items) gen(x, rng, spread, out); return;
    case 'alt': {
      if (rng !== null) return gen(rng.pick(n.opts), rng, spread, out);
      let best = n.opts[0]!;
      for (const o of n.opts) if (lengths(o)[0] < lengths(best)[0]) best = o;
      return gen(best, null, spread, out);
    }
    case 'rep': {
      const extra = rng === null ? 0 : rng.int(0, Math.min(n.max - n.min, spread));
      for (let i = 0; i < n.min + extra; i++) gen(n.n, rng, spread, out);
    }
  }
}

class PatternLanguage implements Language {
  readonly minLength: number;
  readonly maxLength: number;
  private readonly re: RegExp;
  constructor(readonly source: string, private readonly root: Node) {
    [this.minLength, this.maxLength] = lengths(root);
    this.re = new RegExp(source);
  }
  test(s: string): boolean {
    return this.re.test(s);
  }
  generate(rng: Rng, limit: number): string {
    const out: string[] = [];
    for (const spread of [8, 4, 2, 1, 0]) {
      for (let k = 0; k < 2; k++) {
        out.length = 0;
        gen(this.root, rng, spread, out);
        const s = out.join('');
        if (s.length <= limit) return s;
      }
    }
    return this.shortest();
  }
  mutateSubPart(s: string, rng: Rng): string | undefined {
    const spans = derive(this.root, s);
    if (spans === undefined || spans.length === 0) return undefined;
    const sp = rng.pick(spans);
    const out: string[] = [];
    gen(sp.node, rng, rng.pick(SPREADS), out);
    return s.slice(0, sp.start) + out.join('') + s.slice(sp.end);
  }
  shortest(): string {
    const out: string[] = [];
    gen(this.root, null, 0, out);
    return out.join('');
  }
}

const SPREADS = [0, 1, 2, 4, 8];
const cache = new Map<string, PatternLanguage>();

/** Parses `pattern`; throws MutatorArgumentError naming the pattern when it is invalid or unsupported. */
export function patternLanguage(pattern: string): PatternLanguage {
  if (typeof pattern !== 'string') throw new MutatorArgumentError('string', 'pattern', `must be a string, got ${typeof pattern}`);
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  try {
    new RegExp(pattern);
  } catch (e) {
    throw new MutatorArgumentError('string', 'pattern', `/${pattern}/ is not a valid regular expression: ${(e as Error).message}`);
  }
  const p = new Parser(pattern);
  const root = p.alt();
  if (p.i < pattern.length) p.fail("has an unmatched ')'");
  const lang = new PatternLanguage(pattern, root);
  if (lang.minLength === Infinity) throw new MutatorArgumentError('string', 'pattern', `/${pattern}/ matches no string`);
  cache.set(pattern, lang);
  return lang;
}
