export type { Generated, Mutated, Mutator, AnyMutator, ValueOf, Serializer, SubValueProvider, DeriveOptions } from './mutator.js';
export { MutatorArgumentError, choiceComplexity } from './mutator.js';
export { createRng, RngBase, type Rng } from './rng.js';
export { deepEqual, deepClone, valueKey } from './values.js';
export { checkMutator, LawViolation, type CheckOptions } from './laws.js';
export { boolean } from './boolean.js';
export { array, type ArrayOptions } from './array.js';
export { object, type ObjectOptions } from './object.js';
export { lazy } from './lazy.js';
