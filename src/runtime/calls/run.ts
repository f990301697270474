/**
 * The call driver behind generated `run<Name>Calls`: makes an instance (and a model, when given),
 * executes the calls in order, awaits results that are promises (staying synchronous otherwise),
 * keeps the handles both return in an id table (the calls hold ids, so a serialized sequence
 * replays exactly), skips a call whose `@requires` precondition is false, and throws a
 * `CallFailure` naming the call's index when a method throws (unless `@throws`), when the model's
 * result differs, or when the invariant fails.
 */
import { deepEqual } from '../core/values.js';
import { formatCall, formatCalls } from './format.js';
import { sourceOf } from './source.js';
import { passedParams, type CallHooks, type CallMethodSpec, type CallObject, type CallRequires, type CallsSpec } from './spec.js';

/** A handle returned by a creating call, for the instance and the model. */
export interface HandleEntry {
  instance: unknown;
  model: unknown;
  /** false once a call dropped it */
  live: boolean;
}

export interface CallsRun {
  /** id → handles (ids are the sequence's: the created-id field of the creating call) */
  handles: Map<number, HandleEntry>;
  /** calls executed (calls whose handle failed to be created are skipped) */
  executed: number;
  /** indexes of the calls skipped because their `@requires` precondition was false */
  skipped: number[];
}

