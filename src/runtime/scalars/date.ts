/**
 * `date({ min?, max? })`: valid Date objects (the whole ECMAScript range, ±8.64e15 ms, by
 * default). Invalid Dates (NaN time) are never generated and do not validate: a field typed
 * `Date` almost always means a real instant. Mutations change the time in place (setTime), in
 * calendar-sized steps (ms, s, min, h, day, month, year) or to interesting instants (epoch,
 * leap days, 2038-01-19, year 0 and 9999, the range ends). Complexity: log2(count of ms values).
 */
import { pickDictionaryNumber, useDictionary } from '../core/dictionary.js';
import { integer, type IntArbStep, type IntegerMutator } from './integer.js';
import { MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { FixedComplexity } from './fixed.js';
import type { Rng } from '../core/rng.js';

export interface DateOptions {
  /** earliest date, inclusive; @defaultValue the earliest valid Date (-8.64e15 ms) */
  min?: Date;
  /** latest date, inclusive; @defaultValue the latest valid Date (8.64e15 ms) */
  max?: Date;
}
export interface DateArbStep { i: number; inner: IntArbStep }
export interface DateStep { i: number; out: number[] }

const LIMIT = 8.64e15;
const DAY = 86400000;
const SPECIALS = [0, -1, 1, 946684800000, 951782400000, 1709164800000, 1704067199999, 2147483647000, 2147483648000, 253402300799999, -62167219200000, 4102444800000, -2208988800000, 1e12];
const UNITS = [1, 1000, 60000, 3600000, DAY, 30 * DAY, 365 * DAY];
const RECENT_END = 4102444800000; // 2100-01-01

const CACHE = 1 as const;
type C = typeof CACHE;

export class DateMutator extends FixedComplexity implements Mutator<Date, C, DateStep, DateArbStep, number> {
  readonly specials: number[];
  private readonly ms: IntegerMutator;

  constructor(readonly min: number, readonly max: number) {
    const ms = integer({ min, max });
    super(ms.complexity());
    this.ms = ms;
    this.specials = [];
    for (const t of [...SPECIALS, min, max]) if (t >= min && t <= max && !this.specials.includes(t)) this.specials.push(t);
  }
  private clamp(t: number): number {
    return t < this.min ? this.min : t > this.max ? this.max : t;
  }
  defaultArbitraryStep(): DateArbStep {
    return { i: 0, inner: this.ms.defaultArbitraryStep() };
  }
  validateValue(v: Date): C | undefined {
    if (!(v instanceof Date)) return undefined;
    const t = v.getTime();
    return t >= this.min && t <= this.max ? CACHE : undefined;
  }
  defaultMutationStep(): DateStep {
    return { i: 0, out: [] };
  }
  orderedArbitrary(step: DateArbStep): Generated<Date> | undefined {
    if (step.i < this.specials.length) return { value: new Date(this.specials[step.i++]!), complexity: this.cplx };
    for (;;) {
      const g = this.ms.orderedArbitrary(step.inner);
      if (g === undefined) return undefined;
      if (!this.specials.includes(g.value)) return { value: new Date(g.value), complexity: this.cplx };
    }
  }
  private randomTime(rng: Rng): number {
    const r = rng.below(16);
    if (r < 3) return rng.pick(this.specials);
    if (r < 11) {
      const t = this.clamp(rng.int(0, RECENT_END));
      return rng.bool() ? this.clamp(t - (t % 1000)) : t;
    }
    return this.ms.randomArbitrary(rng).value;
  }
  randomArbitrary(rng: Rng): Generated<Date> {
    return { value: new Date(this.randomTime(rng)), complexity: this.cplx };
  }
  private candidate(t: number, i: number): number | undefined {
    if (i < 2 * UNITS.length) return t + (i & 1 ? -1 : 1) * UNITS[i >> 1]!;
    const j = i - 2 * UNITS.length;
    if (j === 0) return t - (((t % DAY) + DAY) % DAY);
    return this.specials[j - 1];
  }
  private set(v: Date, t: number): Mutated<Date, number> {
    const old = v.getTime();
    v.setTime(t);
    return { value: v, token: old, complexity: this.cplx };
  }
  orderedMutate(v: Date, _c: C, step: DateStep): Mutated<Date, number> | undefined {
    const t = v.getTime();
    for (;;) {
      const c = this.candidate(t, step.i++);
      if (c === undefined) return undefined;
      if (c < this.min || c > this.max || c === t || step.out.includes(c)) continue;
      step.out.push(c);
      return this.set(v, c);
    }
  }
  randomMutate(v: Date, _c: C, rng: Rng): Mutated<Date, number> {
    const t = v.getTime();
    if (useDictionary(rng, 'number')) {
      const d = pickDictionaryNumber(rng, (x) => Number.isInteger(x) && x !== t && x >= this.min && x <= this.max);
      if (d !== undefined) return this.set(v, d);
    }
    let c: number;
    const r = rng.below(8);
    if (r < 5) c = t + (rng.bool() ? 1 : -1) * rng.pick(UNITS) * (1 + rng.below(16));
    else if (r === 5) c = t - (((t % DAY) + DAY) % DAY);
    else c = this.randomTime(rng);
    c = this.clamp(c);
    if (c === t) c = t < this.max ? t + 1 : t - 1;
    return this.set(v, c);
  }
  unmutate(v: Date, _c: C, token: number): Date {
    v.setTime(token);
    return v;
  }
}

function bound(name: string, d: unknown, dflt: number): number {
  if (d === undefined) return dflt;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new MutatorArgumentError('date', name, 'must be a valid Date');
  return d.getTime();
}

export function date(options: DateOptions = {}): DateMutator {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('date', 'options', 'must be an object');
  const min = bound('min', options.min, -LIMIT);
  const max = bound('max', options.max, LIMIT);
  if (min > max) throw new MutatorArgumentError('date', 'min', `min ${new Date(min).toISOString()} is after max ${new Date(max).toISOString()}`);
  return new DateMutator(min, max);
}
