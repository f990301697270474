/**
 * `fuzz(options)`: the programmatic entry. Checks options and folders (the corpus folder is
 * chosen here, store/corpus-folder.ts), runs the workers, writes the coverage report if asked, and
 * resolves to the same object the CLI prints with `--json`. Rejects with FuzzStartError when the
 * run cannot start (bad target, bad options, unwritable folders).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWritable } from './store/artifacts.js';
import { chooseCorpus, shown, undoCreated, type CorpusChoice } from './store/corpus-folder.js';
import { checkCoverageDir, writeCoverage } from './main/coverage-report.js';
import { FuzzCodes, FuzzHints } from './failure/codes.js';
import { resolveIncludes } from './include.js';
import { regressionTestPath } from './store/regression.js';
import type { WorkerDone, WorkerMode } from './messages.js';
import { FuzzStartError, resolveOptions, type FuzzOptions, type FuzzResult, type ResolvedOptions } from './options.js';
import { runWorkers } from './main/spawn.js';

function targetPath(t: string): string {
  const p = t.startsWith('file:') ? fileURLToPath(t) : resolve(t);
  if (!existsSync(p)) throw new FuzzStartError(`target ${t} does not exist`);
  return p;
}

function prepare(options: FuzzOptions, mode: WorkerMode, say: (line: string) => void): { o: ResolvedOptions; corpus?: CorpusChoice } {
  const o = resolveOptions(options);
  o.target = targetPath(o.target);
  o.include = resolveIncludes(o.include, o.target);
  try {
    checkWritable(o.artifacts);
  } catch (e) {
    throw new FuzzStartError((e as Error).message);
  }
  if (mode === 'fuzz' && o.coverage !== undefined) {
    if (!o.instrument) throw new FuzzStartError('--coverage reports what the instrumented code reached, and --no-instrument turns instrumentation off', FuzzCodes.coverageWithoutInstrument, FuzzHints[FuzzCodes.coverageWithoutInstrument]);
    o.coverage = resolve(o.coverage);
    checkCoverageDir(o.coverage);
  } else o.coverage = undefined;
  let c: CorpusChoice | undefined;
  if (mode === 'fuzz' && options.corpus !== false) {
    c = chooseCorpus(o.corpus, o.target, o.export);
    // warnings now; the note on a new folder once the run has started
    for (const n of c.notes) if (!n.startsWith('note:')) say(`warning: ${n}`);
    o.corpus = c.dir;
    o.corpusReadOnly = c.readOnly;
    o.corpusClaim = c.claim;
  }
  // workers share what they find through a folder: a scratch one when there is none to write
  if ((o.corpus === undefined || o.corpusReadOnly) && o.jobs > 1 && mode === 'fuzz') {
    o.corpus = mkdtempSync(join(tmpdir(), 'dm-corpus-'));
    o.corpusReadOnly = false;
  }
  if (o.maxIterations === Infinity && o.maxTime === Infinity) o.maxTime = 10;
  return { o, ...(c ? { corpus: c } : {}) };
}

function statusSink(s: FuzzOptions['status']): ((l: string) => void) | undefined {
  if (typeof s === 'function') return s;
  return s ? (l) => process.stderr.write(`${l}\n`) : undefined;
}

function toResult(d: WorkerDone, seed: number): FuzzResult {
  const r: FuzzResult = {
    status: d.failed ? 'failed' : 'passed',
    iterations: d.iterations,
    seconds: Number(d.seconds.toFixed(3)),
    execsPerSecond: d.seconds > 0 ? Math.round(d.iterations / d.seconds) : 0,
    artifact: d.artifact,
    corpusSize: d.corpusSize,
    coverage: d.coverage,
    seed,
  };
  if (d.failure) r.failure = d.failure;
  if (d.minimized) r.minimized = d.minimized;
  if (d.testFile) r.testFile = d.testFile;
  return r;
}

async function runMode(mode: WorkerMode, options: FuzzOptions, file?: string): Promise<FuzzResult> {
  const say = (l: string): void => void process.stderr.write(`${l}\n`);
  const { o, corpus } = prepare(options, mode, say);
  if (file !== undefined && !existsSync(file)) throw new FuzzStartError(`${file} does not exist`);
  // each worker loads (and may warn about) the same files: one warning each
  const seen = new Set<string>();
  const notice = (l: string): void => {
    if (seen.has(l)) return;
    seen.add(l);
    say(`warning: ${l}`);
  };
  const status = statusSink(options.status);
  if (mode === 'fuzz') status?.(`fuzz: seed ${o.seed} (--seed ${o.seed} repeats this run), corpus ${o.corpus === undefined ? 'none' : shown(o.corpus)}${o.corpus !== undefined && o.corpusReadOnly ? ' (read only)' : ''}`);
  let done: WorkerDone;
  try {
    done = await runWorkers({ mode, options: o, file: file === undefined ? undefined : resolve(file), status, notice });
  } catch (e) {
    if (corpus) undoCreated(corpus);
    throw e;
  }
  for (const n of corpus?.notes ?? []) if (n.startsWith('note:')) say(n);
  const result = toResult(done, o.seed);
  if (o.coverage !== undefined && done.reached !== undefined && done.reached.length > 0) result.coverageReport = await writeCoverage(o.coverage, done.reached);
  return result;
}

/** Fuzzes the target module; resolves to the run's result (status 'failed' with an artifact, or 'passed'). */
export function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  return runMode('fuzz', options);
}

/** Reruns one input file against the target. */
export function replay(file: string, options: FuzzOptions): Promise<FuzzResult> {
  const t = options.regressionTest;
  // true: beside the target, named after the input file
  const testFile = t === true ? regressionTestPath(resolve(options.target.startsWith('file:') ? fileURLToPath(options.target) : options.target), file) : t || undefined;
  return runMode('read', { ...options, regressionTest: testFile === undefined ? undefined : resolve(testFile) }, file);
}

/** Looks for less complex inputs failing like `artifact`; resolves with the smallest found. */
export function minify(artifact: string, options: FuzzOptions): Promise<FuzzResult> {
  return runMode('minify', options, artifact);
}
