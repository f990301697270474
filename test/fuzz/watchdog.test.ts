/**
 * The watchdog: a job blocked where the loop deadline cannot see (Atomics.wait, no CPU) is ended
 * by the main thread after 3 per-input timeouts, not 30 s, and its input is still written as an
 * artifact, while the other job stops cleanly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

describe('watchdog', () => {
  test('a job blocked outside instrumented code fails as a timeout after 3 timeouts, with an artifact', async () => {
    const started = Date.now();
    const r = await fuzz({ target: `${targets}/blocked.ts`, seed: 1, jobs: 2, maxIterations: 2_000, artifacts: scratch('dog') });
    expect(r.status).toBe('failed');
    expect(r.failure?.kind).toBe('timeout');
    expect(r.failure?.message).toMatch(/input ran longer than 300 ms \(3 x the 100 ms timeout\)/);
    expect(existsSync(r.artifact!)).toBe(true);
    expect(Number(readFileSync(r.artifact!, 'utf8'))).toBeGreaterThanOrEqual(0);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});
