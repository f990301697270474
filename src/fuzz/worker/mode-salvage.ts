/**
 * Worker side of a salvage: the main thread copied the last input of a worker that hung or died
 * out of shared memory; this worker (a fresh one, with the target loaded for its Serializer and
 * Mutator) writes it as an artifact in the target's own format. It never runs the target.
 */
import { jsonValue, pretty } from '../failure/failure.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { failureText } from '../failure/report.js';
import { writeArtifact } from '../store/artifacts.js';
import type { FuzzTarget } from '../target.js';
import { decodeInput } from './mode-read.js';

export function runSalvageMode(input: WorkerInput, target: FuzzTarget, post: (m: WorkerMessage) => void): void {
  const o = input.options;
  const s = input.salvage!;
  const read = decodeInput(s.bytes, target, s.encoding);
  if (read === undefined) throw new Error('the last input of the dead worker does not decode');
  const failure = { ...s.failure, value: jsonValue(read.value), valueText: pretty(read.value) };
  const art = writeArtifact(o.artifacts, target.serializer, read.value, failure.kind, failureText(failure), o.target, o.export);
  post({ type: 'done', failed: true, iterations: 0, seconds: 0, corpusSize: 0, coverage: 0, artifact: art.file, failure: { ...failure, replay: art.replay, regressionTest: art.regressionTest } });
}
