// The fuzz target: `derive-mutators fuzz examples/nested-enum/fuzz.ts`.
// Mutators derived from ./types.ts by `derive-mutators examples/nested-enum/types.ts` (regenerate after editing the types).
import { mutators, serializers } from '../../generated/examples/nested-enum/types.mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { render } from './render.js';

export default defineFuzzTarget({
  mutator: mutators.Drawing(),
  serializer: serializers.Drawing,
  test(drawing) {
    render(drawing);
  },
});
