// Targets for the corpus exchange with libFuzzer-style engines (corpus export/import, jazzer()).
import { integer, jsonSerializer, object, string } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const pair = object<{ a: number; s: string }>({ a: integer({ min: 0, max: 1000 }), s: string({ maxLength: 8 }) });

/** fails on a === 777 */
export default defineFuzzTarget({
  mutator: pair,
  serializer: jsonSerializer(pair),
  test(v) {
    if (v.a === 777) throw new Error(`exchange bug: a is ${v.a}`);
  },
});

/** a mutator whose validateValue accepts only 5: everything fromBytes makes of other bytes is rejected */
const ints = integer({ min: 0, max: 1000 });
const picky = Object.assign(Object.create(ints) as typeof ints, { validateValue: (v: number) => (v === 5 ? ints.validateValue(v) : undefined) });
export const strict = defineFuzzTarget({ mutator: picky, serializer: jsonSerializer(picky), test() {} });

export const notATarget = { hello: 'world' };
