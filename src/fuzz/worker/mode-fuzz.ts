/** Worker side of `fuzz`: corpus in, engine loop, corpus out; on a failure an artifact, then a bounded minimization saved beside it. */
import type { MessagePort } from 'node:worker_threads';
import { minimizedPath, writeArtifact } from '../store/artifacts.js';
import { Corpus } from '../store/corpus.js';
import { Engine } from '../engine/engine.js';
import { Executor, inputTimeout } from './execute.js';
import { shrink, shrinkable } from './shrink.js';
import type { CaughtFailure } from '../failure/failure.js';
import type { FuzzMinimized } from '../options.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerDone, WorkerInput, WorkerMessage } from '../messages.js';
import { failureReport, failureText } from '../failure/report.js';
import type { FuzzTarget } from '../target.js';
import type { CoverageMapData } from 'istanbul-lib-coverage';
import { coverageData, poolHits } from './coverage-data.js';

export async function runFuzzMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void, port: MessagePort): Promise<void> {
  const o = input.options;
  let stop = false;
  port.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') stop = true;
  });
  const corpus = o.corpus === undefined ? undefined : new Corpus(o.corpus, target.serializer, { readOnly: o.corpusReadOnly, ...(o.corpusClaim ? { claim: { target: o.target, export: o.export } } : {}) });
  corpus?.ensure();
  const report = (): void => {
    for (const p of corpus?.problems.splice(0) ?? []) post({ type: 'notice', message: p });
  };
  const share = Math.ceil(o.maxIterations / o.jobs);
  const engine = new Engine(target, rt, {
    seed: (o.seed + input.index * 0x9e3779b9) >>> 0,
    maxComplexity: o.maxComplexity,
    maxIterations: Number.isFinite(share) ? share : Infinity,
    stopAt: Date.now() + o.maxTime * 1000,
    timeout: inputTimeout(o.timeout, target),
    maxMemory: o.maxMemory,
  }, {
    onNewEntry: (e) => {
      e.file = corpus?.add(e.value);
    },
    onTick: async (stats) => {
      post({ type: 'status', index: input.index, stats, edges: [engine.coverage.coveredCounters, rt.usedCounters] });
      await new Promise((r) => setImmediate(r));
      if (corpus === undefined || o.jobs === 1) return;
      const fresh = corpus.readNew();
      report();
      return fresh;
    },
    shouldStop: () => stop,
  });
  let outcome = corpus === undefined ? undefined : await engine.seedWith(corpus.readNew());
  report();
  outcome ??= await engine.run();
  const s = outcome.stats;
  const reached = o.coverage === undefined ? undefined : [await reachedByPool(engine, target, rt, o.timeout)];
  const base = { type: 'done' as const, iterations: s.iterations, seconds: s.seconds, corpusSize: corpus?.size ?? engine.pool.size, coverage: s.coverage, ...(reached ? { reached } : {}) };
  if (outcome.failure === undefined) {
    post({ ...base, failed: false, artifact: null });
    return;
  }
  const { value, caught } = outcome.failure;
  const pre = failureReport(caught, value, input.packageRoot, '');
  const art = writeArtifact(o.artifacts, target.serializer, value, caught.kind, failureText(pre), o.target, o.export);
  const found: WorkerDone = { ...base, failed: true, artifact: art.file, failure: { ...pre, replay: art.replay, regressionTest: art.regressionTest } };
  // the main thread keeps this result in case a smaller candidate ends the worker
  post({ type: 'found', done: found });
  const seconds = minimizeSeconds(o.minimizeTime, o.maxTime, s.seconds);
  if (seconds > 0 && shrinkable(caught)) found.minimized = await minimizeFound(input, target, rt, value, caught, seconds, art.file, post);
  post(found);
}

/** --coverage: the pool's inputs run once more, counted per location */
async function reachedByPool<T>(engine: Engine<T>, target: FuzzTarget<T>, rt: FuzzRuntime, timeout: number | undefined): Promise<CoverageMapData> {
  const exec = new Executor((v: T) => target.test(v), rt, inputTimeout(timeout, target));
  return coverageData(rt.maps, await poolHits(engine.pool.entries.map((e) => e.value), exec, rt));
}

/** about 10% of the run (its time budget, else its length), at least 1 s, at most 10 s; 0: off */
export function minimizeSeconds(option: number | undefined, maxTime: number, ran: number): number {
  if (option !== undefined) return option;
  return Math.min(10, Math.max(1, 0.1 * (Number.isFinite(maxTime) ? maxTime : ran)));
}

async function minimizeFound(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, value: unknown, caught: CaughtFailure, seconds: number, original: string, post: (m: WorkerMessage) => void): Promise<FuzzMinimized | undefined> {
  const o = input.options;
  const started = Date.now();
  const exec = new Executor((v: unknown) => target.test(v), rt, inputTimeout(o.timeout, target));
  const r = await shrink(target.mutator, exec, value, caught, {
    seed: o.seed,
    maxIterations: Infinity,
    stopAt: started + seconds * 1000,
    packageRoot: input.packageRoot,
    onProgress: (iterations, budget) => post({ type: 'status', index: input.index, stats: { iterations, poolSize: 1, coverage: 0, budget, seconds: (Date.now() - started) / 1000 } }),
  });
  if (!r.improved) return undefined;
  const rep = failureReport(r.failure, r.value, input.packageRoot, '');
  const path = minimizedPath(original, target.serializer.extension);
  const art = writeArtifact(o.artifacts, target.serializer, r.value, r.failure.kind, failureText(rep), o.target, o.export, path);
  return { artifact: art.file, value: rep.value, valueText: rep.valueText, message: rep.message, complexity: r.complexity, from: r.from, seconds: (Date.now() - started) / 1000, replay: art.replay, regressionTest: art.regressionTest };
}
