/**
 * Plain strings (no pattern or format) in the structural byte layout (byte-layout.ts): the text
 * in UTF-8 in the front stream, ended by a 0 byte (NUL itself is the two bytes C0 80, as in
 * Java's modified UTF-8), not a length choice. A word libFuzzer inserts into a string's bytes
 * (from a comparison Jazzer.js traces, `section === 'server'`, or from the dictionary) lengthens
 * that string alone, where a length byte would have cut it and pushed the rest into the next
 * string. The string also ends at its maximum length or the budget (a 0 byte right after is then
 * still its end) and where the front stream meets the back one; below the minimum length a 0 byte
 * is a NUL. A byte that starts no valid sequence (a stray continuation, an overlong or surrogate
 * form, an astral character with one code unit of room) is its own Latin-1 character and leaves
 * the bytes after it to the next characters, so every byte string decodes; the encoder writes
 * canonical bytes, and a lone surrogate (no UTF-8 form, never generated) leaves the value to the
 * embedded JSON form (to-bytes.ts).
 */
import { EPS } from '../core/budget.js';
import type { StringMutator } from '../string/string.js';
import { Bail, type LayoutReader, type LayoutWriter } from './byte-streams.js';

/** one code point of UTF-8 from the front stream, with `room` code units left; see the header */
function readCodePoint(r: LayoutReader, room: number): string {
  const b = r.s();
  if (b < 0x80) return String.fromCharCode(b);
  if (b === 0xc0 && r.peek(0) === 0x80) {
    r.s();
    return '\u0000';
  }
  const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (len === 0) return String.fromCharCode(b);
  // the continuation bytes are looked at before they are read: a sequence that is not one leaves
  // them to the next characters (the lead byte alone is a character)
  let c = b & (len === 2 ? 31 : len === 3 ? 15 : 7);
  for (let k = 0; k < len - 1; k++) {
    const y = r.peek(k);
    if (y === undefined || (y & 0xc0) !== 0x80) return String.fromCharCode(b);
    c = (c << 6) | (y & 63);
  }
  if ((len === 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) || (len === 4 && (c < 0x10000 || c > 0x10ffff || room < 2))) return String.fromCharCode(b);
  for (let k = 1; k < len; k++) r.s();
  return String.fromCodePoint(c);
}

export function decString(u: StringMutator, r: LayoutReader, budget: number): string {
  const cap = Math.max(u.minLength, Math.min(u.maxLength, Math.floor((budget + EPS) / u.unit)));
  let s = '';
  while (s.length < u.minLength) s += readCodePoint(r, cap - s.length);
  for (;;) {
    const b = r.peek(0);
    if (b === 0) {
      r.s();
      break;
    }
    // the streams met: the string ends, but one with no bytes of its own ran out of data
    if (b === undefined) {
      if (s.length === 0 || s.length < u.minLength) r.short++;
      break;
    }
    if (s.length >= cap) break;
    s += readCodePoint(r, cap - s.length);
  }
  return s;
}

const utf8 = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function encString(u: StringMutator, s: string, w: LayoutWriter): void {
  if (u.validateValue(s) === undefined || LONE_SURROGATE.test(s)) throw new Bail();
  for (const b of utf8.encode(s)) {
    if (b === 0) w.s.push(0xc0, 0x80);
    else w.s.push(b);
  }
  w.s.push(0);
}

