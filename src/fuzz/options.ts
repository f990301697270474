/** Options and the result object shared by the API, the CLI (`--json`) and the workers. */
export interface FuzzOptions {
  /** path (or file URL) of the module exporting the target */
  target: string;
  /** export name; default: the default export */
  export?: string;
  maxIterations?: number;
  /** seconds */
  maxTime?: number;
  seed?: number;
  /** corpus folder, read at start and extended (default `.fuzz-corpus/<target>/`; false: none) */
  corpus?: string | false;
  /** default: `fuzz-artifacts` next to the current directory */
  artifacts?: string;
  maxComplexity?: number;
  /** per-input timeout in ms (default: the target's, else 2000) */
  timeout?: number;
  jobs?: number;
  /** heap limit in MB for the out-of-memory guard (default 2048) */
  maxMemory?: number;
  /** status line to stderr about once a second (default false for the API) */
  status?: boolean | ((line: string) => void);
  /** false: run without edge/comparison instrumentation (for measuring its cost) */
  instrument?: boolean;
  /** packages (by name) or paths inside node_modules to instrument too (default: none) */
  include?: string[];
  /** seconds to minimize a failure (default: 10% of maxTime, at least 1, at most 10; 0: off) */
  minimizeTime?: number;
  /** read: also write a vitest regression test replaying the file (true: beside the target) */
  regressionTest?: string | boolean;
  /** fuzz: write what the pool reached as lcov.info and HTML to this folder (true: `fuzz-coverage`) */
  coverage?: string | boolean;
}

/**
 * error/rejection: the target threw or rejected; timeout: an input ran past the per-input
 * timeout; exit: the target called process.exit; crash: an error thrown outside the test call
 * (a timer, an unhandled rejection) ended the worker; input-modified: the target changed its input.
 */
export type FailureKind = 'error' | 'rejection' | 'timeout' | 'stack-overflow' | 'out-of-memory' | 'abort' | 'exit' | 'crash' | 'input-modified';

export interface FuzzFailure {
  kind: FailureKind;
  message: string;
  stack: string;
  /** the failing value as JSON (bigint as "5n", Map as {"Map": [[k, v]]}, undefined as "<undefined>"; null when only the artifact holds it) */
  value: unknown;
  /** the failing value, printed readably (bounded) */
  valueText: string;
  replay: string;
  /** a vitest test replaying the artifact (`read --test` writes it) */
  regressionTest?: string;
  /** the failing calls as a TypeScript program, when the error says (a `@calls` driver's CallFailure) */
  program?: string;
  /** DM32xx when the tool explains the failure (see src/fuzz/failure/codes.ts), with a hint */
  code?: string;
  hint?: string;
}

/** a smaller input that fails the same way, saved beside the original artifact */
export interface FuzzMinimized {
  artifact: string;
  /** the smaller value as JSON (as FuzzFailure.value) */
  value: unknown;
  /** the smaller value, printed readably */
  valueText: string;
  /** its failure's message (it may name the value) */
  message: string;
  complexity: number;
  /** the original's complexity */
  from: number;
  seconds: number;
  replay: string;
  regressionTest?: string;
}

export interface FuzzResult {
  status: 'passed' | 'failed';
  iterations: number;
  seconds: number;
  execsPerSecond: number;
  /** path of the failing input's file, or null */
  artifact: string | null;
  corpusSize: number;
  /** counters covered plus comparison sites scored */
  coverage: number;
  /** the seed of the run (`--seed` repeats it, given the same corpus) */
  seed: number;
  failure?: FuzzFailure;
  /** read with regressionTest: the test file written */
  testFile?: string;
  /** with `coverage`: the report written (lcov.info and index.html) and the edges the pool reached */
  coverageReport?: { dir: string; lcov: string; html: string; edges: { covered: number; total: number }; files: number };
  /** fuzz: the failure minimized (when a smaller input was found); minify: the result */
  minimized?: FuzzMinimized;
}

/** A run that cannot start: bad target, bad options, unwritable folders. Exit code 2. */
export class FuzzStartError extends Error {
  constructor(
    message: string,
    /** a DM3xxx code (src/fuzz/failure/codes.ts) when the cause is the user's input */
    readonly code?: string,
    /** what to do about it */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'FuzzStartError';
  }
}

export interface ResolvedOptions {
  target: string;
  export: string | undefined;
  maxIterations: number;
  maxTime: number;
  seed: number;
  corpus: string | undefined;
  /** the corpus folder is read but nothing is written there (another target's, or not writable) */
  corpusReadOnly: boolean;
  /** the folder has files but no owner record: the worker claims it when one decodes */
  corpusClaim: boolean;
  artifacts: string;
  maxComplexity: number;
  timeout: number | undefined;
  jobs: number;
  maxMemory: number;
  instrument: boolean;
  /** real paths (folders end in '/') of included dependencies; resolved by fuzz() */
  include: string[];
  minimizeTime: number | undefined;
  /** read: where to write the regression test */
  testFile: string | undefined;
  /** fuzz: the coverage report folder */
  coverage: string | undefined;
}

function positive(name: string, v: number | undefined, fallback: number, integer: boolean): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !(v > 0) || (integer && !Number.isInteger(v))) {
    throw new FuzzStartError(`option '${name}' must be a positive ${integer ? 'integer' : 'number'}, got ${String(v)}`);
  }
  return v;
}

export function resolveOptions(o: FuzzOptions): ResolvedOptions {
  if (typeof o.target !== 'string' || o.target === '') throw new FuzzStartError("option 'target' must be the path of a module exporting a fuzz target");
  const seed = o.seed ?? Math.floor(Math.random() * 2 ** 32);
  if (!Number.isInteger(seed) || seed < 0) throw new FuzzStartError(`option 'seed' must be a non-negative integer, got ${String(o.seed)}`);
  const iters = o.maxIterations === undefined ? Infinity : positive('maxIterations', o.maxIterations, 0, true);
  const time = o.maxTime === undefined ? Infinity : positive('maxTime', o.maxTime, 0, false);
  return {
    target: o.target,
    export: o.export,
    maxIterations: iters,
    maxTime: time,
    seed,
    corpus: o.corpus === false ? undefined : o.corpus,
    corpusReadOnly: false,
    corpusClaim: false,
    artifacts: o.artifacts ?? 'fuzz-artifacts',
    maxComplexity: positive('maxComplexity', o.maxComplexity, 4096, false),
    timeout: o.timeout === undefined ? undefined : positive('timeout', o.timeout, 0, false),
    jobs: positive('jobs', o.jobs, 1, true),
    maxMemory: positive('maxMemory', o.maxMemory, 2048, false),
    instrument: o.instrument ?? true,
    include: o.include === undefined ? [] : Array.isArray(o.include) ? [...o.include] : [o.include as unknown as string],
    testFile: typeof o.regressionTest === 'string' ? o.regressionTest : undefined,
    coverage: o.coverage === true ? 'fuzz-coverage' : typeof o.coverage === 'string' && o.coverage !== '' ? o.coverage : undefined,
    minimizeTime: o.minimizeTime === undefined || o.minimizeTime === 0 ? o.minimizeTime : positive('minimizeTime', o.minimizeTime, 0, false),
  };
}
