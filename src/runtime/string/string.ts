/**
 * `string({ minLength?, maxLength?, pattern?, format? })`. Lengths are UTF-16 code units (as JS
 * counts them); generated strings never hold lone surrogates. Complexity = 8 bits per code unit,
 * plus 1 per unit when the length varies, so the budget bounds the length.
 * Plain strings mix ASCII letters, digits, punctuation, whitespace/control, non-ASCII and astral
 * characters. With `pattern` or `format`, values are generated from that language; mutations are
 * local edits kept only when the result is still in the language, or a regeneration.
 */
import { orderedFromRandom, orderedStep, pickLength, type OrderedStep } from '../core/budget.js';
import { pickDictionaryString, useDictionary } from '../core/dictionary.js';
import { FORMAT_NAMES, formatLanguage } from './formats.js';
import { MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { patternLanguage, type Language } from './regex/regex.js';
import { GEN, genC } from '../core/gen.js';
import { createRng, type Rng } from '../core/rng.js';
import { localEdit, ORDERED_EDITS, orderedEdit } from './edits.js';
import { randomChars } from './chars.js';

export interface StringOptions {
  /** fewest UTF-16 code units; @defaultValue 0 */
  minLength?: number;
  /** most UTF-16 code units; @defaultValue unbounded (the complexity budget bounds generation) */
  maxLength?: number;
  /** a regular expression every value matches (the supported subset is in the README); @defaultValue none */
  pattern?: string;
  /** a JSON Schema format every value satisfies, one of `FORMAT_NAMES`; @defaultValue none */
  format?: string;
}
export interface StrStep { i: number; out: string[] }

const CACHE = 1 as const;
type C = typeof CACHE;
const TRIES = 16;

export class StringMutator implements Mutator<string, C, StrStep, OrderedStep, string> {
  readonly unit: number;
  /** a known valid string of least length (used when nothing fits the budget) */
  private fallback = '';

  constructor(readonly minLength: number, readonly maxLength: number, readonly lang: Language | null) {
    this.unit = minLength === maxLength ? 8 : 9;
  }
  /** called once by the factory: finds a valid fallback or explains why none exists */
  init(what: string): this {
    if (this.lang === null) {
      this.fallback = 'a'.repeat(this.minLength);
      return this;
    }
    const rng = createRng(1);
    const first = this.lang.shortest?.();
    let best: string | undefined = first !== undefined && this.ok(first) ? first : undefined;
    const floor = Math.max(this.minLength, this.lang.minLength);
    for (let i = 0; i < 200 && (best === undefined || best.length > floor); i++) {
      const s = this.lang.generate(rng, i < 100 ? this.minLength : this.maxLength);
      if (this.ok(s) && (best === undefined || s.length < best.length)) best = s;
    }
    if (best === undefined) throw new MutatorArgumentError('string', what, `no generated string of ${this.lang.source} has a length in [${this.minLength}, ${this.maxLength}] and matches`);
    this.fallback = best;
    return this;
  }
  private ok(s: string): boolean {
    return s.length >= this.minLength && s.length <= this.maxLength && (this.lang === null || this.lang.test(s));
  }
  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(v: string): C | undefined {
    return typeof v === 'string' && this.ok(v) ? CACHE : undefined;
  }
  defaultMutationStep(): StrStep {
    return { i: 0, out: [] };
  }
  minComplexity(): number {
    return (this.lang === null ? this.minLength : Math.min(this.fallback.length, Math.max(this.minLength, this.lang.minLength))) * this.unit;
  }
  maxComplexity(): number {
    // not capped by the language: an unanchored pattern matches inside longer strings
    return this.maxLength * this.unit;
  }
  complexity(v: string): number {
    return v.length * this.unit;
  }
  private fits(s: string, maxCplx: number): boolean {
    return this.ok(s) && (s.length * this.unit <= maxCplx + 1e-9 || s.length <= this.fallback.length);
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<string> | undefined {
    return orderedFromRandom(step, Math.max(maxCplx, this.minComplexity()), this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<string> {
    const s = this[GEN](rng, maxCplx);
    return { value: s, complexity: s.length * this.unit };
  }
  [GEN](rng: Rng, maxCplx: number): string {
    const limit = Math.floor((maxCplx + 1e-9) / this.unit);
    let s = this.fallback;
    if (this.lang === null) {
      const n = pickLength(rng, this.minLength, Math.min(this.maxLength, Math.max(limit, this.minLength)), this.unit, maxCplx);
      s = n === 0 ? '' : randomChars(rng, n);
    } else {
      const cap = Math.min(this.maxLength, limit);
      for (let i = 0; i < TRIES; i++) {
        const t = this.lang.generate(rng, cap);
        if (this.fits(t, maxCplx)) {
          s = t;
          break;
        }
      }
    }
    genC[0] = s.length * this.unit;
    return s;
  }
  orderedMutate(v: string, _c: C, step: StrStep, _rng: Rng, maxCplx: number): Mutated<string, string> | undefined {
    while (step.i < ORDERED_EDITS + 2 * Math.min(v.length, 16)) {
      const s = orderedEdit(v, step.i++, this.minLength);
      if (s === v || !this.fits(s, maxCplx) || step.out.includes(s)) continue;
      step.out.push(s);
      return { value: s, token: v, complexity: s.length * this.unit };
    }
    return undefined;
  }
  randomMutate(v: string, _c: C, rng: Rng, maxCplx: number): Mutated<string, string> {
    if (useDictionary(rng, 'string')) {
      // replace the whole string or (half the time) insert the word, as libFuzzer's dictionary does
      const d = rng.bool() ? pickDictionaryString(rng, (x) => x !== v && this.fits(x, maxCplx)) : undefined;
      if (d !== undefined) return { value: d, token: v, complexity: d.length * this.unit };
      const at = rng.int(0, v.length);
      const e = pickDictionaryString(rng, (x) => this.fits(v.slice(0, at) + x + v.slice(at), maxCplx) && x !== '');
      if (e !== undefined && !isSplit(v, at)) {
        const s = v.slice(0, at) + e + v.slice(at);
        return { value: s, token: v, complexity: s.length * this.unit };
      }
    }
    const room = Math.min(this.maxLength, Math.floor((Math.max(maxCplx, this.minComplexity()) + 1e-9) / this.unit));
    for (let i = 0; i < TRIES; i++) {
      const s = this.lang === null ? localEdit(v, rng, this.minLength, room) : this.langEdit(v, rng, maxCplx, room);
      if (s !== v && this.fits(s, maxCplx)) return { value: s, token: v, complexity: s.length * this.unit };
    }
    for (let i = 0; i < 4; i++) {
      const s = this.randomArbitrary(rng, maxCplx).value;
      if (s !== v) return { value: s, token: v, complexity: s.length * this.unit };
    }
    return { value: v, token: v, complexity: v.length * this.unit };
  }
  /** for pattern/format strings: regenerate all, regenerate a derived sub-part, or a local edit */
  private langEdit(v: string, rng: Rng, maxCplx: number, room: number): string {
    const r = rng.below(4);
    if (r === 0) return this.randomArbitrary(rng, maxCplx).value;
    if (r < 3 && this.lang!.mutateSubPart !== undefined) return this.lang!.mutateSubPart(v, rng) ?? localEdit(v, rng, this.minLength, room);
    return localEdit(v, rng, this.minLength, room);
  }
  unmutate(_v: string, _c: C, token: string): string {
    return token;
  }
}

function isSplit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

function len(name: string, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !(Number.isSafeInteger(v) || v === Infinity) || v < 0) throw new MutatorArgumentError('string', name, `must be a non-negative integer, got ${String(v)}`);
  return v;
}

export function string(options: StringOptions = {}): StringMutator {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('string', 'options', 'must be an object');
  const min = len('minLength', options.minLength, 0);
  const max = len('maxLength', options.maxLength, Infinity);
  if (min > max) throw new MutatorArgumentError('string', 'minLength', `minLength ${min} > maxLength ${max}`);
  let lang: Language | null = null;
  let what = 'maxLength';
  if (options.format !== undefined) {
    const f = typeof options.format === 'string' ? formatLanguage(options.format) : undefined;
    if (f === undefined) throw new MutatorArgumentError('string', 'format', `unknown format ${JSON.stringify(options.format)} (known: ${FORMAT_NAMES.join(', ')})`);
    lang = f;
    what = 'format';
    if (options.pattern !== undefined) {
      const p = patternLanguage(options.pattern);
      lang = { ...f, source: `${f.source} and /${p.source}/`, test: (s) => f.test(s) && p.test(s) };
    }
  } else if (options.pattern !== undefined) {
    lang = patternLanguage(options.pattern);
    what = 'pattern';
  }
  const lo = Math.max(min, lang?.minLength ?? 0);
  const hi = Math.min(max, lang?.maxLength ?? Infinity);
  if (lo > hi) throw new MutatorArgumentError('string', what, `${lang?.source} has lengths [${lang?.minLength}, ${lang?.maxLength}], outside [${min}, ${max}]`);
  return new StringMutator(min, max, lang).init(what);
}
