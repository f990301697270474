/**
 * The one place that compiles generated JavaScript (`new Function`): the per-mutator generators
 * of arrays, objects and tuples and the object builders. Each passes the source of a factory and
 * the values its free names stand for, and gets back what the factory returns, or null where code
 * generation is unavailable (a CSP without 'unsafe-eval'), so the caller keeps its loop.
 */

/** `body` run as a function of `names` with `values`: what it returns, or null if it cannot be compiled */
export function compileFactory<F>(names: readonly string[], body: string, values: readonly unknown[]): F | null {
  try {
    return (new Function(...names, body) as (...a: unknown[]) => F)(...values);
  } catch {
    return null;
  }
}
