// Coverage report: one branch the fuzzer takes (v > 10) and one it never can (v > 1000, out of
// the mutator's range), in a helper file and an arrow function.
import { integer, jsonSerializer } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const ints = integer({ min: 0, max: 100 });

export function classify(v: number): string {
  if (v > 1000) {
    return 'never';
  }
  const size = v > 10 ? 'big' : 'small';
  return size;
}

export default defineFuzzTarget({
  mutator: ints,
  serializer: jsonSerializer(ints),
  test: (v) => {
    classify(v);
  },
});
