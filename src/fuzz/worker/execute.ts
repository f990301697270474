/**
 * Runs the target on one input: catches throws, rejections, timeouts and stack overflows, and
 * records the input beforehand (rt.inFlight) for the failures that end the worker.
 */
import type { FuzzRuntime } from './instrument/runtime.js';
import { TimeoutSignal } from './instrument/runtime.js';
import { classify, type CaughtFailure } from '../failure/failure.js';
import { InputModifiedError, modifiedError } from './modified.js';

export type ExecResult = CaughtFailure | undefined;

/** the per-input timeout in ms: the run's option, else the target's, else 2 s */
export function inputTimeout(option: number | undefined, target: { timeout?: number }): number {
  return option ?? target.timeout ?? 2000;
}

export class Executor<T> {
  constructor(
    private readonly test: (value: T) => unknown,
    private readonly rt: FuzzRuntime,
    readonly timeoutMs: number,
  ) {
    rt.timeoutMs = timeoutMs;
  }

  /** synchronous targets finish here; an async one returns a promise */
  run(value: T): ExecResult | Promise<ExecResult> {
    const rt = this.rt;
    rt.timedOut = false;
    const flight = rt.inFlight;
    if (flight !== undefined) {
      flight.timeoutMs = this.timeoutMs;
      flight.begin(value);
    }
    rt.deadline = performance.now() + this.timeoutMs;
    let r: unknown;
    try {
      r = this.test(value);
    } catch (e) {
      flight?.end();
      return classify(e, rt.timedOut || e instanceof TimeoutSignal, false);
    }
    if (r !== null && typeof r === 'object' && typeof (r as PromiseLike<unknown>).then === 'function') return this.settle(r as PromiseLike<unknown>);
    rt.deadline = Infinity;
    flight?.end();
    return undefined;
  }

  /** an input-modified failure when the target changed `value` (compared with what ran) */
  modified(value: T): CaughtFailure | undefined {
    const f = this.rt.inFlight;
    if (f === undefined || !f.changed(value)) return undefined;
    const error = modifiedError(f.original(), value) ?? new InputModifiedError('value', '(recorded before the run)', '(a different value)');
    return { kind: 'input-modified', error };
  }

  /** the input as it was before it ran (a copy), when it was recorded */
  original(): T | undefined {
    return this.rt.inFlight?.original() as T | undefined;
  }

  private settle(p: PromiseLike<unknown>): Promise<ExecResult> {
    return new Promise<ExecResult>((resolve) => {
      const timer = setTimeout(() => {
        this.rt.timedOut = true;
        resolve(classify(new TimeoutSignal(this.timeoutMs), true, true));
      }, this.timeoutMs);
      p.then(
        () => {
          clearTimeout(timer);
          resolve(this.rt.timedOut ? classify(new TimeoutSignal(this.timeoutMs), true, true) : undefined);
        },
        (e: unknown) => {
          clearTimeout(timer);
          resolve(classify(e, this.rt.timedOut || e instanceof TimeoutSignal, true));
        },
      );
    }).finally(() => {
      this.rt.deadline = Infinity;
      this.rt.inFlight?.end();
    });
  }
}
