/** Worker side of `read`: decode one file, run the target once, report. */
import { readFileSync } from 'node:fs';
import { readValue } from '../../runtime/core/mutator.js';
import { Executor, inputTimeout } from './execute.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { failureReport } from '../report.js';
import type { FuzzTarget } from '../target.js';
import { replayCommand } from '../store/artifacts.js';

export function decodeFile<T>(file: string, target: FuzzTarget<T>): T {
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const read = readValue(target.serializer, data);
  if (read === undefined) throw new Error(`${file} does not decode to a value of the target's type`);
  return read.value;
}

export async function runReadMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void): Promise<void> {
  const o = input.options;
  const value = decodeFile(input.file!, target);
  const started = Date.now();
  const exec = new Executor((v: unknown) => target.test(v), rt, inputTimeout(o.timeout, target));
  let r = exec.run(value);
  if (r instanceof Promise) r = await r;
  const base = { type: 'done' as const, iterations: 1, seconds: (Date.now() - started) / 1000, corpusSize: 0, coverage: 0 };
  if (r === undefined) post({ ...base, failed: false, artifact: null });
  else post({ ...base, failed: true, artifact: input.file!, failure: failureReport(r, value, input.packageRoot, replayCommand(input.file!, o.target, o.export)) });
}
