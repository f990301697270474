/** `fuzzTest` registers a vitest test that replays the corpus and runs a bounded fuzz. */
import { readdirSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { fuzzTest } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

const corpus = scratch('fuzztest');

fuzzTest('the clean target passes a bounded fuzz', `${targets}/simple.ts`, { export: 'clean', seed: 4, maxIterations: 5_000, corpus, artifacts: scratch('art') });

afterAll(() => {
  // the run extended the corpus folder
  expect(readdirSync(corpus).length).toBeGreaterThan(0);
});
