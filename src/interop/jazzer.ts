/**
 * `derive-mutators/jazzer`: one fuzz target module for both engines. `jazzer(target)` turns a
 * `defineFuzzTarget` target (or the module that exports one) into the `fuzz(data)` function
 * Jazzer.js loads: the bytes libFuzzer hands over are decoded by `fromBytes` into a valid value
 * of the target's type (bytes written by `toBytes`, e.g. an exported corpus, decode to exactly
 * their value), then the target's test runs on it. Synchronous tests stay synchronous (run
 * Jazzer.js with `--sync`, several times faster); a test returning a promise returns it.
 */
import { fromBytes, DEFAULT_DECODE_COMPLEXITY } from '../runtime/serialize/from-bytes.js';
import { pickTarget, isFuzzTarget, type FuzzTarget } from '../fuzz/target.js';

export interface JazzerOptions {
  /**
   * the export holding the target when a module is given
   * @defaultValue 'default'
   */
  export?: string;
  /**
   * the complexity bound `fromBytes` decodes under (pass the same to `corpus export`)
   * @defaultValue 4096
   */
  maxComplexity?: number;
}

/** An error whose report is its message alone: what Jazzer.js prints is about the user's module. */
export class JazzerTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JazzerTargetError';
    this.stack = `${this.name}: ${message}`;
  }
}

function resolveTarget(targetOrModule: unknown, exportName: string | undefined): FuzzTarget {
  if (isFuzzTarget(targetOrModule)) return targetOrModule;
  if (typeof targetOrModule !== 'object' || targetOrModule === null) {
    throw new JazzerTargetError(`derive-mutators/jazzer: expected a fuzz target (defineFuzzTarget) or its module, got ${targetOrModule === null ? 'null' : typeof targetOrModule}`);
  }
  const mod = targetOrModule as Record<string, unknown>;
  // a CommonJS build of `export default defineFuzzTarget(...)` arrives as { default: { default: target } }
  const inner = mod.default as Record<string, unknown> | undefined;
  if (exportName === undefined && !isFuzzTarget(mod.default) && typeof inner === 'object' && inner !== null && isFuzzTarget(inner.default)) return inner.default;
  const picked = pickTarget(mod, exportName);
  if (typeof picked === 'string') throw new JazzerTargetError(`derive-mutators/jazzer: ${picked}`);
  return picked;
}

/** The Jazzer.js entry point for a fuzz target: `export const fuzz = jazzer(target)`. */
export function jazzer(targetOrModule: unknown, options: JazzerOptions = {}): (data: Uint8Array) => void | Promise<void> {
  const target = resolveTarget(targetOrModule, options.export);
  const bound = options.maxComplexity ?? DEFAULT_DECODE_COMPLEXITY;
  const { mutator } = target;
  return (data: Uint8Array) => target.test(fromBytes(mutator, data, bound));
}
