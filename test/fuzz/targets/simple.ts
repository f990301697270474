// Small targets for engine behaviour: a shallow bug, a clean target, a hang, deep recursion.
import { boolean, integer, jsonSerializer, array, optional } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const bits = array(boolean(), { maxItems: 8 });
const ints = integer({ min: 0, max: 1000 });

export const shallow = defineFuzzTarget({
  mutator: bits,
  serializer: jsonSerializer(bits),
  test(v) {
    if (v.length >= 3 && v[0] && !v[1] && v[2]) throw new Error(`shallow bug at length ${v.length}`);
  },
});

export const clean = defineFuzzTarget({ mutator: ints, serializer: jsonSerializer(ints), test(v) { if (v < 0) throw new Error('impossible'); } });

export const hang = defineFuzzTarget({
  mutator: ints,
  serializer: jsonSerializer(ints),
  timeout: 200,
  test(v) {
    let i = 0;
    while (v > 500) i++;
    return void i;
  },
});

function depth(n: number): number {
  return n <= 0 ? 0 : 1 + depth(n - 1);
}
export const overflow = defineFuzzTarget({ mutator: ints, serializer: jsonSerializer(ints), test(v) { if (v > 700) depth(1e7); } });

export const asyncBug = defineFuzzTarget({
  mutator: ints,
  serializer: jsonSerializer(ints),
  async test(v) {
    await Promise.resolve();
    if (v > 900) throw new Error('async bug');
  },
});

export const notATarget = { test() {} };

const list = array(integer({ min: 0, max: 100 }), { maxItems: 40 });
/** fails whenever the list sums above 150: minify should shrink a long failing list */
export const sum = defineFuzzTarget({
  mutator: list,
  serializer: jsonSerializer(list),
  test(v) {
    let s = 0;
    for (const x of v) s += x;
    if (s > 150) throw new Error('sum too large');
  },
});

export const throwsAtLoad = undefined;

const kept: number[][] = [];
/** keeps memory from every input: the out-of-memory guard must stop it */
export const leak = defineFuzzTarget({
  mutator: ints,
  serializer: jsonSerializer(ints),
  test(v) {
    kept.push(new Array<number>(20_000).fill(v));
  },
});

const maybe = optional(boolean());
/** fails on a top-level undefined: its corpus file must decode (readValue), not read as bad data */
export const undef = defineFuzzTarget({
  mutator: maybe,
  serializer: jsonSerializer(maybe),
  test(v) {
    if (v === undefined) throw new Error('undefined reached');
  },
});

const many = array(integer({ min: 0, max: 100 }), { maxItems: 40 });
/** fails when the list holds a 7 anywhere: found in long lists, minimal as [7] */
export const seven = defineFuzzTarget({
  mutator: many,
  serializer: jsonSerializer(many),
  test(v) {
    if (v.includes(7)) throw new Error('seven found');
  },
});
