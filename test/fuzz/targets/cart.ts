// The "cart reducer" shape: a coupon code reaches a bug only through one kind of comparison each
// (no `code === 'SAVE10'` anywhere), so each export pins one kind of comparison feedback.
import { integer, jsonSerializer, object, string } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const cart = object({ items: integer({ min: 0, max: 20 }), code: string({ maxLength: 16 }) });
type Cart = { items: number; code: string };

function target(apply: (c: Cart) => number) {
  return defineFuzzTarget({
    mutator: cart,
    serializer: jsonSerializer(cart),
    test(c) {
      const total = apply(c as Cart);
      if (total < 0) throw new Error(`negative total ${total} with code ${JSON.stringify(c.code)}`);
    },
  });
}

const COUPONS: Record<string, number> = { SAVE10: 10, HALF50: 50, FREESHIP: 5 };
const CODES: Array<[string, number]> = [['WELCOME', 15], ['VIP2024', 40], ['BLACKFRI', 70]];
const TABLE: Record<string, number> = { SPRING24: 20, AUTUMN24: 25, XMAS99: 99 };
const LEVELS = new Set(['GOLDEN', 'PLATINUM']);

/** Object.hasOwn(COUPONS, code) */
export const hasOwn = target((c) => (Object.hasOwn(COUPONS, c.code) ? c.items * 2 - COUPONS[c.code]! : c.items));

/** switch (code) { case 'SAVE10': … } */
export const switchCase = target((c) => {
  switch (c.code) {
    case 'TAKE10':
      return c.items - 10;
    case 'BOGOFREE':
      return c.items;
    default:
      return c.items;
  }
});

/** new Map([...codes]).get(code), the map rebuilt on every call */
export const mapGet = target((c) => {
  const off = new Map(CODES).get(c.code);
  return off === undefined ? c.items : c.items - off;
});

/** TABLE[code] */
export const tableRead = target((c) => c.items - (TABLE[c.code] ?? 0));

/** ['a','b'].includes(code) */
export const arrayIncludes = target((c) => (['STAFF', 'PARTNER'].includes(c.code) ? -1 : c.items));

/** code in PRICES, PRICES.hasOwnProperty(code), Object.prototype.hasOwnProperty.call */
export const inOperator = target((c) => (c.code in { LOYAL77: 1, OLDTIMER: 2 } ? -c.items - 1 : c.items));
export const hasOwnProperty = target((c) => (COUPONS.hasOwnProperty(c.code) ? -1 : c.items));
export const hasOwnPropertyCall = target((c) => (Object.prototype.hasOwnProperty.call(TABLE, c.code) ? -1 : c.items));

/** Set.has, Map.delete on module-level containers */
export const setHas = target((c) => (LEVELS.has(c.code) ? -1 : c.items));
const held = new Map([['RESERVED1', 1]]);
export const mapDelete = target((c) => {
  const hit = held.delete(c.code);
  if (hit) held.set(c.code, 1);
  return hit ? -1 : c.items;
});

/** localeCompare: the only mention of the code */
export const localeCompare = target((c) => (c.code.localeCompare('WINTERSALE') === 0 ? -1 : c.items));

/** a RegExp literal: its fragments are the dictionary */
export const regexLiteral = target((c) => (/^promo-(spring|autumn)$/.test(c.code) ? -1 : c.items));

/** numbers and their string forms cross over: a parsed code compared as a number, a count compared as text */
export const parsedNumber = target((c) => {
  let n: unknown;
  try {
    n = JSON.parse(c.code);
  } catch {
    return c.items;
  }
  return n === 31337 ? -1 : c.items;
});
const counted = object({ count: integer({ min: 0, max: 1_000_000 }) });
export const stringOfNumber = defineFuzzTarget({
  mutator: counted,
  serializer: jsonSerializer(counted),
  test(v) {
    if (String(v.count) === '424242') throw new Error('count printed as 424242');
  },
});
export const numberOf = target((c) => (Number(c.code) === 8080 || parseInt(c.code, 10) === 8080 ? -1 : c.items));

/** a well-known property name changes what a lookup means: `{}[code]` is a function for 'constructor' */
export const wellKnown = target((c) => {
  const seen: Record<string, unknown> = {};
  return typeof seen[c.code] === 'function' ? -1 : c.items;
});
