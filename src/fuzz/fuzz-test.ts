/**
 * `fuzzTest(name, target, options)` for vitest: one test that replays the corpus and fuzzes for a
 * short bounded budget (longer with FUZZ=1, or FUZZ=<seconds>). A failure fails the test with the
 * failing value, the error and the artifact path. A relative target resolves from the test file
 * (caller.ts); a URL (`new URL('./t.ts', import.meta.url)`) is taken as it is.
 */
import { fuzz } from './fuzz.js';
import type { FuzzOptions } from './options.js';
import { failureText, minimizedText } from './failure/report.js';
import { callerFile, targetFrom } from './caller.js';

export interface FuzzTestOptions extends Omit<FuzzOptions, 'target' | 'status'> {
  /** budget with FUZZ=1 (seconds, default 60) */
  longTime?: number;
}

type TestFn = (name: string, fn: () => Promise<void>, timeout?: number) => void;

// vitest is imported only inside a vitest run, never in fuzz workers or plain programs
const inVitest = process.env.VITEST !== undefined && (globalThis as { __dmFuzzWorker?: boolean }).__dmFuzzWorker !== true;
// (a child process of a vitest run inherits VITEST but may not see vitest installed)
const vitestTest: TestFn | undefined = inVitest ? ((await import('vitest').catch(() => undefined))?.test as unknown as TestFn | undefined) : undefined;

function budget(o: FuzzTestOptions): Pick<FuzzOptions, 'maxIterations' | 'maxTime'> {
  const env = process.env.FUZZ;
  if (env !== undefined && env !== '' && env !== '0') {
    const secs = Number(env);
    return { maxTime: Number.isFinite(secs) && secs > 1 ? secs : (o.longTime ?? 60) };
  }
  return { maxIterations: o.maxIterations ?? 20_000, maxTime: o.maxTime ?? 10 };
}

/**
 * The body of a fuzzTest: fuzzes, and throws an Error naming the value and artifact on a failure.
 * `from`: the file a relative target is relative to (default: the calling file).
 */
export async function runFuzzTest(target: string | URL, options: FuzzTestOptions = {}, from: string | undefined = callerFile()): Promise<void> {
  const r = await fuzz({ ...options, ...budget(options), target: targetFrom(target, from) });
  if (r.status === 'failed') {
    const text = r.failure ? failureText(r.failure) : 'failed';
    const small = r.minimized ? `\nminimized: ${minimizedText(r.minimized)}` : '';
    throw new Error(`fuzz target failed after ${r.iterations} iterations\n${text}\nartifact: ${r.artifact}\n${r.failure?.replay ?? ''}${small}`);
  }
}

export function fuzzTest(name: string, target: string | URL, options: FuzzTestOptions = {}): void {
  if (vitestTest === undefined) throw new Error('fuzzTest must be called inside a vitest test file');
  const from = callerFile();
  vitestTest(name, () => runFuzzTest(target, options, from), ((budget(options).maxTime ?? 10) + 60) * 1000);
}
