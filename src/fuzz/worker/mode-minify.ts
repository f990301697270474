/**
 * Worker side of `minify`: from a failing input, look for less complex inputs that fail the same
 * way (same kind, error class and top user frame), each saved as a new artifact, until the time
 * or iteration budget runs out or no progress is made for a while.
 */
import { replayCommand, writeArtifact } from '../store/artifacts.js';
import { Executor, inputTimeout } from './execute.js';
import { signature, type CaughtFailure } from '../failure.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { decodeFile } from './mode-read.js';
import { failureReport, failureText } from '../report.js';
import type { FuzzTarget } from '../target.js';
import { createRng } from '../../runtime/core/rng.js';
import { deepClone } from '../../runtime/core/values.js';

export async function runMinifyMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void): Promise<void> {
  const o = input.options;
  const m = target.mutator;
  const started = Date.now();
  const exec = new Executor((v: unknown) => target.test(v), rt, inputTimeout(o.timeout, target));
  const runOnce = async (v: unknown): Promise<CaughtFailure | undefined> => {
    const r = exec.run(v);
    return r instanceof Promise ? await r : r;
  };
  let best = decodeFile(input.file!, target);
  let cache = m.validateValue(best);
  const first = await runOnce(best);
  if (first === undefined || cache === undefined) throw new Error(`${input.file} does not fail (nothing to minify)`);
  const sig = signature(first, input.packageRoot);
  let bestC = m.complexity(best, cache);
  let bestFailure = first;
  let artifact = input.file!;
  const rng = createRng(o.seed);
  const maxIter = Number.isFinite(o.maxIterations) ? o.maxIterations : 200_000;
  const stopAt = Date.now() + (Number.isFinite(o.maxTime) ? o.maxTime : 30) * 1000;
  let iterations = 0;
  let sinceProgress = 0;
  while (iterations < maxIter && Date.now() < stopAt && sinceProgress < 20_000 && bestC > m.minComplexity()) {
    iterations++;
    sinceProgress++;
    const budget = Math.max(m.minComplexity(), bestC - 0.01);
    const fresh = rng.below(16) === 0;
    const mu = fresh ? undefined : m.randomMutate(best, cache, rng, budget);
    const cand = fresh ? m.randomArbitrary(rng, budget) : mu!;
    let accepted = false;
    if (cand.complexity < bestC) {
      const f = await runOnce(cand.value);
      if (f !== undefined && signature(f, input.packageRoot) === sig) {
        best = deepClone(cand.value);
        cache = m.validateValue(best);
        bestC = m.complexity(best, cache);
        bestFailure = f;
        accepted = true;
        sinceProgress = 0;
        const rep = failureReport(f, best, input.packageRoot, '');
        artifact = writeArtifact(o.artifacts, target.serializer, best, f.kind, failureText(rep), o.target, o.export).file;
      }
    }
    if (!accepted && mu !== undefined) best = m.unmutate(mu.value, cache, mu.token);
    if (iterations % 1000 === 0) post({ type: 'status', index: 0, stats: { iterations, poolSize: 1, coverage: 0, budget: bestC, seconds: (Date.now() - started) / 1000 } });
  }
  const rep = failureReport(bestFailure, best, input.packageRoot, '');
  post({ type: 'done', failed: true, iterations, seconds: (Date.now() - started) / 1000, corpusSize: 0, coverage: 0, artifact, failure: { ...rep, replay: replayCommand(artifact, o.target, o.export) } });
}
