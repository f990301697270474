/**
 * The watchdog: a worker hung where the loop deadline cannot see (uninstrumented, blocked) stops
 * reporting and is ended as a timeout failure after 30 s of silence — also when the other job has
 * already finished. Its own file, so the wait (no CPU) overlaps the other test files.
 */
import { describe, expect, test } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

describe('watchdog', () => {
  test('a job blocked outside instrumented code fails as a timeout after 30 s of silence, after the other job passed', async () => {
    const started = Date.now();
    const r = await fuzz({ target: `${targets}/blocked.ts`, seed: 1, jobs: 2, maxIterations: 2_000, artifacts: scratch('dog') });
    expect(r.status).toBe('failed');
    expect(r.failure?.kind).toBe('timeout');
    expect(r.failure?.message).toMatch(/worker 1 stopped responding for 30 s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30_000);
  }, 90_000);
});
