/** `fuzzTest` registers a vitest test that replays the corpus and runs a bounded fuzz. */
import { readdirSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { fuzzTest } from '../../src/fuzz/index.js';
import { runFuzzTest } from '../../src/fuzz/fuzz-test.js';
import { scratch, targets } from './helpers.js';

const corpus = scratch('fuzztest');

fuzzTest('the clean target passes a bounded fuzz', `${targets}/simple.ts`, { export: 'clean', seed: 4, maxIterations: 5_000, corpus, artifacts: scratch('art') });

test('a failing target fails the test with the value, the error and the artifact path', async () => {
  const artifacts = scratch('art');
  const err = await runFuzzTest(`${targets}/simple.ts`, { export: 'shallow', seed: 4, artifacts }).then(() => undefined, (e: unknown) => e as Error);
  expect(err).toBeInstanceOf(Error);
  expect(err!.message).toMatch(/shallow bug/);
  expect(err!.message).toMatch(/value:\s+\[\s+true,\s+false,\s+true/);
  expect(err!.message).toContain(`artifact: ${artifacts}/error-`);
});

afterAll(() => {
  // the passing run extended the corpus folder
  expect(readdirSync(corpus).length).toBeGreaterThan(0);
});
