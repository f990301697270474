/**
 * derive-mutators: the runtime that generated mutators import. Loads no compiler.
 * Codegen lives at `derive-mutators/codegen`, the fuzzing engine at `derive-mutators/fuzz`.
 */
export * from './runtime/index.js';
