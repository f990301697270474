/** Worker side of `read`: decode one file, run the target once, report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FuzzCodes, FuzzHints } from '../failure/codes.js';
import { makeDirsSync } from '../store/dirs.js';
import { regressionTest } from '../store/regression.js';
import { readValue } from '../../runtime/core/mutator.js';
import { Executor, inputTimeout } from './execute.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { failureReport } from '../failure/report.js';
import type { FuzzTarget } from '../target.js';
import { readRawArtifact, replayCommand } from '../store/artifacts.js';
import { decodeSnapshot } from '../store/snapshot-read.js';
import { ENCODING } from './in-flight.js';

export function decodeFile<T>(file: string, target: FuzzTarget<T>): T {
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const read = decodeInput(data, target);
  if (read === undefined) throw new Error(`${file} does not decode to a value of the target's type`);
  return read.value;
}

/** the target serializer's bytes, or a raw artifact (a snapshot, see store/snapshot.ts) */
export function decodeInput<T>(data: Uint8Array, target: FuzzTarget<T>, encoding: number = ENCODING.serializer): { value: T } | undefined {
  const raw = encoding === ENCODING.serializer ? readRawArtifact(data) : undefined;
  if (raw !== undefined) return decodeInput(raw.bytes, target, raw.encoding);
  if (encoding === ENCODING.serializer) return readValue(target.serializer, data);
  let value: unknown;
  try {
    value = decodeSnapshot(data);
  } catch {
    return undefined;
  }
  return target.mutator.validateValue(value as T) === undefined ? undefined : { value: value as T };
}

export async function runReadMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void): Promise<void> {
  const o = input.options;
  const value = decodeFile(input.file!, target);
  // written before the run, so a run that ends the worker still leaves it
  if (o.testFile !== undefined) writeRegressionTest(input, target, o.testFile);
  const started = Date.now();
  const exec = new Executor((v: unknown) => target.test(v), rt, inputTimeout(o.timeout, target));
  let r = exec.run(value);
  if (r instanceof Promise) r = await r;
  r ??= exec.modified(value);
  const base = { type: 'done' as const, iterations: 1, seconds: (Date.now() - started) / 1000, corpusSize: 0, coverage: 0 };
  if (o.testFile !== undefined) Object.assign(base, { testFile: o.testFile });
  if (r === undefined) post({ ...base, failed: false, artifact: null });
  else post({ ...base, failed: true, artifact: input.file!, failure: failureReport(r, exec.original() ?? value, input.packageRoot, replayCommand(input.file!, o.target, o.export)) });
}

function writeRegressionTest(input: WorkerInput, target: FuzzTarget, testFile: string): void {
  const o = input.options;
  const data = new Uint8Array(readFileSync(input.file!));
  const text = regressionTest({ artifact: input.file!, data, isUtf8: target.serializer.isUtf8, target: o.target, exportName: o.export, testFile, summary: readSummary(input.file!) });
  try {
    makeDirsSync(dirname(testFile));
    writeFileSync(testFile, text, { flag: 'wx' });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    throw new Error(`${FuzzCodes.cannotWriteTest} cannot write the regression test ${testFile}: ${exists ? 'the file exists (never overwritten)' : (e as Error).message}\nhint: ${FuzzHints[FuzzCodes.cannotWriteTest]}`);
  }
}

/** the first line of the artifact's .error.txt ("kind: message"), when there is one */
function readSummary(file: string): string {
  try {
    return readFileSync(`${file}.error.txt`, 'utf8').split('\n')[0] ?? 'failing input';
  } catch {
    return 'failing input';
  }
}
