/**
 * The fuzzing loop: pick a pool input, mutate it in place (ordered steps first, then random,
 * sometimes crossover), run the target, read coverage, keep the input if it reached something
 * new, and unmutate. The complexity budget grows while coverage stagnates.
 * It starts as plain random testing does: fresh values at the full budget while they keep
 * bringing coverage (the warm-up), so a bug the derived generator finds in a few draws is found
 * in as few executions, and the pool starts from varied, full-size inputs; then the type's
 * smallest values in order (boundary bugs; before the warm-up they would own the simplest
 * features and cut it short, leaving the engine behind plain generation). Later, one value in
 * 2 * FRESH is drawn afresh at the current budget, and fresh values at the full budget take a
 * share that follows their recent yield against mutation's (FreshShare). Each new pool input is
 * run once more with its comparison operands recorded, and one main-phase step in eight rewrites
 * a copy of a pool input by them (input-to-state, hint-arm.ts).
 */
import type { AnyMutator, Generated, Mutated } from '../../runtime/core/mutator.js';
import { createRng, type Rng } from '../../runtime/core/rng.js';
import { deepClone } from '../../runtime/core/values.js';
import { CoverageMap } from './coverage.js';
import { feedDictionary } from './feedback.js';
import type { FuzzRuntime } from '../worker/instrument/runtime.js';
import { Executor, type ExecResult } from '../worker/execute.js';
import type { CaughtFailure } from '../failure/failure.js';
import { Pool, type PoolEntry } from './pool.js';
import { SubValueStore } from './subvalues.js';
import { FreshShare } from './fresh-share.js';
import { hintsFrom } from './input-to-state.js';
import { HintArm, traceRun } from './hint-arm.js';
import { corruptedPoolInput } from '../worker/modified.js';
import type { FuzzTarget } from '../target.js';
import type { EngineHooks, EngineOptions, EngineOutcome, EngineStats } from './types.js';

