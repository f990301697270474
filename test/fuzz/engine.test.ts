/** The engine through `fuzz()`: failures of every kind, artifacts, passing runs. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

describe('fuzz()', () => {
  test('finds a shallow bug, writes the artifact through the serializer with error and replay', async () => {
    const artifacts = scratch('art');
    const r = await fuzz({ target: `${targets}/simple.ts`, export: 'shallow', seed: 7, maxIterations: 50_000, artifacts });
    expect(r.status).toBe('failed');
    expect(r.failure?.kind).toBe('error');
    expect(r.failure?.message).toMatch(/shallow bug/);
    expect(r.failure?.stack).toMatch(/simple\.ts:\d+/);
    const value = JSON.parse(readFileSync(r.artifact!, 'utf8')) as boolean[];
    expect(value.slice(0, 3)).toEqual([true, false, true]);
    const report = readFileSync(`${r.artifact}.error.txt`, 'utf8');
    expect(report).toMatch(/shallow bug/);
    expect(report).toMatch(/replay: derive-mutators read .*--export shallow/);
  });

  test('a target without bugs passes after exactly the iteration budget', async () => {
    const r = await fuzz({ target: `${targets}/simple.ts`, export: 'clean', seed: 1, maxIterations: 20_000, artifacts: scratch('art') });
    expect(r).toMatchObject({ status: 'passed', iterations: 20_000, artifact: null });
    expect(r.execsPerSecond).toBeGreaterThan(0);
    expect(r.coverage).toBeGreaterThan(0);
  });

  test('hangs, stack overflows and rejected promises are failures of their own kind', async () => {
    const kinds: Record<string, string> = { hang: 'timeout', overflow: 'stack-overflow', asyncBug: 'rejection' };
    const results = await Promise.all(Object.keys(kinds).map((e) => fuzz({ target: `${targets}/simple.ts`, export: e, seed: 3, maxIterations: 20_000, artifacts: scratch('art') })));
    Object.values(kinds).forEach((kind, i) => {
      expect(results[i]!.status).toBe('failed');
      expect(results[i]!.failure?.kind).toBe(kind);
      expect(existsSync(results[i]!.artifact!)).toBe(true);
    });
  });

  test('a leaking target is stopped by the memory guard as an out-of-memory failure', async () => {
    const r = await fuzz({ target: `${targets}/simple.ts`, export: 'leak', seed: 1, maxIterations: 1_000_000, maxTime: 20, maxMemory: 64, artifacts: scratch('art') });
    expect(r.status).toBe('failed');
    expect(r.failure?.kind).toBe('out-of-memory');
  });

  test('crossover splices sub-values of pool inputs through visitSubValues/crossoverMutate', async () => {
    const r = await fuzz({ target: `${targets}/crossover.ts`, seed: 2, maxIterations: 20_000, artifacts: scratch('art') });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/crossover spliced 20 sub-values/);
  });

  test('the same seed gives the same run', async () => {
    const run = () => fuzz({ target: 'examples/nested-enum/fuzz.ts', seed: 11, maxIterations: 3000, corpus: false, artifacts: scratch('art') });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.status).toBe(b.status);
    expect(a.iterations).toBe(b.iterations);
    expect(a.coverage).toBe(b.coverage);
    expect(a.corpusSize).toBe(b.corpusSize);
  });
});
