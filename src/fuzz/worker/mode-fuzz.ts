/** Worker side of `fuzz`: corpus in, engine loop, corpus out, artifact on failure. */
import type { MessagePort } from 'node:worker_threads';
import { writeArtifact } from '../store/artifacts.js';
import { Corpus } from '../store/corpus.js';
import { Engine } from '../engine/engine.js';
import { inputTimeout } from './execute.js';
import type { FuzzRuntime } from './instrument/runtime.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { failureReport, failureText } from '../report.js';
import type { FuzzTarget } from '../target.js';

export async function runFuzzMode(input: WorkerInput, target: FuzzTarget, rt: FuzzRuntime, post: (m: WorkerMessage) => void, port: MessagePort): Promise<void> {
  const o = input.options;
  let stop = false;
  port.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') stop = true;
  });
  const corpus = o.corpus === undefined ? undefined : new Corpus(o.corpus, target.serializer);
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
      post({ type: 'status', index: input.index, stats });
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
  const base = { type: 'done' as const, iterations: s.iterations, seconds: s.seconds, corpusSize: corpus?.size ?? engine.pool.size, coverage: s.coverage };
  if (outcome.failure === undefined) {
    post({ ...base, failed: false, artifact: null });
    return;
  }
  const { value, caught } = outcome.failure;
  const pre = failureReport(caught, value, input.packageRoot, '');
  const art = writeArtifact(o.artifacts, target.serializer, value, caught.kind, failureText(pre), o.target, o.export);
  post({ ...base, failed: true, artifact: art.file, failure: { ...pre, replay: art.replay } });
}
