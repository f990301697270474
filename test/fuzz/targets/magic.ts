// A magic-number and magic-string wall: random search does not guess 32-bit values or words.
import { integer, jsonSerializer, object, string } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const mutator = object({ n: integer({ min: 0, max: 2 ** 32 - 1 }), s: string({ maxLength: 16 }) });

function key(): number {
  return (0x1234 * 0x9e37) ^ 0x5a5a;
}

export default defineFuzzTarget({
  mutator,
  serializer: jsonSerializer(mutator),
  test(v) {
    if (v.n === key()) {
      if (v.s === 'open sesame') throw new Error('magic reached');
    }
  },
});
