/** `derive-mutators/fuzz`: the coverage-guided engine over derived Mutators. */
export { fuzz, replay, minify } from './fuzz.js';
export { defineFuzzTarget, type FuzzTarget, type FuzzTargetSpec } from './target.js';
export { fuzzTest, type FuzzTestOptions } from './fuzz-test.js';
export { FuzzStartError, type FuzzOptions, type FuzzResult, type FuzzFailure, type FailureKind } from './options.js';
