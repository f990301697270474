/**
 * The public runtime: the mutator contract, the built-in factories with their option types, the
 * serializers and byte exchange, the law checker and the call-sequence helpers that generated
 * files use. Mutator classes, swarm state and tables are implementation: `./internal.ts`
 * (`derive-mutators/internal`, no stability promise) exports them for tooling and tests.
 */
export type { Generated, Mutated, Mutator, AnyMutator, ValueOf, Serializer, SubValueProvider, DeriveOptions } from './core/mutator.js';
export { MutatorArgumentError, readValue } from './core/mutator.js';
export { createRng, type Rng } from './core/rng.js';
export { deepEqual, deepClone, valueKey } from './core/values.js';
export { checkMutator, LawViolation, type CheckOptions } from './core/laws.js';
export { addDictionaryNumber, addDictionaryString, clearDictionary } from './core/dictionary.js';
export { boolean } from './scalars/boolean.js';
export { integer, type IntegerOptions } from './scalars/integer.js';
export { number, type NumberOptions } from './scalars/number.js';
export { bigint, type BigIntOptions } from './scalars/bigint.js';
export { date, type DateOptions } from './scalars/date.js';
export { literals, type Literal, type LiteralsOptions } from './scalars/literals.js';
export { constant } from './scalars/constant.js';
export { bytes, typedArray, type TypedArrayKind, type TypedArrayOptions } from './scalars/bytes.js';
export { string, type StringOptions } from './string/string.js';
export { checkFormat, FORMAT_NAMES } from './string/formats.js';
export { regexp } from './string/regexp.js';
export { array, type ArrayOptions } from './array/array.js';
export { tuple, type TupleOptions } from './tuple/tuple.js';
export { object, type ObjectFields } from './object/factory.js';
export type { ObjectOptions } from './object/object.js';
export { optionalKey, type OptionalKey } from './object/optional-key.js';
export { record, type RecordOptions } from './keyed/record.js';
export { map, type MapOptions } from './keyed/map.js';
export { set, type SetOptions } from './keyed/set.js';
export { union, type UnionAlternative, type UnionOptions } from './union/union.js';
export { swarmScope } from './union/swarm-scope.js';
export { lazy } from './wrap/lazy.js';
export { memoized, memoizedSwarmScope } from './wrap/memoized.js';
export { optional, nullable } from './wrap/optional.js';
export { mapped, filtered } from './wrap/adapters.js';
export { json, type Json } from './json/json.js';
export { sequence, type SequenceOptions, type SequenceVariant, type ResourceRef } from './sequence/sequence.js';
export { jsonSerializer, stringSerializer, bytesSerializer } from './serialize/serializers.js';
export { fromBytes, createByteRng, DEFAULT_DECODE_COMPLEXITY } from './serialize/from-bytes.js';
export { toBytes, encodeBytes, type ToBytesResult } from './serialize/to-bytes.js';
export { runCalls, callsDone, CallFailure, type CallsRun, type HandleEntry } from './calls/run.js';
export { formatCalls, formatCall, type FormatOptions } from './calls/format.js';
export type { CallsSpec, CallMethodSpec, CallParamSpec, CallHooks, CallObject, CallRequires } from './calls/spec.js';
