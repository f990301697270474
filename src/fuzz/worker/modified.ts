/**
 * A target that modifies its input breaks in-place mutation (the engine undoes its own change on
 * a value someone else changed too). The input's snapshot taken before it ran (in-flight.ts) is
 * compared with the value afterwards; this file names what changed, for the report.
 */
import { pretty } from '../failure/failure.js';

export class InputModifiedError extends Error {
  constructor(
    readonly path: string,
    readonly before: string,
    readonly after: string,
  ) {
    super(`the target modified its input at ${path} (was ${before}, now ${after})`);
    this.name = 'InputModified';
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  return pretty(v, 80).replace(/\s*\n\s*/g, ' ');
}

function key(k: unknown): string {
  return typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${show(k)}]`;
}

/** the first place where `b` differs from `a`, as [path, before, after]; undefined when equal */
export function firstChange(a: unknown, b: unknown, path = 'value'): [string, string, string] | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return [path, show(a), show(b)];
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime() ? undefined : [path, show(a), show(b)];
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b) ? undefined : [path, String(a), String(b)];
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (x.length !== y.length) return [`${path}.length`, String(x.length), String(y.length)];
    const i = x.findIndex((v, j) => v !== y[j]);
    return i < 0 ? undefined : [`${path} (byte ${i})`, String(x[i]), String(y[i])];
  }
  if (a instanceof Map && b instanceof Map) return entries(path, [...a], [...b]);
  if (a instanceof Set && b instanceof Set) return entries(path, [...a].map((x) => [x, true]), [...b].map((x) => [x, true]));
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstChange(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? undefined : [`${path}.length`, String(a.length), String(b.length)];
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of Object.keys(ra)) {
    if (!Object.prototype.hasOwnProperty.call(rb, k)) return [`${path}${key(k)}`, show(ra[k]), '(deleted)'];
    const d = firstChange(ra[k], rb[k], `${path}${key(k)}`);
    if (d) return d;
  }
  for (const k of Object.keys(rb)) if (!Object.prototype.hasOwnProperty.call(ra, k)) return [`${path}${key(k)}`, '(absent)', show(rb[k])];
  return undefined;
}

function entries(path: string, a: unknown[][], b: unknown[][]): [string, string, string] | undefined {
  if (a.length !== b.length) return [`${path}.size`, String(a.length), String(b.length)];
  for (let i = 0; i < a.length; i++) {
    const d = firstChange(a[i]![0], b[i]![0], `${path} (key #${i})`) ?? firstChange(a[i]![1], b[i]![1], `${path}.get(${show(a[i]![0])})`);
    if (d) return d;
  }
  return undefined;
}

/** the error to report, or undefined when no difference can be named (same structure) */
export function modifiedError(before: unknown, after: unknown): InputModifiedError | undefined {
  const d = firstChange(before, after);
  return d === undefined ? undefined : new InputModifiedError(...d);
}

/** a mutator failed on a pool input: only a target that changed an earlier input can cause it */
export function corruptedPoolInput(cause: unknown): Error {
  const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const e = new Error(`a kept input no longer has the shape of its type (the engine's mutator failed: ${why}): the target most likely modified an input it was given`);
  e.name = 'InputModified';
  return e;
}
