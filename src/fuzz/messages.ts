/** Messages between the main thread and fuzz workers. */
import type { EngineStats } from './engine/engine.js';
import type { FuzzFailure, ResolvedOptions } from './options.js';

export type WorkerMode = 'fuzz' | 'read' | 'minify';

export interface WorkerInput {
  mode: WorkerMode;
  options: ResolvedOptions;
  index: number;
  packageRoot: string;
  /** read/minify: the input file */
  file?: string;
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
}

export type WorkerMessage =
  | { type: 'start-error'; message: string }
  | { type: 'notice'; message: string }
  | { type: 'status'; index: number; stats: EngineStats }
  | WorkerDone;
