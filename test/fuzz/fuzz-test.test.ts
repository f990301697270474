/**
 * `fuzzTest` registers a vitest test that replays the corpus and runs a bounded fuzz; a relative
 * target resolves from this file (not from the directory vitest runs in), a URL as given.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { fuzzTest } from '../../src/fuzz/index.js';
import { runFuzzTest } from '../../src/fuzz/fuzz-test.js';
import { scratch, targets } from './helpers.js';

const corpus = scratch('fuzztest');
const here = fileURLToPath(new URL('.', import.meta.url));

fuzzTest('the clean target passes a bounded fuzz', `${targets}/simple.ts`, { export: 'clean', seed: 4, maxIterations: 5_000, corpus, artifacts: scratch('art') });
fuzzTest('a target path relative to the test file', './targets/simple.ts', { export: 'clean', seed: 4, maxIterations: 2_000, artifacts: scratch('art') });
fuzzTest('a target given as a URL', new URL('./targets/simple.ts', import.meta.url), { export: 'clean', seed: 4, maxIterations: 2_000, artifacts: scratch('art') });

test('a failing target fails the test with the value, the error and the artifact path', async () => {
  const artifacts = scratch('art');
  const err = await runFuzzTest(`${targets}/simple.ts`, { export: 'shallow', seed: 4, artifacts }).then(() => undefined, (e: unknown) => e as Error);
  expect(err).toBeInstanceOf(Error);
  expect(err!.message).toMatch(/shallow bug/);
  expect(err!.message).toMatch(/value:\s+\[\s+true,\s+false,\s+true/);
  expect(err!.message).toContain(`artifact: ${artifacts}/error-`);
});

test('relative to the test file, not the working directory: the failure replays from the right target', async () => {
  const err = await runFuzzTest('./targets/simple.ts', { export: 'shallow', seed: 4, artifacts: scratch('art') }).then(() => undefined, (e: unknown) => e as Error);
  expect(err!.message).toMatch(/shallow bug/);
  expect(err!.message).toContain(`at Object.test (${here}targets/simple.ts:`);
  const missing = await runFuzzTest('./targets/no-such.ts', { artifacts: scratch('art') }).then(() => undefined, (e: unknown) => e as Error);
  expect(missing!.message).toBe(`target ${here}targets/no-such.ts does not exist`);
});

afterAll(() => {
  // the passing run extended the corpus folder
  expect(readdirSync(corpus).filter((f) => !f.startsWith('.')).length).toBeGreaterThan(0);
});
