/**
 * What instrumented code calls (`globalThis.__dmFuzz`): the edge counters, the comparison hooks
 * with their value profile (per site, the closest the operands came during one execution), the
 * operands collected for the dictionary, and the loop deadline check. Hooks allocate nothing
 * unless the execution is sampled (`collect`) or the operands are new.
 */
import { KeyHarvest, keysOf } from './harvest.js';
import type { InFlight } from '../in-flight.js';

export const MAX_COUNTERS = 1 << 18;
export const MAX_SITES = 1 << 16;
/** container keys a missed lookup is paired with, when tracing */
const MISS_KEYS = 32;

export class TimeoutSignal extends Error {
  constructor(ms: number) {
    super(`input ran longer than ${ms} ms (timeout)`);
    this.name = 'FuzzTimeout';
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** 1..255: how close two operands are (255 = equal); 0 = not comparable */
export function closeness(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return 255;
    const d = Math.abs(a - b);
    if (!(d < Infinity)) return 1;
    // log distance (0..~33 for int32 operands) plus matching bits (libFuzzer's hamming value profile)
    const log = d < 1 ? 40 : Math.max(0, 40 - Math.ceil(Math.log2(d + 1)));
    const bits = (a | 0) === a && (b | 0) === b ? 32 - popcount((a ^ b) >>> 0) : 0;
    return 1 + Math.min(253, log * 3 + bits * 3);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return 255;
    const n = Math.min(a.length, b.length, 120);
    let p = 0;
    while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
    return 1 + 2 * p + (a.length === b.length ? 1 : 0);
  }
  return 0;
}

/** where the counters base.. of one file sit in its source (flat records, see locations.ts) */
export interface ModuleMap {
  file: string;
  base: number;
  counters: number[];
  groups: number[];
  names: string[];
}

export class FuzzRuntime {
  readonly counters = new Uint8Array(MAX_COUNTERS);
  readonly scores = new Uint8Array(MAX_SITES);
  usedCounters = 0;
  usedSites = 0;
  /** when true, comparison operands are kept in `operands` (site, a, b triples) for the dictionary */
  collect = false;
  readonly operands: unknown[] = [];
  /** when true (the engine traces a pool input), a lookup that misses records its key against the container's keys in `misses` (triples as in `operands`) */
  trace = false;
  readonly misses: unknown[] = [];
  deadline = Infinity;
  timeoutMs = 0;
  timedOut = false;
  /** records each input before it runs, so the main thread can name it if the worker dies */
  inFlight: InFlight | undefined = undefined;
  private tick = 0;

  /** literal comparison operands of the instrumented modules, not yet fed to the dictionary */
  readonly literals: Array<string | number> = [];
  private readonly keys = new KeyHarvest();
  /** the discriminant of the switch whose cases are being tested */
  private swv: unknown = undefined;

  /** each instrumented module's location table (locations.ts), for `--coverage` */
  readonly maps: ModuleMap[] = [];

  map(file: string, base: number, counters: number[], groups: number[], names: string[]): void {
    this.maps.push({ file, base, counters, groups, names });
  }

  lits(values: Array<string | number>): void {
    for (const v of values) this.literals.push(v);
  }

  used(counters: number, sites: number): void {
    if (counters > MAX_COUNTERS || sites > MAX_SITES) throw new Error('derive-mutators fuzz: too much instrumented code (counter space exhausted)');
    if (counters > this.usedCounters) this.usedCounters = counters;
    if (sites > this.usedSites) this.usedSites = sites;
  }

  /** loop back-edge: every 4096 iterations, compare the clock with the deadline */
  t(): void {
    if (++this.tick < 4096) return;
    this.tick = 0;
    if (performance.now() > this.deadline) {
      this.timedOut = true;
      throw new TimeoutSignal(this.timeoutMs);
    }
  }

  private note(site: number, a: unknown, b: unknown): void {
    const s = closeness(a, b);
    if (s > this.scores[site]!) this.scores[site] = s;
    if (this.collect && s !== 0 && this.operands.length < 6144) this.operands.push(site, a, b);
  }

  seq(site: number, a: unknown, b: unknown): boolean {
    this.note(site, a, b);
    return a === b;
  }
  sne(site: number, a: unknown, b: unknown): boolean {
    this.note(site, a, b);
    return a !== b;
  }
  leq(site: number, a: unknown, b: unknown): boolean {
    this.note(site, a, b);
    return a == b;
  }
  lne(site: number, a: unknown, b: unknown): boolean {
    this.note(site, a, b);
    return a != b;
  }
  lt(site: number, a: any, b: any): boolean {
    this.note(site, a, b);
    return a < b;
  }
  gt(site: number, a: any, b: any): boolean {
    this.note(site, a, b);
    return a > b;
  }
  le(site: number, a: any, b: any): boolean {
    this.note(site, a, b);
    return a <= b;
  }
  ge(site: number, a: any, b: any): boolean {
    this.note(site, a, b);
    return a >= b;
  }

