// Targets that change the value they are given: the engine must report it, not fuzz on or crash.
import { array, integer, jsonSerializer, object } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const list = array(integer({ min: 0, max: 100 }), { maxItems: 8 });

/** sorts in place once the list has three items out of order */
export const sorts = defineFuzzTarget({
  mutator: list,
  serializer: jsonSerializer(list),
  test(v) {
    if (v.length >= 3 && v[0]! > v[1]!) v.sort((a, b) => a - b);
  },
});

/** removes the last item of every list */
export const pops = defineFuzzTarget({
  mutator: list,
  serializer: jsonSerializer(list),
  test(v) {
    v.pop();
  },
});

const point = object<{ x: number; y: number }>({ x: integer({ min: 0, max: 10 }), y: integer({ min: 0, max: 10 }) });
/** deletes a field when x is large */
export const deletes = defineFuzzTarget({
  mutator: point,
  serializer: jsonSerializer(point),
  test(p) {
    if (p.x > 5) delete (p as { y?: number }).y;
  },
});

/** the same work on a copy: no report */
export const copies = defineFuzzTarget({
  mutator: list,
  serializer: jsonSerializer(list),
  test(v) {
    const c = [...v];
    c.sort((a, b) => a - b);
  },
});
