/** A fuzz target: how to make values (mutator), store them (serializer) and test them. */
import type { AnyMutator, Serializer } from '../runtime/core/mutator.js';

export interface FuzzTargetSpec<T> {
  mutator: AnyMutator<T>;
  serializer: Serializer<T>;
  /** throws (or rejects) on a bug; must not modify `value` */
  test(value: T): void | Promise<void>;
  /** default per-input timeout in ms */
  timeout?: number;
}

export interface FuzzTarget<T = unknown> extends FuzzTargetSpec<T> {
  readonly __fuzzTarget: true;
}

const MUTATOR_METHODS = ['validateValue', 'randomArbitrary', 'randomMutate', 'orderedMutate', 'unmutate', 'complexity', 'defaultMutationStep', 'maxComplexity', 'minComplexity'];

/** Checks the parts and marks the object as a fuzz target; throws a TypeError naming what is wrong. */
export function defineFuzzTarget<T>(spec: FuzzTargetSpec<T>): FuzzTarget<T> {
  const problem = targetProblem(spec);
  if (problem !== undefined) throw new TypeError(`defineFuzzTarget: ${problem}`);
  return { ...spec, __fuzzTarget: true };
}

function targetProblem(spec: unknown): string | undefined {
  if (typeof spec !== 'object' || spec === null) return 'expected an object { mutator, serializer, test }';
  const s = spec as Record<string, unknown>;
  const m = s.mutator as Record<string, unknown> | undefined;
  if (typeof m !== 'object' || m === null) return "'mutator' is missing (expected a Mutator)";
  const missing = MUTATOR_METHODS.filter((k) => typeof m[k] !== 'function');
  if (missing.length > 0) return `'mutator' is not a Mutator (missing ${missing.join(', ')})`;
  const ser = s.serializer as Record<string, unknown> | undefined;
  if (typeof ser !== 'object' || ser === null || typeof ser.toData !== 'function' || typeof ser.fromData !== 'function') return "'serializer' is missing or not a Serializer";
  if (typeof s.test !== 'function') return "'test' must be a function (value) => void";
  if (s.timeout !== undefined && !(typeof s.timeout === 'number' && s.timeout > 0)) return "'timeout' must be a positive number of milliseconds";
  return undefined;
}

/** The target a module exports (default, or the named export); a message when there is none. */
export function pickTarget(mod: Record<string, unknown>, exportName: string | undefined): FuzzTarget | string {
  const name = exportName ?? 'default';
  const t = mod[name];
  if (t === undefined) {
    const found = Object.keys(mod).filter((k) => isFuzzTarget(mod[k]));
    const hint = found.length > 0 ? ` (fuzz targets exported: ${found.join(', ')}; use --export)` : ' (export one with defineFuzzTarget)';
    return `the module has no export '${name}'${hint}`;
  }
  if (isFuzzTarget(t)) return t;
  const problem = targetProblem(t);
  return `export '${name}' is not a fuzz target: ${problem ?? 'create it with defineFuzzTarget'}`;
}

export function isFuzzTarget(x: unknown): x is FuzzTarget {
  return typeof x === 'object' && x !== null && (x as { __fuzzTarget?: unknown }).__fuzzTarget === true && targetProblem(x) === undefined;
}
