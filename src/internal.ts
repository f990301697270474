/**
 * `derive-mutators/internal`: the runtime's implementation classes, for tooling and tests.
 * Unstable by design; the public API is `derive-mutators`.
 */
export * from './runtime/internal.js';
