// A hang the loop deadline cannot see: job 1 blocks its thread outside any instrumented loop
// (Atomics.wait, no CPU used) on its first input; job 0 is a clean target.
import { workerData } from 'node:worker_threads';
import { integer, jsonSerializer } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const ints = integer({ min: 0, max: 1000 });
const job = (workerData as { input?: { index?: number } } | null)?.input?.index ?? 0;
const cell = new Int32Array(new SharedArrayBuffer(4));

export default defineFuzzTarget({
  mutator: ints,
  serializer: jsonSerializer(ints),
  timeout: 100,
  test() {
    if (job === 1) Atomics.wait(cell, 0, 0, 300_000);
  },
});
