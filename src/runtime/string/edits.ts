/**
 * Character-level edits used by the string mutator: a random character mix and local edits that
 * never split a surrogate pair. Callers check lengths, budget and language membership.
 */
import type { Rng } from '../core/rng.js';
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

/** a random local edit of v (may return v itself or a string of the wrong length) */
export function localEdit(v: string, rng: Rng, minLength: number, room: number): string {
  const n = v.length;
  const at = safe(v, rng.int(0, n));
  switch (rng.below(8)) {
    case 0: return v.slice(0, at) + chars(rng, 1 + rng.below(Math.max(1, Math.min(4, room - n))), Math.max(1, room - n)) + v.slice(at);
    case 1: {
      if (n === 0) return v;
      const a = safe(v, rng.below(n));
      const b = safe(v, Math.min(n, a + 1 + rng.below(Math.max(1, Math.min(4, n - minLength)))));
      return v.slice(0, a) + v.slice(b > a ? b : cpEnd(v, a));
    }
    case 2: {
      if (n === 0) return randomChar(rng, room);
      const a = safe(v, rng.below(n));
      return v.slice(0, a) + randomChar(rng, room - n + (cpEnd(v, a) - a)) + v.slice(cpEnd(v, a));
    }
    case 3: {
      const a = safe(v, rng.int(0, n));
      const b = safe(v, rng.int(a, Math.min(n, a + 8)));
      return v.slice(0, at) + v.slice(a, b) + v.slice(at);
    }
    case 4: {
      if (n === 0) return v;
      const i = rng.below(n);
      const c = v.charCodeAt(i) + (rng.bool() ? 1 : -1);
      if (c < 0 || (c >= 0xd800 && c <= 0xdfff) || (v.charCodeAt(i) >= 0xd800 && v.charCodeAt(i) <= 0xdfff)) return v;
      return v.slice(0, i) + String.fromCharCode(c) + v.slice(i + 1);
    }
    case 5: return rng.pick(INTERESTING);
    case 6: return v.slice(0, safe(v, rng.int(Math.min(minLength, n), n)));
    default: {
      if (n === 0) return v;
      const i = safe(v, rng.below(n));
      const e = cpEnd(v, i);
      const c = v.slice(i, e);
      const t = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      return v.slice(0, i) + t + v.slice(e);
    }
  }
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
