// Targets whose failures end or block the worker, so that only the main thread can name the
// input: a catastrophic regular expression (native code), a fast allocation loop (heap limit),
// process.exit, an error thrown from a timer, and process.abort.
import { integer, jsonSerializer } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const ints = integer({ min: 0, max: 1000 });
const ser = jsonSerializer(ints);

/** `/^(a+)+$/` backtracks exponentially on "aaa…!": V8 runs it in native code, no loop deadline */
export const regex = defineFuzzTarget({
  mutator: ints,
  serializer: ser,
  timeout: 200,
  test(v) {
    if (v > 300) /^(a+)+$/.test(`${'a'.repeat(40)}!`);
  },
});

/** allocates without bound on one input, faster than the engine's once-a-second heap check */
export const alloc = defineFuzzTarget({
  mutator: ints,
  serializer: ser,
  test(v) {
    if (v <= 300) return;
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(100_000).fill(v));
  },
});

export const exit = defineFuzzTarget({
  mutator: ints,
  serializer: ser,
  test(v) {
    if (v > 300) process.exit(3);
  },
});

export const late = defineFuzzTarget({
  mutator: ints,
  serializer: ser,
  test(v) {
    if (v > 300) setTimeout(() => { throw new Error(`late failure for ${v}`); }, 0);
  },
});

export const abort = defineFuzzTarget({
  mutator: ints,
  serializer: ser,
  test(v) {
    if (v > 300) process.abort();
  },
});
