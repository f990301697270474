/** Messages between the main thread and fuzz workers. */
import type { CoverageMapData } from 'istanbul-lib-coverage';
import type { EngineStats } from './engine/engine.js';
import type { FuzzFailure, FuzzMinimized, ResolvedOptions } from './options.js';
import type { BufferMessage, InFlightShared } from './worker/in-flight.js';

export type WorkerMode = 'fuzz' | 'read' | 'minify' | 'salvage';

/** salvage: the last input of a worker that died, to be written as an artifact */
export interface SalvageInput {
  bytes: Uint8Array;
  encoding: number;
  /** the report, but for its value and replay command */
  failure: FuzzFailure;
}

export interface WorkerInput {
  mode: WorkerMode;
  options: ResolvedOptions;
  index: number;
  packageRoot: string;
  /** read/minify: the input file */
  file?: string;
  /** memory shared with the main thread, where each input is recorded before it runs */
  inFlight?: InFlightShared;
  salvage?: SalvageInput;
}

export interface WorkerDone {
  type: 'done';
  failed: boolean;
  iterations: number;
  seconds: number;
  corpusSize: number;
  coverage: number;
  artifact: string | null;
  failure?: FuzzFailure;
  minimized?: FuzzMinimized;
  testFile?: string;
  /** with --coverage: istanbul data of what the pool reached, one per worker */
  reached?: CoverageMapData[];
}

export type WorkerMessage =
  /** code and hint: a DM30xx cause the user can fix (src/fuzz/failure/codes.ts) */
  | { type: 'start-error'; message: string; code?: string; hint?: string }
  | { type: 'notice'; message: string }
  /** edges: instrumented counters reached and instrumented in all (fuzz mode) */
  | { type: 'status'; index: number; stats: EngineStats; edges?: [number, number] }
  | BufferMessage
  /** a failure, written; minimization follows (this result stands if the worker dies meanwhile) */
  | { type: 'found'; done: WorkerDone }
  | WorkerDone;
