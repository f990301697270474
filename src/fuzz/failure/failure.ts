/** Classifies a failure, derives its signature (for minify) and prints it readably. */
import type { FailureKind } from '../options.js';
import { FuzzCodes, FuzzHints } from './codes.js';

export interface CaughtFailure {
  kind: FailureKind;
  error: unknown;
}

export function classify(error: unknown, timedOut: boolean, rejected: boolean): CaughtFailure {
  if (timedOut) return { kind: 'timeout', error };
  if (error instanceof RangeError && /call stack/i.test(error.message)) return { kind: 'stack-overflow', error };
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_UNSUPPORTED_OPERATION' && /abort/.test(String((error as Error).message))) return { kind: 'abort', error };
  return { kind: rejected ? 'rejection' : 'error', error };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return `thrown value: ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
  } catch {
    return 'thrown value (unprintable)';
  }
}

/** stack frames of the user's code only (no node internals, node_modules or the engine) */
export function userStack(error: unknown, packageRoot: string): string {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return '';
  return error.stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .filter((l) => !l.includes('node:') && !l.includes('/node_modules/') && !l.includes(`${packageRoot}src/fuzz/`) && !l.includes(`${packageRoot}dist/fuzz/`))
    .slice(0, 12)
    .join('\n');
}

/** "the same failure": kind, error class and the first user frame (messages may contain values) */
export function signature(f: CaughtFailure, packageRoot: string): string {
  const name = f.error instanceof Error ? f.error.name : typeof f.error;
  const top = userStack(f.error, packageRoot).split('\n')[0]?.replace(/^\s+at\s+/, '').replace(/:\d+\)?$/, '') ?? '';
  return `${f.kind}|${name}|${f.kind === 'stack-overflow' || f.kind === 'timeout' ? '' : top}`;
}

/** what JSON cannot hold, spelled so it still reads: 5n, {Map: [...]}, "<undefined>", "NaN" */
function jsonReplacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Map) return { Map: [...v] };
  if (v instanceof Set) return { Set: [...v] };
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number | bigint>, (x) => (typeof x === 'bigint' ? `${x}n` : x));
  if (v === undefined) return '<undefined>';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/** the value as JSON data (for `--json` and the API's result), or null when it has no JSON form */
export function jsonValue(value: unknown): unknown {
  try {
    const s = JSON.stringify(value, jsonReplacer);
    return s === undefined ? null : (JSON.parse(s) as unknown);
  } catch {
    return null;
  }
}

/** a readable, bounded rendering of a value */
export function pretty(value: unknown, limit = 2000): string {
  let s: string;
  try {
    s = JSON.stringify(value, jsonReplacer, 2) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > limit ? `${s.slice(0, limit)}… (${s.length} chars)` : s;
}

/** a module the resolving loader hook could not find (worker/loader/resolve.ts): its message, code and hint */
export function moduleNotFound(error: unknown): { message: string; code: string; hint: string } | undefined {
  if ((error as { code?: unknown } | null)?.code !== FuzzCodes.moduleNotFound || !(error instanceof Error)) return undefined;
  return { message: error.message, code: FuzzCodes.moduleNotFound, hint: FuzzHints[FuzzCodes.moduleNotFound] };
}
