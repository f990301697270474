// The fuzz target: `derive-mutators fuzz examples/wasm-api/fuzz.ts`.
// To use the codegen's output instead of the hand-written stand-in, change this one import to
// '../../generated/examples/wasm-api/types.mutators.js'.
import { mutators, serializers } from './mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { run } from './engine.js';

export default defineFuzzTarget({
  mutator: mutators.ApiCalls(),
  serializer: serializers.ApiCalls,
  test(input) {
    run(input);
  },
});
