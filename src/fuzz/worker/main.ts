/**
 * Runs inside a fuzz worker (after the loader hooks are registered): loads the target module,
 * then fuzzes, replays one file or minifies, and reports to the main thread.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, moduleNotFound, userStack } from '../failure/failure.js';
import { installRuntime } from './instrument/runtime.js';
import type { WorkerInput, WorkerMessage } from '../messages.js';
import { runFuzzMode } from './mode-fuzz.js';
import { runMinifyMode } from './mode-minify.js';
import { runReadMode } from './mode-read.js';
import { runSalvageMode } from './mode-salvage.js';
import { InFlight } from './in-flight.js';
import { pickTarget, type FuzzTarget } from '../target.js';

const input = (workerData as { input: WorkerInput }).input;
const post = (m: WorkerMessage): void => parentPort!.postMessage(m);

async function loadTarget(): Promise<FuzzTarget | undefined> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(input.options.target).href)) as Record<string, unknown>;
  } catch (e) {
    const missing = moduleNotFound(e);
    if (missing !== undefined) {
      post({ type: 'start-error', message: `cannot load target ${input.options.target}: ${missing.message}`, code: missing.code, hint: missing.hint });
      return undefined;
    }
    // the error and the target's own frames; a syntax error names its place in the message
    const stack = e instanceof SyntaxError ? '' : userStack(e, input.packageRoot);
    post({ type: 'start-error', message: `cannot load target ${input.options.target}: ${errorMessage(e)}${stack === '' ? '' : `\n${stack}`}` });
    return undefined;
  }
  const t = pickTarget(mod, input.options.export);
  if (typeof t === 'string') {
    post({ type: 'start-error', message: `${input.options.target}: ${t}` });
    return undefined;
  }
  return t;
}

async function main(): Promise<void> {
  process.setSourceMapsEnabled(true);
  const rt = installRuntime();
  const target = await loadTarget();
  if (target === undefined) return;
  if (input.inFlight !== undefined && process.env.DM_NO_INFLIGHT === undefined) rt.inFlight = new InFlight(input.inFlight, target.serializer, parentPort!);
  try {
    if (input.mode === 'salvage') runSalvageMode(input, target, post);
    else if (input.mode === 'fuzz') await runFuzzMode(input, target, rt, post, parentPort!);
    else if (input.mode === 'read') await runReadMode(input, target, rt, post);
    else await runMinifyMode(input, target, rt, post);
  } catch (e) {
    post({ type: 'start-error', message: (e as Error).message });
  }
}

await main();
