/**
 * What the engine is given and gives back: its options, the hooks the worker plugs in (corpus
 * writes, inputs from other workers, stopping), its running figures and its outcome.
 */
import type { CaughtFailure } from '../failure/failure.js';
import type { PoolEntry } from './pool.js';

export interface EngineOptions {
  seed: number;
  maxComplexity: number;
  maxIterations: number;
  /** ms since epoch after which the loop stops */
  stopAt: number;
  timeout: number;
  maxMemory: number;
}

export interface EngineHooks<T> {
  /** an input joined the pool (write it to the corpus) */
  onNewEntry?(entry: PoolEntry<T>): void;
  /** about once a second; may return inputs found by other workers */
  onTick?(stats: EngineStats): T[] | void | Promise<T[] | void>;
  /** true to stop early */
  shouldStop?(): boolean;
}

export interface EngineStats {
  iterations: number;
  poolSize: number;
  coverage: number;
  budget: number;
  seconds: number;
}

export interface EngineOutcome<T> {
  failure?: { value: T; complexity: number; caught: CaughtFailure };
  stats: EngineStats;
}
