/**
 * Main-thread side: starts worker threads (each registers the loader hooks, then loads the
 * target), relays status lines, stops the others at the first failure and combines results.
 * A worker that hangs where its own deadline cannot reach, or dies (heap limit, process.exit,
 * an uncaught error), is ended here and its last input, read from shared memory, is written as
 * an artifact (death.ts), so no failure goes without one.
 */
import { Worker } from 'node:worker_threads';
import { bootstrapUrl, cacheDir, loaderPaths, resolverUrl } from '../worker/loader/bootstrap.js';
import type { WorkerDone, WorkerInput, WorkerMessage, WorkerMode } from '../messages.js';
import { FuzzStartError, type ResolvedOptions } from '../options.js';
import { statusLine } from './status.js';
import type { EngineStats } from '../engine/engine.js';
import { HANG_FACTOR, InFlightWatch } from './in-flight-watch.js';
import { afterDeath, type Death } from './death.js';
import { FuzzCodes } from '../failure/codes.js';

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
    register(workerData.resolver);
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

/** starts one worker thread running src/fuzz/worker/main in the given mode */
export function startWorker(options: ResolvedOptions, input: Omit<WorkerInput, 'packageRoot' | 'options'>): Worker {
  const paths = loaderPaths();
  const ext = paths.fromSources ? 'ts' : 'js';
  const hooks = options.instrument && input.mode !== 'salvage' ? new URL(`../worker/loader/hooks.${ext}`, import.meta.url).href : undefined;
  const main = new URL(`../worker/main.${ext}`, import.meta.url).href;
  const full: WorkerInput = { ...input, options, packageRoot: paths.packageRoot };
  const w = new Worker(workerSource(), {
    eval: true,
    workerData: { boot: bootstrapUrl(paths), resolver: resolverUrl(paths), hooks, main, input: full, cacheDir: cacheDir() },
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(options.maxMemory * 1.5) },
    stdout: true,
  });
  // the target's console output goes to stderr, so stdout stays one JSON object with --json
  w.stdout.on('data', (chunk: Buffer) => void process.stderr.write(chunk));
  return w;
}

export function runWorkers(spec: SpawnOptions): Promise<WorkerDone> {
  const jobs = spec.mode === 'fuzz' ? spec.options.jobs : 1;
  const workers: Worker[] = [];
  const watches: InFlightWatch[] = [];
  const ended: boolean[] = [];
  /** a failure a worker reported before minimizing it: stands if the worker dies meanwhile */
  const found: Array<WorkerDone | undefined> = [];
  const done: WorkerDone[] = [];
  const stats = new Map<number, EngineStats>();
  const edges = new Map<number, [number, number]>();
  const started = Date.now();
  let lastStatus = 0;
  return new Promise<WorkerDone>((resolve, reject) => {
    let settled = false;
    // a hang outside any input (engine or module code): the worker stops reporting
    const heard: number[] = [];
    const silence = Math.max(30_000, 10 * (spec.options.timeout ?? 2000));
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
    /** a worker hung or died: end it, then report its last input (written as an artifact) */
    const died = (i: number, death: Death): void => {
      if (ended[i] || settled) return;
      ended[i] = true;
      heard[i] = Infinity;
      void workers[i]!.terminate();
      if (!done.some((d) => d.failed)) for (const w of workers) if (w !== workers[i]) w.postMessage({ type: 'stop' });
      const kept = found[i];
      if (kept !== undefined) return onDone(kept);
      const s = stats.get(i);
      const counts = { iterations: watches[i]!.executions, seconds: (Date.now() - started) / 1000, corpusSize: s?.poolSize ?? 0, coverage: s?.coverage ?? 0 };
      afterDeath(spec, watches[i]!, death, counts).then(
        (d) => (d === undefined ? finish(new FuzzStartError(death.beforeFirstInput)) : onDone(d)),
        (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))),
      );
    };
    const watchdog = setInterval(() => {
      const now = Date.now();
      watches.forEach((watch, i) => {
        if (ended[i] || settled) return;
        if (watch.hung(now)) {
          const ms = HANG_FACTOR * watch.timeoutMs;
          died(i, { kind: 'timeout', code: FuzzCodes.uninterruptibleHang, message: `input ran longer than ${ms} ms (${HANG_FACTOR} x the ${watch.timeoutMs} ms timeout) where the deadline cannot stop it: native code such as a regular expression, or a module that is not instrumented; the worker was ended`, stack: '', beforeFirstInput: '' });
        } else if (watch.runningFor(now) === 0 && now - heard[i]! > silence) {
          died(i, { kind: 'timeout', message: `worker ${i} stopped responding for ${silence / 1000} s (a hang in uninstrumented code?)`, stack: '', beforeFirstInput: `fuzz worker ${i} stopped responding for ${silence / 1000} s while loading the target` });
        }
      });
    }, 100);
    watchdog.unref();
    for (let i = 0; i < jobs; i++) {
      const watch = new InFlightWatch();
      const w = startWorker(spec.options, { mode: spec.mode, index: i, file: spec.file, inFlight: watch.shared });
      workers.push(w);
      watches.push(watch);
      ended.push(false);
      heard.push(Date.now());
      w.on('message', (m: WorkerMessage) => {
        if (ended[i]) return;
        // a worker that reported its end sends nothing more: only the others are watched
        heard[i] = m.type === 'done' ? Infinity : Date.now();
        if (m.type === 'in-flight-buffer') watch.take(m);
        else if (m.type === 'found') {
          found[i] = m.done;
          for (const w of workers) if (w !== workers[i]) w.postMessage({ type: 'stop' });
        }
        else if (m.type === 'start-error') finish(new FuzzStartError(m.message, m.code, m.hint));
        else if (m.type === 'notice') spec.notice?.(m.message);
        else if (m.type === 'status') {
          stats.set(i, m.stats);
          if (m.edges) edges.set(i, m.edges);
          const now = Date.now();
          if (spec.status && now - lastStatus >= 900) {
            lastStatus = now;
            spec.status(statusLine([...stats.values()], spec.mode, [...edges.values()]));
          }
        } else if (m.type === 'done') {
          ended[i] = true;
          onDone(m);
        }
      });
      w.on('error', (e) => {
        const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap out of memory|memory limit/i.test(e.message);
        if (oom) died(i, { kind: 'out-of-memory', code: FuzzCodes.workerOutOfMemory, message: `the worker's heap reached its hard limit (${Math.ceil(spec.options.maxMemory * 1.5)} MB: 1.5 x maxMemory ${spec.options.maxMemory} MB)`, stack: '', beforeFirstInput: `fuzz worker ran out of memory while loading the target: ${e.message}` });
        else died(i, { kind: 'crash', code: FuzzCodes.workerCrashed, message: `uncaught in the worker, outside the test call: ${e.name}: ${e.message}`, stack: '', error: e, beforeFirstInput: `fuzz worker crashed: ${e.message}` });
      });
      w.on('exit', (code) => {
        if (settled || ended[i]) return;
        died(i, { kind: 'exit', code: FuzzCodes.targetExited, message: `the target ended the worker with process.exit(${code})`, stack: '', beforeFirstInput: `fuzz worker exited (code ${code}) while loading the target (process.exit in the target module?)` });
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
    reached: all.flatMap((d) => d.reached ?? []),
  };
}
