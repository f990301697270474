/**
 * What happens after a worker hung or died: its last input is copied from shared memory and
 * written as an artifact by a fresh "salvage" worker (which loads the target for its Serializer
 * but never runs it); if even that fails, the raw snapshot is written (`read` accepts it too).
 * In `read` and `minify` the input file itself is the artifact.
 */
import type { WorkerDone } from '../messages.js';
import type { FailureKind, FuzzFailure } from '../options.js';
import { jsonValue, pretty, userStack } from '../failure/failure.js';
import { replayCommand, writeRawArtifact } from '../store/artifacts.js';
import { decodeSnapshot } from '../store/snapshot-read.js';
import { ENCODING } from '../worker/in-flight.js';
import type { InFlightWatch, LastInput } from './in-flight-watch.js';
import { startWorker, type SpawnOptions } from './spawn.js';
import { coded, failureText } from '../failure/report.js';
import type { FuzzCode } from '../failure/codes.js';
import { loaderPaths } from '../worker/loader/bootstrap.js';

export interface Death {
  kind: FailureKind;
  /** the DM32xx code whose hint explains it */
  code?: FuzzCode;
  message: string;
  stack: string;
  /** the error the worker reported, when there is one */
  error?: Error;
  /** the start error to give when the worker died before its first input */
  beforeFirstInput: string;
}

type Counts = Pick<WorkerDone, 'iterations' | 'seconds' | 'corpusSize' | 'coverage'>;

function printable(last: LastInput): { value: unknown; valueText: string } {
  if (last.encoding !== ENCODING.snapshot) return { value: null, valueText: '(see the artifact)' };
  try {
    const v = decodeSnapshot(last.bytes);
    return { value: jsonValue(v), valueText: pretty(v) };
  } catch {
    return { value: null, valueText: '(unreadable)' };
  }
}

/** the WorkerDone for a dead worker, or undefined when it died before running any input */
export async function afterDeath(spec: SpawnOptions, watch: InFlightWatch, death: Death, counts: Counts): Promise<WorkerDone | undefined> {
  const last = watch.last();
  if (last === undefined) return undefined;
  const o = spec.options;
  const root = loaderPaths().packageRoot;
  const stack = death.error !== undefined ? userStack(death.error, root) : death.stack;
  const message = last.running ? death.message : `${death.message}, after this input had finished (a timer or promise it left behind?)`;
  const failure: FuzzFailure = { kind: death.kind, message, stack, ...printable(last), replay: '', ...(death.code ? coded(death.code) : {}) };
  const base = { type: 'done' as const, failed: true, ...counts };
  if (spec.mode !== 'fuzz') {
    const file = spec.file!;
    return { ...base, artifact: file, failure: { ...failure, replay: replayCommand(file, o.target, o.export) } };
  }
  const saved = await salvage(spec, { bytes: last.bytes, encoding: last.encoding, failure });
  if (saved !== undefined) return { ...base, artifact: saved.artifact, failure: saved.failure ?? failure };
  const raw = writeRawArtifact(o.artifacts, last.bytes, last.encoding, death.kind, failureText(failure), o.target, o.export);
  return { ...base, artifact: raw.file, failure: { ...failure, replay: raw.replay } };
}

/** a worker in salvage mode writes the input through the target's Serializer */
function salvage(spec: SpawnOptions, input: NonNullable<Parameters<typeof startWorker>[1]['salvage']>): Promise<WorkerDone | undefined> {
  return new Promise((resolve) => {
    const w = startWorker(spec.options, { mode: 'salvage', index: 0, salvage: input });
    let answer: WorkerDone | undefined;
    const timer = setTimeout(() => void w.terminate(), 30_000);
    w.on('message', (m: { type: string }) => {
      if (m.type === 'done') answer = m as WorkerDone;
      if (m.type === 'done' || m.type === 'start-error') void w.terminate();
    });
    w.on('error', () => undefined);
    w.on('exit', () => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
}
