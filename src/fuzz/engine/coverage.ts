/**
 * Reads the shared counters after one execution. A feature is (counter, hit bucket) or
 * (comparison site, closeness); an execution is interesting when it shows a feature never seen,
 * i.e. a counter hit in a new bucket or a comparison closer than ever before.
 */
import type { FuzzRuntime } from '../worker/instrument/runtime.js';

const BUCKET = new Uint8Array(256);
for (let c = 1; c < 256; c++) BUCKET[c] = c === 1 ? 1 : c === 2 ? 2 : c === 3 ? 4 : c < 8 ? 8 : c < 16 ? 16 : c < 32 ? 32 : c < 128 ? 64 : 128;
const BUCKET_INDEX = new Map([1, 2, 4, 8, 16, 32, 64, 128].map((b, i) => [b, i]));

/** features are numbers: counters 0..8*N, comparison sites above SITE_BASE */
export const SITE_BASE = 8 * (1 << 18);

export class CoverageMap {
  /** per counter, the buckets seen so far (bit set) */
  private readonly seen: Uint8Array;
  /** per comparison site, the best closeness so far */
  private readonly best: Uint8Array;
  coveredCounters = 0;
  scoredSites = 0;

  constructor(private readonly rt: FuzzRuntime) {
    this.seen = new Uint8Array(rt.counters.length);
    this.best = new Uint8Array(rt.scores.length);
  }

  /** zero the counters before an execution */
  reset(): void {
    this.rt.counters.fill(0, 0, this.rt.usedCounters);
    this.rt.scores.fill(0, 0, this.rt.usedSites);
  }

  /** true when the last execution reached something new (does not record it) */
  isNew(): boolean {
    const c = this.rt.counters;
    const seen = this.seen;
    for (let i = 0, n = this.rt.usedCounters; i < n; i++) {
      const v = c[i]!;
      if (v !== 0 && (seen[i]! & BUCKET[v]!) === 0) return true;
    }
    const s = this.rt.scores;
    const best = this.best;
    for (let i = 0, n = this.rt.usedSites; i < n; i++) if (s[i]! > best[i]!) return true;
    return false;
  }

  /** the features of the last execution, recording them as seen */
  collect(): number[] {
    const out: number[] = [];
    const c = this.rt.counters;
    for (let i = 0, n = this.rt.usedCounters; i < n; i++) {
      const v = c[i]!;
      if (v === 0) continue;
      const b = BUCKET[v]!;
      if (this.seen[i] === 0) this.coveredCounters++;
      this.seen[i]! |= b;
      out.push(i * 8 + BUCKET_INDEX.get(b)!);
    }
    const s = this.rt.scores;
    for (let i = 0, n = this.rt.usedSites; i < n; i++) {
      const v = s[i]!;
      if (v === 0) continue;
      if (this.best[i] === 0) this.scoredSites++;
      if (v > this.best[i]!) this.best[i] = v;
      out.push(SITE_BASE + i * 256 + v);
    }
    return out;
  }

  get coverage(): number {
    return this.coveredCounters + this.scoredSites;
  }
}
