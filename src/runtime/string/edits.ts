/**
 * Character-level edits used by the string mutator: the random local edits as a table of eight of
 * equal weight (see core/mutation-table.ts) and the ordered schedule, none of which splits a
 * surrogate pair. Callers check lengths, budget and language membership.
 */
import type { Rng } from '../core/rng.js';
import { drawOne, mutationTable, type Weighted } from '../core/mutation-table.js';
import { INTERESTING, randomChar } from './chars.js';

/** moves i back by one when it would split a surrogate pair */
export function safe(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
}
function cpEnd(s: string, i: number): number {
  return (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
function chars(rng: Rng, n: number, room: number): string {
  let s = '';
  while (s.length < n) s += randomChar(rng, Math.min(room, n) - s.length);
  return s;
}

/** a local edit of v at a drawn position `at`; `room` is the caller's length limit */
interface LocalEdit extends Weighted {
  apply(v: string, at: number, rng: Rng, minLength: number, room: number): string;
}

/** the random local edits, one slot each (see core/mutation-table.ts); an edit that cannot apply returns v */
const LOCAL_EDITS = mutationTable<LocalEdit>([
  {
    name: 'insert 1-4 random characters',
    apply: (v, at, rng, _min, room) => v.slice(0, at) + chars(rng, 1 + rng.below(Math.max(1, Math.min(4, room - v.length))), Math.max(1, room - v.length)) + v.slice(at),
  },
  {
    name: 'delete 1-4 characters',
    apply(v, _at, rng, minLength) {
      const n = v.length;
      if (n === 0) return v;
      const a = safe(v, rng.below(n));
      const b = safe(v, Math.min(n, a + 1 + rng.below(Math.max(1, Math.min(4, n - minLength)))));
      return v.slice(0, a) + v.slice(b > a ? b : cpEnd(v, a));
    },
  },
  {
    name: 'replace a character',
    apply(v, _at, rng, _min, room) {
      const n = v.length;
      if (n === 0) return randomChar(rng, room);
      const a = safe(v, rng.below(n));
      return v.slice(0, a) + randomChar(rng, room - n + (cpEnd(v, a) - a)) + v.slice(cpEnd(v, a));
    },
  },
  {
    name: 'copy a run of up to 8 characters',
    apply(v, at, rng) {
      const a = safe(v, rng.int(0, v.length));
      const b = safe(v, rng.int(a, Math.min(v.length, a + 8)));
      return v.slice(0, at) + v.slice(a, b) + v.slice(at);
    },
  },
  {
    name: 'step a code unit by one',
    apply(v, _at, rng) {
      const n = v.length;
      if (n === 0) return v;
      const i = rng.below(n);
      const c = v.charCodeAt(i) + (rng.bool() ? 1 : -1);
      if (c < 0 || (c >= 0xd800 && c <= 0xdfff) || (v.charCodeAt(i) >= 0xd800 && v.charCodeAt(i) <= 0xdfff)) return v;
      return v.slice(0, i) + String.fromCharCode(c) + v.slice(i + 1);
    },
  },
  { name: 'an interesting string', apply: (_v, _at, rng) => rng.pick(INTERESTING) },
  { name: 'truncate', apply: (v, _at, rng, minLength) => v.slice(0, safe(v, rng.int(Math.min(minLength, v.length), v.length))) },
  {
    name: 'flip the case of a character',
    apply(v, _at, rng) {
      const n = v.length;
      if (n === 0) return v;
      const i = safe(v, rng.below(n));
      const e = cpEnd(v, i);
      const c = v.slice(i, e);
      const t = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      return v.slice(0, i) + t + v.slice(e);
    },
  },
]);

/** a random local edit of v (may return v itself or a string of the wrong length) */
export function localEdit(v: string, rng: Rng, minLength: number, room: number): string {
  const at = safe(v, rng.int(0, v.length));
  return drawOne(LOCAL_EDITS, rng).apply(v, at, rng, minLength, room);
}

/** number of fixed ordered edits before the per-position ones */
export const ORDERED_EDITS = 9;

/** the i-th edit of the ordered schedule (the caller bounds i) */
export function orderedEdit(v: string, i: number, minLength: number): string {
  switch (i) {
    case 0: return v.slice(0, safe(v, Math.min(minLength, v.length)));
    case 1: return v.slice(0, safe(v, Math.max(0, v.length - 1)));
    case 2: return v.slice(cpEnd(v, 0));
    case 3: return `${v}a`;
    case 4: return `${v} `;
    case 5: return `0${v}`;
    case 6: return v.toUpperCase();
    case 7: return v.toLowerCase();
    case 8: return v + v;
  }
  const j = i - ORDERED_EDITS;
  const p = safe(v, j >> 1);
  const e = cpEnd(v, p);
  if ((j & 1) === 0) return v.slice(0, p) + v.slice(e);
  return v.slice(0, p) + (v[p] === 'a' ? 'b' : 'a') + v.slice(e);
}
