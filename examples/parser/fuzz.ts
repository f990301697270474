// The fuzz target: `derive-mutators fuzz examples/parser/fuzz.ts`.
// Mutators derived from ./types.ts by `derive-mutators examples/parser/types.ts` (regenerate after editing the types).
import { mutators, serializers } from '../../generated/examples/parser/types.mutators.js';
import { defineFuzzTarget } from '../../src/fuzz/index.js';
import { parse, ParseError } from './parse.js';

export default defineFuzzTarget({
  mutator: mutators.Source(),
  serializer: serializers.Source,
  test(lines) {
    try {
      parse(lines);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
    }
  },
});
