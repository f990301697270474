// A checksum wall: the bug needs `sum` to equal a hash of `data`. No constant in the code gives
// it, the dictionary cannot (the hash changes with the input), and random search does not guess a
// 32-bit value; input-to-state replacement copies the compared hash into `sum`.
import { integer, jsonSerializer, object, string } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const mutator = object({ data: string({ maxLength: 16 }), sum: integer({ min: 0, max: 2 ** 32 - 1 }) });

/** FNV-1a, 32 bits */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export default defineFuzzTarget({
  mutator,
  serializer: jsonSerializer(mutator),
  test(v) {
    if (v.data.length >= 4 && v.sum === fnv1a(v.data)) throw new Error('checksum matched');
  },
});
