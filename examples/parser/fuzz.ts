// The fuzz target: `derive-mutators fuzz examples/parser/fuzz.ts`.
// To use the codegen's output instead of the hand-written stand-in, change this one import to
// '../../generated/examples/parser/types.mutators.js'.
import { mutators, serializers } from './mutators.js';
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
