// The fuzz target: `derive-mutators fuzz examples/wasm-api/fuzz.ts`.
// Mutators derived from ./types.ts by `derive-mutators examples/wasm-api/types.ts` (regenerate after editing the types).
import { mutators, serializers } from '../../generated/examples/wasm-api/types.mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { run } from './engine.js';

export default defineFuzzTarget({
  mutator: mutators.ApiCalls(),
  serializer: serializers.ApiCalls,
  test(input) {
    run(input);
  },
});
