// The fuzz target: `derive-mutators fuzz examples/wasm-api/fuzz.ts`. Everything but these lines is
// derived from `@calls` on the Engine class (`derive-mutators examples/wasm-api/types.ts`).
import { mutators, serializers, runEngineCalls } from '../../generated/examples/wasm-api/types.mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { Engine } from './engine.js';

export default defineFuzzTarget({ mutator: mutators.EngineCalls(), serializer: serializers.EngineCalls, test: (calls) => runEngineCalls(calls, () => new Engine()) });
