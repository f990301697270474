/**
 * `memoized(factory, options, build)`: the one memo table generated files share, and
 * `memoizedSwarmScope`, the same with the built mutator wrapped in `swarmScope`. Two names
 * rather than a flag, so the generated section's layout is the same whether or not a type holds
 * unions: only the call's name changes when one appears. A derived
 * factory (`cellMutator(options)`) returns the same mutator for the same options object, so types
 * that refer to each other share their mutators and a recursive type's `lazy` reference finds the
 * mutator being built instead of building another. Keyed weakly by factory and options, so
 * neither is kept alive by the table.
 */
import type { DeriveOptions, Mutator } from '../core/mutator.js';
import { swarmScope } from '../union/swarm-scope.js';

const tables = new WeakMap<object, WeakMap<DeriveOptions, Mutator<unknown>>>();

/** The mutator `build()` made for `factory` and `options`, built on the first call only. */
export function memoized<T>(factory: object, options: DeriveOptions, build: () => Mutator<T>): Mutator<T> {
  let table = tables.get(factory);
  if (table === undefined) tables.set(factory, (table = new WeakMap()));
  const cached = table.get(options);
  if (cached !== undefined) return cached as Mutator<T>;
  const m = build();
  table.set(options, m as Mutator<unknown>);
  return m;
}

/** `memoized`, with the mutator `build()` made wrapped in `swarmScope` (one swarm configuration per generated value). */
export function memoizedSwarmScope<T>(factory: object, options: DeriveOptions, build: () => Mutator<T>): Mutator<T> {
  return memoized(factory, options, () => swarmScope(build()));
}