  /** `receiver[method](x, y)`: startsWith/endsWith/includes/indexOf/lastIndexOf/localeCompare on strings, includes/indexOf/lastIndexOf on arrays */
  call(site: number, receiver: any, method: string, x?: unknown, y?: unknown): unknown {
    const r = arguments.length >= 5 ? receiver[method](x, y) : receiver[method](x);
    if (typeof receiver === 'string') {
      if (typeof x !== 'string') return r;
      if (method === 'localeCompare') this.note(site, receiver, x);
      else {
        const probe = method === 'endsWith' ? receiver.slice(-x.length) : method === 'startsWith' ? receiver : x;
        this.note(site, method === 'startsWith' || method === 'endsWith' ? probe : receiver.includes(x) ? x : '', x);
      }
    } else if (Array.isArray(receiver)) this.found(site, receiver, r !== false && r !== -1, x);
    return r;
  }

  /** `switch (d)`: remembers the discriminant for the case hooks */
  sw(v: unknown): unknown {
    this.swv = v;
    return v;
  }
  /** `case x:` compares the discriminant with x, as libFuzzer's trace-switch does */
  cs(site: number, x: unknown): unknown {
    this.note(site, this.swv, x);
    return x;
  }

  /** a lookup of `k` (when the code can evaluate it twice) in `container` (Map/Set get/has/delete, hasOwnProperty) gave `r` */
  mem(site: number, container: unknown, r: unknown, k?: unknown): unknown {
    this.found(site, container, r !== undefined && r !== false, k);
    return r;
  }
  /** `o[k]` with a computed key: the key passes through; on samples, o's keys are harvested */
  key(site: number, o: unknown, k: unknown): unknown {
    if (this.collect && typeof k === 'string') this.keys.harvest(site, o, this.literals);
    if (this.trace && typeof o === 'object' && o !== null && (typeof k === 'string' || typeof k === 'number') && !(k in o)) this.missed(o, k);
    return k;
  }
  /** `receiver.get/has/delete/hasOwnProperty(k)` for a receiver the code cannot evaluate twice */
  look(site: number, receiver: any, method: string, k: unknown): unknown {
    const r = receiver[method](k);
    this.found(site, receiver, r !== undefined && r !== false, k);
    return r;
  }
  /** `key in o` */
  isin(site: number, key: any, o: any): boolean {
    const r = key in o;
    this.found(site, o, r, key);
    return r;
  }
  /** `Object.hasOwn(o, key)` */
  own(site: number, o: any, key: PropertyKey): boolean {
    const r = Object.hasOwn(o, key);
    this.found(site, o, r, key);
    return r;
  }

  /** Number/parseInt/parseFloat/JSON.parse of a string: whether (and for JSON, how far) it parsed */
  parse(site: number, fn: (x: unknown, y?: unknown) => unknown, x: unknown, y?: unknown): unknown {
    const two = arguments.length >= 4;
    if (typeof x !== 'string') return two ? fn(x, y) : fn(x);
    let r: unknown;
    try {
      r = two ? fn(x, y) : fn(x);
    } catch (e) {
      // JSON.parse: the position of the error is how far the input got
      const m = e instanceof Error ? e.message : '';
      const at = /position (\d+)/.exec(m);
      this.score(site, 1 + Math.min(250, at ? Number(at[1]) : /end of JSON/.test(m) ? x.length : 0));
      throw e;
    }
    this.score(site, typeof r === 'number' && Number.isNaN(r) ? 1 : 255);
    return r;
  }

  private score(site: number, s: number): void {
    if (s > this.scores[site]!) this.scores[site] = s;
  }
  private found(site: number, container: unknown, hit: boolean, key?: unknown): void {
    this.score(site, hit ? 255 : 1);
    if (this.collect) this.keys.harvest(site, container, this.literals);
    if (!hit && this.trace && typeof container === 'object' && container !== null && (typeof key === 'string' || typeof key === 'number')) this.missed(container, key);
  }
  /** input-to-state for lookups: the missed key against (up to MISS_KEYS of) the keys it could have hit */
  private missed(container: object, key: string | number): void {
    const keys = keysOf(container);
    if (keys === undefined) return;
    for (let i = 0; i < keys.length && i < MISS_KEYS && this.misses.length < 3072; i++) this.misses.push(0, key, keys[i]);
  }
}

/** Installs (once per thread) and returns the shared runtime. */
export function installRuntime(): FuzzRuntime {
  const g = globalThis as { __dmFuzz?: FuzzRuntime };
  g.__dmFuzz ??= new FuzzRuntime();
  return g.__dmFuzz;
}
