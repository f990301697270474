// The fuzz target: `derive-mutators fuzz examples/nested-enum/fuzz.ts`.
// To use the codegen's output instead of the hand-written stand-in, change this one import to
// '../../generated/examples/nested-enum/types.mutators.js'.
import { mutators, serializers } from './mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { render } from './render.js';

export default defineFuzzTarget({
  mutator: mutators.Drawing(),
  serializer: serializers.Drawing,
  test(drawing) {
    render(drawing);
  },
});
