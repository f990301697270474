/**
 * `derive-mutators/internal`: the runtime's implementation classes and shared state, for tooling
 * (the engine, interop layers) and tests that need to look inside. No stability promise: names
 * here change without a major version. Users build mutators from the factories in `index.ts`.
 */
export { choiceComplexity } from './core/mutator.js';
export { RngBase } from './core/rng.js';
export { AliasTable } from './core/alias.js';
export { dictionarySize } from './core/dictionary.js';
export { IntegerMutator } from './scalars/integer.js';
export { NumberMutator } from './scalars/number.js';
export { BigIntMutator } from './scalars/bigint.js';
export { DateMutator } from './scalars/date.js';
export { LiteralsMutator } from './scalars/literals.js';
export { ConstantMutator } from './scalars/constant.js';
export { TypedArrayMutator } from './scalars/bytes.js';
export { StringMutator } from './string/string.js';
export { REGEXP_SOURCE, REGEXP_FLAGS } from './string/regexp.js';
export { UnionMutator } from './union/union.js';
export { SwarmChoice, enterSwarm, exitSwarm, inSwarm } from './union/swarm.js';
export { SwarmScope } from './union/swarm-scope.js';
export { OptionMutator } from './wrap/optional.js';
export { SequenceMutator, type SequenceCache } from './sequence/sequence.js';
export { byteBudget } from './serialize/from-bytes.js';
export { EMBEDDED_VALUE_MARKER } from './serialize/to-bytes.js';
export { sourceOf } from './calls/source.js';
