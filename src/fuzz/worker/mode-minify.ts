/**
 * Worker side of `minify`: from a failing input, search for a less complex input that fails the
 * same way (shrink.ts) and save only the result, as one new artifact. `done.minimized` says
 * whether it is smaller than the input.
 */
import { replayCommand, writeArtifact } from '../store/artifacts.js';
import { Executor, inputTimeout } from './execute.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerDone, WorkerInput, WorkerMessage } from '../messages.js';
import { decodeFile } from './mode-read.js';
import { failureReport, failureText } from '../failure/report.js';
import type { FuzzTarget } from '../target.js';
import { shrink } from './shrink.js';

export async function runMinifyMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void): Promise<void> {
  const o = input.options;
  const started = Date.now();
  const exec = new Executor((v: unknown) => target.test(v), rt, inputTimeout(o.timeout, target));
  const start = decodeFile(input.file!, target);
  let first = exec.run(start);
  if (first instanceof Promise) first = await first;
  if (first === undefined || target.mutator.validateValue(start) === undefined) throw new Error(`${input.file} does not fail (nothing to minify)`);
  const r = await shrink(target.mutator, exec, start, first, {
    seed: o.seed,
    maxIterations: Number.isFinite(o.maxIterations) ? o.maxIterations : 200_000,
    stopAt: Date.now() + (Number.isFinite(o.maxTime) ? o.maxTime : 30) * 1000,
    packageRoot: input.packageRoot,
    onProgress: (iterations, budget) => post({ type: 'status', index: 0, stats: { iterations, poolSize: 1, coverage: 0, budget, seconds: (Date.now() - started) / 1000 } }),
  });
  const rep = failureReport(r.failure, r.value, input.packageRoot, '');
  const art = r.improved ? writeArtifact(o.artifacts, target.serializer, r.value, r.failure.kind, failureText(rep), o.target, o.export) : undefined;
  const artifact = art?.file ?? input.file!;
  const seconds = (Date.now() - started) / 1000;
  const replay = replayCommand(artifact, o.target, o.export);
  const done: WorkerDone = { type: 'done', failed: true, iterations: r.iterations, seconds, corpusSize: 0, coverage: 0, artifact, failure: { ...rep, replay, regressionTest: art?.regressionTest } };
  if (r.improved) done.minimized = { artifact, value: rep.value, valueText: rep.valueText, message: rep.message, complexity: r.complexity, from: r.from, seconds, replay, regressionTest: art?.regressionTest };
  post(done);
}
