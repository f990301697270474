/**
 * What instrumented code calls (`globalThis.__dmFuzz`): the edge counters, the comparison hooks
 * with their value profile (per site, the closest the operands came during one execution), the
 * operands collected for the dictionary, and the loop deadline check.
 */
import type { InFlight } from '../in-flight.js';

export const MAX_COUNTERS = 1 << 18;
export const MAX_SITES = 1 << 16;

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

export class FuzzRuntime {
  readonly counters = new Uint8Array(MAX_COUNTERS);
  readonly scores = new Uint8Array(MAX_SITES);
  usedCounters = 0;
  usedSites = 0;
  /** when true, comparison operands are kept in `operands` (site, a, b triples) for the dictionary */
  collect = false;
  readonly operands: unknown[] = [];
  deadline = Infinity;
  timeoutMs = 0;
  timedOut = false;
  /** records each input before it runs, so the main thread can name it if the worker dies */
  inFlight: InFlight | undefined = undefined;
  private tick = 0;

  /** literal comparison operands of the instrumented modules, not yet fed to the dictionary */
  readonly literals: Array<string | number> = [];

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

  /** `receiver[method](x, y)` for startsWith/endsWith/includes/indexOf/lastIndexOf */
  call(site: number, receiver: any, method: string, x?: unknown, y?: unknown): unknown {
    if (typeof receiver === 'string' && typeof x === 'string') {
      const probe = method === 'endsWith' ? receiver.slice(-x.length) : method === 'startsWith' ? receiver : x;
      this.note(site, method === 'startsWith' || method === 'endsWith' ? probe : receiver.includes(x) ? x : '', x);
    }
    return arguments.length >= 5 ? receiver[method](x, y) : receiver[method](x);
  }
}

/** Installs (once per thread) and returns the shared runtime. */
export function installRuntime(): FuzzRuntime {
  const g = globalThis as { __dmFuzz?: FuzzRuntime };
  g.__dmFuzz ??= new FuzzRuntime();
  return g.__dmFuzz;
}
