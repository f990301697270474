// One fuzz target per version of a package under test: the same derived mutator and serializer,
// the same oracle, applied to the buggy release (the default export of each bench/real/*/fuzz.ts)
// or to the fixed one (its `fixed` export, which the CI test and the replay check run).
import type { AnyMutator, Serializer } from '../../src/index.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';

/** `(pkg) => target`: the fuzz target that runs `check(pkg, input)` on every input */
export function packageTarget<P, T>(mutator: AnyMutator<T>, serializer: Serializer<T>, check: (pkg: P, input: T) => void) {
  return (pkg: P) => defineFuzzTarget({ mutator, serializer, test: (input: T) => check(pkg, input) });
}