/** one step in 2 * FRESH generates a new value at the current budget instead of mutating a pool input */
const FRESH = 64;
/** the warm-up ends after this many fresh values in a row bring nothing (or after WARMUP_MAX values) */
const WARMUP_IDLE = 8;
const WARMUP_MAX = 512;
/** the complexity budget grows by 10% after this many executions without new coverage */
const STAGNATION = 128;
/** the first budget */
const FIRST_BUDGET = 8;
/** after the warm-up, up to this many of the smallest values, in order (boundary bugs) */
const SMALLEST = 16;
/** the engine's phases, in order */
const Phase = { WarmUp: 0, Smallest: 1, Main: 2 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** one execution in CHECK_EVERY is compared with its recorded input (and every one that joins the pool) */
const CHECK_EVERY = 16;

export type { EngineHooks, EngineOptions, EngineOutcome, EngineStats } from './types.js';

export class Engine<T> {
  readonly pool = new Pool<T>();
  readonly coverage: CoverageMap;
  private readonly subs = new SubValueStore();
  private readonly rng: Rng;
  private readonly m: AnyMutator<T>;
  private readonly exec: Executor<T>;
  private budget: number;
  private iterations = 0;
  /** inputs that joined the pool */
  private admitted = 0;
  private phase: Phase = Phase.WarmUp;
  /** inputs made in the current phase */
  private phaseCount = 0;
  /** fresh values in a row that brought nothing, in the warm-up */
  private idle = 0;
  /** the input being run: the pool entry it mutates in place (undefined: generated), and for a warm-up draw the admitted count before it (else -1) */
  private mutating: PoolEntry<T> | undefined = undefined;
  private warmFrom = -1;
  /** the pool entry whose comparison operands the input being run records (its hints) */
  private tracing: PoolEntry<T> | undefined = undefined;
  /** the arm the input being run counts for in `share` (undefined: neither), and the admitted count before it */
  private arm: 'fresh' | 'mutation' | 'hints' | undefined = undefined;
  private armFrom = 0;
  private readonly share = new FreshShare();
  private readonly hints = new HintArm<T>();
  private readonly astep: unknown;
  private lastProgress = 0;
  private readonly started = Date.now();
  private readonly tokens: unknown[] = [];

  constructor(
    target: FuzzTarget<T>,
    private readonly rt: FuzzRuntime,
    private readonly opts: EngineOptions,
    private readonly hooks: EngineHooks<T> = {},
  ) {
    this.m = target.mutator;
    this.rng = createRng(opts.seed);
    this.coverage = new CoverageMap(rt);
    this.exec = new Executor<T>((v) => target.test(v), rt, opts.timeout);
    this.budget = Math.min(opts.maxComplexity, Math.max(this.m.minComplexity() + 1, FIRST_BUDGET));
    this.astep = this.m.defaultArbitraryStep();
  }

  stats(): EngineStats {
    return { iterations: this.iterations, poolSize: this.pool.size, coverage: this.coverage.coverage, budget: this.budget, seconds: (Date.now() - this.started) / 1000 };
  }

  /** runs one input; returns its failure, or adds it to the pool when it is new (sync when the target is) */
  private tryInput(value: T, complexity: number, clone: boolean): ExecResult | Promise<ExecResult> {
    this.iterations++;
    this.coverage.reset();
    const collect = this.tracing !== undefined || (this.iterations & 63) === 1;
    this.rt.collect = collect;
    this.rt.trace = this.tracing !== undefined;
    const r = this.exec.run(value);
    if (r instanceof Promise) return r.then((x) => this.after(x, value, complexity, clone, collect));
    return this.after(r, value, complexity, clone, collect);
  }

  private after(r: ExecResult, value: T, complexity: number, clone: boolean, collect: boolean): ExecResult {
    if (this.tracing !== undefined) {
      // missed lookups first: hints are capped, and a table's keys are what the lookup wanted
      this.tracing.hints = hintsFrom([...this.rt.misses, ...this.rt.operands]);
      this.rt.misses.length = 0;
      this.rt.trace = false;
      // inputs from other workers (seedWith) run before the next choice: not this trace
      this.tracing = undefined;
    }
    if (collect) feedDictionary(this.rt);
    if (r !== undefined) return r;
    const isNew = this.coverage.isNew();
    // a target that modifies its input: caught on a sample, and always before the input is kept
    if (isNew || this.iterations % CHECK_EVERY === 0) {
      const changed = this.exec.modified(value);
      if (changed !== undefined) return changed;
    }
    if (isNew) this.admit(clone ? deepClone(value) : value, complexity);
    return undefined;
  }

  private admit(value: T, complexity: number): void {
    const features = this.coverage.collect();
    const cache = this.m.validateValue(value);
    if (cache === undefined) return;
    const entry: PoolEntry<T> = { value, cache, step: this.m.defaultMutationStep(value, cache), complexity, features, owned: 0, orderedDone: false };
    this.pool.add(entry);
    if (entry.owned > 0) {
      this.admitted++;
      this.lastProgress = this.iterations;
      this.subs.addFrom(this.m, value, cache);
      this.hints.admitted(entry);
      this.hooks.onNewEntry?.(entry);
    }
  }

  /** runs inputs from outside (corpus files); the first failure is returned */
  async seedWith(values: T[]): Promise<EngineOutcome<T> | undefined> {
    for (const v of values) {
      const cache = this.m.validateValue(v);
      if (cache === undefined) continue;
      const c = this.m.complexity(v, cache);
      let f = this.tryInput(v, c, false);
      if (f instanceof Promise) f = await f;
      if (f !== undefined) return this.failed(v, c, f);
    }
    return undefined;
  }

  private mutate(e: PoolEntry<T>): Mutated<T, unknown> {
    const m = this.m;
    if (m.crossoverMutate !== undefined && this.rng.below(8) === 0) {
      const x = m.crossoverMutate(e.value, e.cache, this.subs, this.rng, this.budget);
      if (x !== undefined) return x;
    }
    if (!e.orderedDone && this.rng.below(4) !== 0) {
      const x = m.orderedMutate(e.value, e.cache, e.step, this.rng, this.budget);
      if (x !== undefined) return x;
      e.orderedDone = true;
    }
    return m.randomMutate(e.value, e.cache, this.rng, this.budget);
  }

  /** the failing input as it was given to the target (recorded before it ran), else `value` */
  private failed(value: T, complexity: number, caught: CaughtFailure, recorded = caught.kind !== 'out-of-memory'): EngineOutcome<T> {
    const original = recorded ? this.exec.original() : undefined;
    return { failure: { value: original ?? value, complexity, caught }, stats: this.stats() };
  }

  /** a mutator threw on a pool input after the target ran: report it as a modified input */
  private corrupted(error: unknown, value: T, complexity: number): EngineOutcome<T> {
    const changed = this.exec.modified(value);
    if (changed === undefined) throw error;
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    (changed.error as Error).message += ` (the engine's undo failed with ${why})`;
    return this.failed(value, complexity, changed);
  }

  /** the heap grew past the guard: report the most recently admitted input */
  private outOfMemory(): EngineOutcome<T> {
    const last = this.pool.entries[this.pool.entries.length - 1];
    const g = last ?? this.m.randomArbitrary(this.rng, this.budget);
    return this.failed(g.value, g.complexity, { kind: 'out-of-memory', error: new Error(`heap above ${this.opts.maxMemory} MB`) });
  }

  /**
   * The next input, by phase: the warm-up (fresh values at the full budget until WARMUP_IDLE in
   * a row bring nothing), the smallest values in order (up to SMALLEST), then, in the main phase,
   * one fresh value in 2 * FRESH at the current budget, fresh values at the full budget at the
   * adaptive share, and otherwise a pool input mutated in place (one mutation, or a third
   * of the time a stack of up to four, undone in reverse order after the run). An outcome when
   * mutating a pool input shows that an earlier execution changed it.
   */
  private choose(): Generated<T> | Mutated<T, unknown> | EngineOutcome<T> {
    const m = this.m;
    this.mutating = undefined;
    this.tracing = undefined;
    this.warmFrom = -1;
    this.arm = undefined;
    this.armFrom = this.admitted;
    if (this.phase === Phase.WarmUp) {
      if (this.idle < WARMUP_IDLE && this.phaseCount < WARMUP_MAX) {
        this.phaseCount++;
        this.warmFrom = this.admitted;
        this.arm = 'fresh';
        return m.randomArbitrary(this.rng, this.opts.maxComplexity);
      }
      this.phase = Phase.Smallest;
      this.phaseCount = 0;
    }
    if (this.phase === Phase.Smallest) {
      const g = this.phaseCount < SMALLEST ? m.orderedArbitrary(this.astep, this.budget) : undefined;
      if (g !== undefined) {
        this.phaseCount++;
        return g;
      }
      this.phase = Phase.Main;
    }
    if (this.iterations - this.lastProgress > STAGNATION && this.budget < this.opts.maxComplexity) {
      this.budget = Math.min(this.opts.maxComplexity, this.budget * 1.1 + 1);
      this.lastProgress = this.iterations;
    }
    if (this.rng.below(2 * FRESH) === 0) return m.randomArbitrary(this.rng, this.budget);
    if (this.pool.size === 0 || this.share.pickFresh(this.rng)) {
      this.arm = 'fresh';
      return m.randomArbitrary(this.rng, this.opts.maxComplexity);
    }
    const traced = this.hints.nextTrace(this.pool);
    if (traced !== undefined) {
      this.tracing = traced;
      return traceRun(traced);
    }
    if (this.hints.pick(this.rng)) {
      const g = this.hints.rewrite(this.pool, this.rng, (v) => this.m.validateValue(v), (v, c) => this.m.complexity(v, c));
      if (g !== undefined) {
        this.arm = 'hints';
        return g;
      }
    }
    const e = this.pool.pick(this.rng);
    const tokens = this.tokens;
    try {
      let mu = this.mutate(e);
      const stack = this.rng.below(3) === 0 ? 1 + this.rng.below(3) : 0;
      for (let k = 0; k < stack; k++) {
        tokens.push(mu.token);
        e.value = mu.value;
        mu = m.crossoverMutate !== undefined && this.rng.below(4) === 0 ? (m.crossoverMutate(e.value, e.cache, this.subs, this.rng, this.budget) ?? m.randomMutate(e.value, e.cache, this.rng, this.budget)) : m.randomMutate(e.value, e.cache, this.rng, this.budget);
      }
      this.mutating = e;
      this.arm = 'mutation';
      return mu;
    } catch (err) {
      // an earlier, unsampled execution changed this pool input behind the engine's back
      return this.failed(e.value, e.complexity, { kind: 'input-modified', error: corruptedPoolInput(err) });
    }
  }

  /** after `next` ran: its failure, or undefined (a mutated pool input is undone; the warm-up counts idle draws) */
  private settle(next: Generated<T>, f: ExecResult): EngineOutcome<T> | undefined {
    const e = this.mutating;
    if (f === undefined && this.arm !== undefined && this.arm !== 'hints') this.share.record(this.arm === 'fresh', this.admitted > this.armFrom);
    if (e === undefined) {
      if (f !== undefined) return this.failed(next.value, next.complexity, f);
      if (this.warmFrom >= 0) this.idle = this.admitted > this.warmFrom ? 0 : this.idle + 1;
      return undefined;
    }
    const mu = next as Mutated<T, unknown>;
    if (f !== undefined) return this.failed(deepClone(mu.value), mu.complexity, f);
    try {
      e.value = this.m.unmutate(mu.value, e.cache, mu.token);
      while (this.tokens.length > 0) e.value = this.m.unmutate(e.value, e.cache, this.tokens.pop());
    } catch (err) {
      return this.corrupted(err, mu.value, mu.complexity);
    }
    return undefined;
  }

  async run(): Promise<EngineOutcome<T>> {
    let nextTick = Date.now() + 1000;
    while (this.iterations < this.opts.maxIterations) {
      if ((this.iterations & 127) === 0) {
        const now = Date.now();
        if (now >= this.opts.stopAt || this.hooks.shouldStop?.()) break;
        if (now >= nextTick) {
          nextTick = now + 1000;
          if (process.memoryUsage().heapUsed > this.opts.maxMemory * 1048576) return this.outOfMemory();
          const extra = await this.hooks.onTick?.(this.stats());
          if (extra) {
            const out = await this.seedWith(extra);
            if (out) return out;
          }
        }
      }
      const next = this.choose();
      if ('stats' in next) return next;
      // one await per input only when the target is async
      let f = this.tryInput(next.value, next.complexity, this.mutating !== undefined);
      if (f instanceof Promise) f = await f;
      const out = this.settle(next, f);
      if (out) return out;
    }
    return { stats: this.stats() };
  }
}
