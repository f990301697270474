/**
 * `regexp()`: RegExp values, for a field typed `RegExp` (an AST literal's `value`, a config's
 * matcher). The source is drawn from a regular language of patterns inside the regex subset the
 * string mutator generates from (literals, escapes, classes, groups, alternation, quantifiers,
 * anchors), written so that every source is valid with every flag set (also `u` and `v`) and
 * reads back unchanged from `RegExp#source`; the flags are a canonical string of the valid set
 * (`d g i m s u|v y`, as `RegExp#flags` orders them). Mutations edit the source or the flags and
 * build a new RegExp (a RegExp's source cannot change in place), so parents store the new value.
 * A RegExp validates when its source is in that language and its `lastIndex` is 0.
 */
import type { Mutator } from '../core/mutator.js';
import { object } from '../object/factory.js';
import { mapped } from '../wrap/adapters.js';
import { string } from './string.js';

const ATOM = String.raw`(?:[a-zA-Z0-9 _-]|\\[dswDSW.*+?()|]|\.|\[\^?(?:a-z|A-Z|0-9|[a-z0-9_]){1,4}\])`;
/** `{m,n}` only as `{0,n}` with n >= 1, so the bounds are never out of order */
const QUANT = String.raw`(?:[*+?]|\{[0-9]\}|\{[0-9],\}|\{0,[1-9]\})?\??`;
const PIECE = `${ATOM}${QUANT}`;
const SEQ = `(?:${PIECE}){1,6}`;
const GROUP = String.raw`\((?:\?:)?${SEQ}(?:\|${SEQ})?\)${QUANT}`;
const BODY = `(?:${PIECE}|${GROUP}){1,8}`;

/** The language of generated sources (a pattern for `string({ pattern })`). */
export const REGEXP_SOURCE = `^\\^?${BODY}(?:\\|${BODY})?\\$?$`;
/** Every valid flag combination, in canonical order (`u` and `v` exclude each other). */
export const REGEXP_FLAGS = '^d?g?i?m?s?(?:u|v)?y?$';

const SOURCE = new RegExp(REGEXP_SOURCE);
const FLAGS = new RegExp(REGEXP_FLAGS);

interface Parts {
  source: string;
  flags: string;
}

let shared: Mutator<RegExp> | undefined;

/** RegExp values whose source and flags are generated and mutated as strings (see above). */
export function regexp(): Mutator<RegExp> {
  shared ??= mapped<RegExp, Parts>(
    object<Parts>({ source: string({ pattern: REGEXP_SOURCE }), flags: string({ pattern: REGEXP_FLAGS }) }),
    (p) => new RegExp(p.source, p.flags),
    (v) => (v instanceof RegExp && v.lastIndex === 0 && SOURCE.test(v.source) && FLAGS.test(v.flags) ? { source: v.source, flags: v.flags } : undefined),
  );
  return shared;
}