export class CallFailure extends Error {
  override name = 'CallFailure';
  constructor(
    message: string,
    readonly index: number,
    readonly call: CallObject,
    /** the calls up to the failing one as a TypeScript program */
    readonly program: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** frames of this driver (left out of a failure's stack: the user's frames and their callers matter) */
const OWN_FRAME = /[\\/]runtime[\\/]calls[\\/]run\.[jt]s:/;

type Outcome = { threw: false; value: unknown } | { threw: true; error: unknown };
type MaybePromise<T> = T | Promise<T>;

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function chain<A, B>(x: MaybePromise<A>, f: (a: A) => MaybePromise<B>): MaybePromise<B> {
  return isThenable(x) ? Promise.resolve(x).then(f) : f(x as A);
}

function invoke(target: unknown, method: string, args: unknown[]): MaybePromise<Outcome> {
  let v: unknown;
  try {
    v = (target as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  } catch (error) {
    return { threw: true, error };
  }
  if (isThenable(v)) return Promise.resolve(v).then((value) => ({ threw: false as const, value }), (error: unknown) => ({ threw: true as const, error }));
  return { threw: false, value: v };
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : `thrown value ${String(e)}`;
}

export function runCalls<I, M>(spec: CallsSpec, calls: readonly CallObject[], create: () => I, hooks: CallHooks<I, M> = {}, requires: CallRequires<I> = {}): MaybePromise<CallsRun> {
  if (!Array.isArray(calls)) throw new TypeError(`run${spec.name}Calls: calls must be an array`);
  if (typeof create !== 'function') throw new TypeError(`run${spec.name}Calls: create must be a function returning a ${spec.name}`);
  const instance = create();
  const model = hooks.model ? hooks.model() : undefined;
  const hasModel = hooks.model !== undefined;
  const run: CallsRun = { handles: new Map(), executed: 0, skipped: [] };
  const equal = hooks.equal ?? ((a: unknown, b: unknown) => deepEqual(a, b));

  const fail = (i: number, reason: string, cause?: unknown): never => {
    const call = calls[i]!;
    const err = new CallFailure(`call #${i} ${formatCall(spec, call)} ${reason}`, i, call, formatCalls(spec, calls.slice(0, i + 1), { mark: i, note: reason, skipped: run.skipped }), cause === undefined ? undefined : { cause });
    // the stack of what the user's code threw, so the report shows (and minimizing keys on) their frames
    const frames = cause instanceof Error && typeof cause.stack === 'string' ? cause.stack : (err.stack ?? '');
    err.stack = `${err.name}: ${err.message}\n${frames.split('\n').filter((l) => /^\s+at /.test(l) && !OWN_FRAME.test(l)).join('\n')}`;
    throw err;
  };

  const argsFor = (m: CallMethodSpec, call: CallObject, side: 'instance' | 'model'): unknown[] | undefined => {
    const last = passedParams(m, call);
    const args: unknown[] = [];
    for (let j = 0; j < last; j++) {
      const p = m.params[j]!;
      const v = call[p.field];
      if (p.handle) {
        const h = run.handles.get(v as number);
        if (h === undefined || h[side] === undefined || h[side] === null) return undefined; // its creation failed: skip the call
        args.push(h[side]);
      } else if (p.rest && Array.isArray(v)) args.push(...v);
      else args.push(v);
    }
    return args;
  };

  const finish = (i: number, m: CallMethodSpec, call: CallObject, got: Outcome, want: Outcome | undefined): MaybePromise<void> => {
    if (got.threw && !m.throws) fail(i, `threw ${describe(got.error)}`, got.error);
    if (want?.threw && !m.throws) fail(i, `made the model throw ${describe(want.error)}`, want.error);
    if (want !== undefined) {
      if (got.threw !== want.threw) fail(i, got.threw ? `threw ${describe((got as { error: unknown }).error)} but the model returned` : `returned but the model threw ${describe((want as { error: unknown }).error)}`);
      if (!got.threw && !want.threw) {
        const a = got.value;
        const b = want.value;
        if (m.creates !== undefined) {
          if ((a == null) !== (b == null)) fail(i, a == null ? 'returned no handle but the model did' : 'returned a handle but the model returned none');
        } else if (!m.returnsSelf && !equal(a, b, call[spec.discriminant] as string)) fail(i, `returned ${formatValue(a)} but the model returned ${formatValue(b)}`);
      }
    }
    if (m.creates !== undefined && m.idField !== undefined) {
      run.handles.set(call[m.idField] as number, { instance: got.threw ? undefined : got.value, model: want === undefined || want.threw ? undefined : want.value, live: true });
    }
    for (const p of m.params) {
      const h = p.drops ? run.handles.get(call[p.field] as number) : undefined;
      if (h !== undefined) h.live = false;
    }
    run.executed++;
    if (hooks.invariant === undefined) return undefined;
    let ok: MaybePromise<boolean | void>;
    try {
      ok = hooks.invariant(instance, model as M);
    } catch (e) {
      return fail(i, `broke the invariant: ${describe(e)}`, e);
    }
    return chain(ok, (r) => {
      if (r === false) fail(i, 'broke the invariant');
    });
  };

  const allowed = (i: number, method: string, args: unknown[]): boolean => {
    const pre = Object.prototype.hasOwnProperty.call(requires, method) ? (requires[method] as (self: I, args: unknown[]) => unknown) : undefined;
    if (pre === undefined) return true;
    let ok: unknown;
    try {
      ok = pre(instance, args);
    } catch (e) {
      return fail(i, `made its @requires precondition throw ${describe(e)}`, e);
    }
    if (typeof ok !== 'boolean') return fail(i, `has a @requires precondition that returned ${isThenable(ok) ? 'a promise' : typeof ok}, not a boolean (preconditions are synchronous)`);
    return ok;
  };

  const step = (i: number): MaybePromise<void> => {
    const call = calls[i]!;
    const method = call?.[spec.discriminant] as string;
    const m = Object.prototype.hasOwnProperty.call(spec.methods, method) ? spec.methods[method] : undefined;
    if (m === undefined) throw new TypeError(`run${spec.name}Calls: call #${i} names no method of ${spec.name} (${String(method)})`);
    const args = argsFor(m, call, 'instance');
    if (args === undefined) return undefined;
    if (!allowed(i, method, args)) {
      run.skipped.push(i);
      return undefined;
    }
    const margs = hasModel ? argsFor(m, call, 'model') : undefined;
    return chain(invoke(instance, method, args), (got) => chain(hasModel && margs !== undefined ? invoke(model, method, margs) : undefined, (want) => finish(i, m, call, got, want)));
  };

  const from = (i: number): MaybePromise<CallsRun> => {
    for (; i < calls.length; i++) {
      const r = step(i);
      if (isThenable(r)) return Promise.resolve(r).then(() => from(i + 1));
    }
    return run;
  };
  return from(0);
}

/** `run<Name>Calls`' result: nothing, or a promise of nothing (so a fuzz target's `test` can return it). */
export function callsDone(r: MaybePromise<CallsRun>): void | Promise<void> {
  if (isThenable(r)) return Promise.resolve(r).then(() => undefined);
  return undefined;
}

function formatValue(v: unknown): string {
  const s = sourceOf(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
