// The six bench shapes as derive-mutators runtime compositions, written by hand to match
// bench/shapes/types.ts so the bench runs from dist/ without a codegen step.
// test/codegen/bench-shapes.test.ts checks that Nested, Tree, Union and Strings give the same
// values as the mutators the CLI derives from types.ts; Flat differs only by the swarm scope the
// codegen adds around its literal union, and Json is d.json() (what `unknown` derives to). `budget` is the complexity budget per
// value, tuned so the JSON sizes match typia's and fast-check's (the report prints all three).
// A shape whose factories are not in the runtime yet comes back as { missing: [names] }.

const INT32 = { min: -2147483648, max: 2147483647 };

const SHAPES = {
  Flat: {
    needs: ['object', 'integer', 'string', 'boolean', 'number', 'literals'],
    budget: 1000,
    build: (d) => {
      const str = d.string({ maxLength: 16 });
      return d.object({
        id: d.integer(INT32), name: str, active: d.boolean(), score: d.number(), count: d.integer(INT32),
        code: str, level: d.literals(['low', 'mid', 'high']), ratio: d.number(), flag: d.boolean(),
      });
    },
  },
  Nested: {
    needs: ['object', 'array', 'integer', 'string', 'number'],
    budget: 20000,
    build: (d) => {
      const str = d.string({ maxLength: 16 });
      const int = d.integer(INT32);
      const item = d.object({ sku: str, qty: int, price: d.number(), tags: d.array(str, { maxItems: 3 }) });
      return d.object({
        id: int,
        customer: d.object({ name: str, email: str, address: d.object({ street: str, city: str, zip: str }) }),
        items: d.array(item, { minItems: 12, maxItems: 22 }),
        note: str,
      });
    },
  },
  Tree: {
    needs: ['object', 'array', 'integer', 'string', 'lazy'],
    budget: 40000,
    build: (d) => {
      const str = d.string({ maxLength: 16 });
      const int = d.integer(INT32);
      const tree = d.lazy(() => d.object({ id: int, label: str, children: d.array(tree, { maxItems: 5 }) }));
      return tree;
    },
  },
  Json: {
    needs: ['json'],
    budget: 2000,
    build: (d) => d.json(),
  },
  Union: {
    needs: ['object', 'union', 'literals', 'number', 'integer', 'string', 'boolean', 'tuple'],
    budget: 1000,
    build: (d) => {
      const n = d.number();
      const point = d.tuple([n, n]);
      // a single-value tag: constant() where the runtime has it, else a one-element literals()
      const tag = typeof d.constant === 'function' ? d.constant : (v) => d.literals([v]);
      const variant = (type, fields) => ({ mutator: d.object({ type: tag(type), ...fields }) });
      return d.union(
        [
          variant('circle', { x: n, y: n, r: n }),
          variant('rect', { x: n, y: n, w: n, h: n }),
          variant('text', { x: n, y: n, text: d.string({ maxLength: 16 }), size: d.integer(INT32) }),
          variant('line', { from: point, to: point, dashed: d.boolean() }),
          variant('group', { name: d.string({ maxLength: 16 }), count: d.integer(INT32), hidden: d.boolean() }),
        ],
        { discriminant: 'type' },
      );
    },
  },
  Strings: {
    needs: ['object', 'array', 'string'],
    budget: 20000,
    build: (d) => {
      const str = d.string({ maxLength: 16 });
      return d.object({
        title: d.string({ maxLength: 40 }), body: d.string({ maxLength: 200 }), author: str, slug: str, lang: str,
        summary: d.string({ maxLength: 80 }), keywords: d.array(str, { maxItems: 6 }),
      });
    },
  },
};

export const SHAPE_NAMES = Object.keys(SHAPES);

/** { [shape]: { mutator, budget } | { missing: string[] } } from the runtime module `d` */
export function buildOurs(d) {
  const out = {};
  for (const [name, s] of Object.entries(SHAPES)) {
    const missing = s.needs.filter((f) => typeof d[f] !== 'function');
    if (missing.length > 0) {
      out[name] = { missing };
      continue;
    }
    try {
      out[name] = { mutator: s.build(d), budget: s.budget };
    } catch (e) {
      out[name] = { missing: [`error: ${e.message}`] };
    }
  }
  return out;
}
