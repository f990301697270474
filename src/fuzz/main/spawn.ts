/**
 * Main-thread side: starts worker threads (each registers the loader hooks, then loads the
 * target), relays status lines, stops the others at the first failure and combines results.
 */
import { Worker } from 'node:worker_threads';
import { bootstrapUrl, cacheDir, loaderPaths } from '../worker/loader/bootstrap.js';
import type { WorkerDone, WorkerInput, WorkerMessage, WorkerMode } from '../messages.js';
import { FuzzStartError, type ResolvedOptions } from '../options.js';
import { statusLine } from './status.js';
import type { EngineStats } from '../engine/engine.js';

export interface SpawnOptions {
  mode: WorkerMode;
  options: ResolvedOptions;
  file?: string;
  status?: (line: string) => void;
  notice?: (line: string) => void;
}

function workerSource(): string {
  return `(async () => {
  const { register } = await import('node:module');
  const { workerData, parentPort } = await import('node:worker_threads');
  globalThis.__dmFuzzWorker = true;
  try {
    register(workerData.boot);
    if (workerData.hooks) {
      // the loader thread's warnings (an included file it could not instrument) come back as notices
      const { MessageChannel } = await import('node:worker_threads');
      const ch = new MessageChannel();
      ch.port1.on('message', (message) => parentPort.postMessage({ type: 'notice', message }));
      ch.port1.unref();
      register(workerData.hooks, { data: { packageRoot: workerData.input.packageRoot, cacheDir: workerData.cacheDir, include: workerData.input.options.include, port: ch.port2 }, transferList: [ch.port2] });
    }
    await import(workerData.main);
  } catch (e) {
    parentPort.postMessage({ type: 'start-error', message: 'fuzz worker failed to start: ' + (e && e.stack || e) });
  }
})();`;
}

export function runWorkers(spec: SpawnOptions): Promise<WorkerDone> {
  const paths = loaderPaths();
  const ext = paths.fromSources ? 'ts' : 'js';
  const boot = bootstrapUrl(paths);
  const hooks = spec.options.instrument ? new URL(`../worker/loader/hooks.${ext}`, import.meta.url).href : undefined;
  const main = new URL(`../worker/main.${ext}`, import.meta.url).href;
  const jobs = spec.mode === 'fuzz' ? spec.options.jobs : 1;
  const workers: Worker[] = [];
  const done: WorkerDone[] = [];
  const stats = new Map<number, EngineStats>();
  let lastStatus = 0;
  return new Promise<WorkerDone>((resolve, reject) => {
    let settled = false;
    // a hang the loop deadline cannot see (uninstrumented code): the worker stops reporting
    const heard: number[] = [];
    const silence = Math.max(30_000, 10 * (spec.options.timeout ?? 2000));
    const watchdog = setInterval(() => {
      heard.forEach((t, i) => {
        if (settled || Date.now() - t <= silence) return;
        heard[i] = Infinity;
        void workers[i]?.terminate();
        onDone({ type: 'done', failed: true, iterations: 0, seconds: silence / 1000, corpusSize: 0, coverage: 0, artifact: null, failure: { kind: 'timeout', message: `worker ${i} stopped responding for ${silence / 1000} s (a hang in uninstrumented code?)`, stack: '', value: '(unknown)', replay: '' } });
      });
    }, 1000);
    watchdog.unref();
    const finish = (err: Error | undefined, result?: WorkerDone): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(result!);
    };
    const onDone = (d: WorkerDone): void => {
      done.push(d);
      if (d.failed) {
        for (const w of workers) w.postMessage({ type: 'stop' });
        // give the others a moment to stop cleanly, then combine
        setTimeout(() => finish(undefined, combine(done, d)), 50);
      } else if (done.length === jobs) finish(undefined, combine(done, undefined));
    };
    for (let i = 0; i < jobs; i++) {
      const input: WorkerInput = { mode: spec.mode, options: spec.options, index: i, packageRoot: paths.packageRoot, file: spec.file };
      const w = new Worker(workerSource(), {
        eval: true,
        workerData: { boot, hooks, main, input, cacheDir: cacheDir() },
        resourceLimits: { maxOldGenerationSizeMb: Math.ceil(spec.options.maxMemory * 1.5) },
        stdout: true,
      });
      // the target's console output goes to stderr, so stdout stays one JSON object with --json
      w.stdout.on('data', (chunk: Buffer) => void process.stderr.write(chunk));
      workers.push(w);
      heard.push(Date.now());
      w.on('message', (m: WorkerMessage) => {
        // a worker that reported its end sends nothing more: only the others are watched
        heard[i] = m.type === 'done' ? Infinity : Date.now();
        if (m.type === 'start-error') finish(new FuzzStartError(m.message));
        else if (m.type === 'notice') spec.notice?.(m.message);
        else if (m.type === 'status') {
          stats.set(m.index, m.stats);
          const now = Date.now();
          if (spec.status && now - lastStatus >= 900) {
            lastStatus = now;
            spec.status(statusLine([...stats.values()], spec.mode));
          }
        } else if (m.type === 'done') onDone(m);
      });
      w.on('error', (e) => {
        const oom = /heap|memory/i.test(e.message);
        if (oom) onDone({ type: 'done', failed: true, iterations: 0, seconds: 0, corpusSize: 0, coverage: 0, artifact: null, failure: { kind: 'out-of-memory', message: e.message, stack: '', value: '(unknown: the worker ran out of memory)', replay: '' } });
        else finish(new FuzzStartError(`fuzz worker crashed: ${e.stack ?? e.message}`));
      });
      w.on('exit', (code) => {
        if (!settled && done.length < jobs && !done.some((d) => d.failed)) finish(new FuzzStartError(`fuzz worker exited (code ${code}) before reporting`));
      });
    }
  });
}

function combine(all: WorkerDone[], failed: WorkerDone | undefined): WorkerDone {
  const first = failed ?? all[0]!;
  return {
    ...first,
    iterations: all.reduce((s, d) => s + d.iterations, 0),
    seconds: Math.max(...all.map((d) => d.seconds)),
    corpusSize: Math.max(...all.map((d) => d.corpusSize)),
    coverage: Math.max(...all.map((d) => d.coverage)),
  };
}
