/**
 * --watch: derive once, then again whenever an input, a project file it imports (as the last
 * analysis found them; node_modules excluded) or the tsconfig changes. Errors are
 * reported and the watch goes on; it stops when io.signal aborts (the bin wires SIGINT to it).
 */
import { resolve } from 'node:path';
import { watch } from 'chokidar';
import { runDerive, type DeriveOptions } from './derive.js';
import type { GenerateFn } from './generator.js';
import type { CliIo } from './io.js';
import { display } from './paths.js';
import { count, describeError } from './report.js';

const DEBOUNCE_MS = 50;

function clock(): string {
  return new Date().toISOString().slice(11, 19);
}

export async function runWatch(opts: DeriveOptions, io: CliIo, generate: GenerateFn): Promise<number> {
  const first = await runDerive(opts, io, generate);
  let last = first.exitCode;
  if (io.signal?.aborted) return last;
  const watched = new Set([...opts.files, ...(opts.project ? [opts.project] : [])].map((f) => resolve(io.cwd, f)));
  const watcher = watch([...watched], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending: string[] = [];

  const regenerate = async (): Promise<void> => {
    const why = [...new Set(pending)].map((p) => display(io.cwd, p)).join(', ');
    pending = [];
    try {
      const run = await runDerive({ ...opts, quiet: true }, io, generate);
      last = run.exitCode;
      follow(run.sources);
      io.stdout(`[${clock()}] ${why} changed: regenerated ${count(run.outputs, 'output')}, ${run.changed} written, ${run.reporter.tally()}`);
    } catch (err) {
      last = 1;
      io.stdout(`[${clock()}] ${why} changed: regeneration failed: ${describeError(err)}; still watching`);
    }
  };

  const schedule = (path: string): void => {
    pending.push(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      // one regeneration at a time; changes during a run trigger one more run afterwards
      running = (running ?? Promise.resolve()).then(() => (pending.length ? regenerate() : undefined));
    }, DEBOUNCE_MS);
  };

  /** adds the files the last analysis read (imports come and go as the inputs change) */
  const follow = (sources: readonly string[]): void => {
    const fresh = sources.filter((s) => !watched.has(s));
    for (const s of fresh) watched.add(s);
    if (fresh.length > 0) watcher.add(fresh);
  };
  follow(first.sources);

  watcher.on('all', (_event, path) => schedule(path));
  watcher.on('error', (err) => io.stderr(`derive-mutators: watcher error: ${describeError(err)}; still watching`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.stdout(`derive-mutators: watching ${count(watched.size, 'file')} for changes (Ctrl-C to stop)`);

  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) return resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  clearTimeout(timer);
  await watcher.close();
  await running;
  return last;
}
