/** Corpus folder: loaded at start, bad files reported and kept, extended, shared by jobs; minify. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { fuzz, minify, replay } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

describe('corpus', () => {
  test('grows with the pool, keeps bad files untouched, and a rerun replays it', async () => {
    const corpus = scratch('corpus');
    writeFileSync(join(corpus, 'bad.json'), '{ not json');
    writeFileSync(join(corpus, 'wrong-type.json'), '"a string, not an int"');
    writeFileSync(join(corpus, 'seed.json'), '7');
    const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const first = await fuzz({ target: `${targets}/simple.ts`, export: 'clean', seed: 5, maxIterations: 5_000, corpus, artifacts: scratch('art') });
    const messages = warn.mock.calls.map((c) => String(c[0])).join('');
    warn.mockRestore();
    expect(first.status).toBe('passed');
    // one line for both, with a code
    expect(messages).toMatch(/warning: DM3303: 2 files in corpus folder \S+ do not decode to this target's type \(bad\.json, wrong-type\.json\): skipped, not deleted\n/);
    expect(messages.match(/DM3303/g)).toHaveLength(1);
    expect(readFileSync(join(corpus, 'bad.json'), 'utf8')).toBe('{ not json');
    const files = readdirSync(corpus).filter((f) => !['bad.json', 'wrong-type.json', 'seed.json'].includes(f) && !f.startsWith('.'));
    expect(files.length).toBeGreaterThan(0);
    // a run that finds the failing input in the corpus fails on its first executions
    const crashes = scratch('corpus');
    writeFileSync(join(crashes, 'crash.json'), '[true, false, true]');
    const again = await fuzz({ target: `${targets}/simple.ts`, export: 'shallow', seed: 99, maxIterations: 100_000, corpus: crashes, artifacts: scratch('art') });
    expect(again.status).toBe('failed');
    expect(again.iterations).toBeLessThanOrEqual(readdirSync(crashes).length);
  });

  test('a stored top-level undefined is a value, not bad data, in the corpus and in read', async () => {
    const corpus = scratch('undef');
    writeFileSync(join(corpus, 'undefined.json'), '{"$type": "undefined"}');
    const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const r = await fuzz({ target: `${targets}/simple.ts`, export: 'undef', seed: 3, maxIterations: 1, corpus, artifacts: scratch('art') });
    const messages = warn.mock.calls.map((c) => String(c[0])).join('');
    warn.mockRestore();
    expect(messages).not.toMatch(/undefined\.json/);
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/undefined reached/);
    const replayed = await replay(join(corpus, 'undefined.json'), { target: `${targets}/simple.ts`, export: 'undef', artifacts: scratch('art') });
    expect(replayed.status).toBe('failed');
  });

  test('--jobs 2 runs two workers over one corpus and still finds the bug', async () => {
    const corpus = scratch('jobs');
    const r = await fuzz({ target: `${targets}/magic.ts`, seed: 1, jobs: 2, maxIterations: 400_000, corpus, artifacts: scratch('art') });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/magic reached/);
    expect(readdirSync(corpus).length).toBeGreaterThan(1);
  });

  test('minify shrinks a failing input while it fails the same way', async () => {
    const artifacts = scratch('min');
    const file = join(artifacts, 'big.json');
    writeFileSync(file, JSON.stringify(Array.from({ length: 30 }, () => 90)));
    const r = await minify(file, { target: `${targets}/simple.ts`, export: 'sum', seed: 1, maxTime: 5, artifacts });
    expect(r.status).toBe('failed');
    expect(r.artifact).not.toBe(file);
    expect(existsSync(file)).toBe(true);
    const small = JSON.parse(readFileSync(r.artifact!, 'utf8')) as number[];
    expect(small.reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
    expect(small.length).toBeLessThan(10);
    expect(r.failure?.replay).toBe(`derive-mutators read ${r.artifact} ${targets}/simple.ts --export sum`);
  });
});
