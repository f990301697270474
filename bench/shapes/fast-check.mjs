// The six bench shapes as hand-written fast-check arbitraries, sized like bench/shapes/types.ts.
import fc from 'fast-check';

const int = fc.integer();
const str = fc.string({ maxLength: 16 });
const dbl = fc.double();
const strMax = fc.string({ maxLength: 16, size: 'max' });

const item = fc.record({ sku: str, qty: int, price: dbl, tags: fc.array(str, { maxLength: 3 }) });

// depth-limited like typia's recursion (depth <= 6): fc.letrec without a depth bound overflows
// the stack on this shape (fast-check #5218)
function treeAt(depth) {
  const children = depth === 0 ? fc.constant([]) : fc.array(treeAt(depth - 1), { maxLength: 5 });
  return fc.record({ id: int, label: str, children });
}
const tree = treeAt(6);

const point = fc.tuple(dbl, dbl);

export const fastCheckShapes = {
  Flat: fc.record({
    id: int, name: str, active: fc.boolean(), score: dbl, count: int, code: str,
    level: fc.constantFrom('low', 'mid', 'high'), ratio: dbl, flag: fc.boolean(),
  }),
  Nested: fc.record({
    id: int,
    customer: fc.record({ name: str, email: str, address: fc.record({ street: str, city: str, zip: str }) }),
    items: fc.array(item, { minLength: 12, maxLength: 22 }),
    note: str,
  }),
  Tree: tree,
  Json: fc.jsonValue({ size: 'large' }),
  Union: fc.oneof(
    fc.record({ type: fc.constant('circle'), x: dbl, y: dbl, r: dbl }),
    fc.record({ type: fc.constant('rect'), x: dbl, y: dbl, w: dbl, h: dbl }),
    fc.record({ type: fc.constant('text'), x: dbl, y: dbl, text: str, size: int }),
    fc.record({ type: fc.constant('line'), from: point, to: point, dashed: fc.boolean() }),
    fc.record({ type: fc.constant('group'), name: str, count: int, hidden: fc.boolean() }),
  ),
  Strings: fc.record({
    title: fc.string({ maxLength: 40, size: 'max' }), body: fc.string({ maxLength: 200, size: 'max' }), author: strMax, slug: strMax, lang: strMax,
    summary: fc.string({ maxLength: 80, size: 'max' }), keywords: fc.array(strMax, { maxLength: 6, size: 'max' }),
  }),
};

/** fast-check's own Random for `seed`, captured through a one-off arbitrary */
export function fastCheckRandom(seed) {
  let grabbed;
  class Grab extends fc.Arbitrary {
    generate(mrng) {
      grabbed = mrng;
      return new fc.Value(0, undefined);
    }
    canShrinkWithoutContext() {
      return false;
    }
    shrink() {
      return fc.Stream.nil();
    }
  }
  fc.sample(new Grab(), { seed, numRuns: 1 });
  return grabbed;
}
