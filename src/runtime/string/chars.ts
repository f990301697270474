/**
 * The random character mix of strings: ASCII letters and punctuation, whitespace and control
 * characters, non-ASCII and astral characters, and interesting whole strings. `randomChars`
 * has a seeded fast path (sfc32 stepped on the Rng's state) that draws the same words as
 * `randomChar` would, one character at a time.
 */
import { belowOf, plainRanges, rejectFrom, sfcState, type Rng } from '../core/rng.js';

const TWO_32 = 4294967296;
/** how many code units 0xa0..0xd7ff are */
const BMP = 0xd7ff - 0xa0 + 1;

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PUNCT = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPACE = ['\t', '\n', '\r', ' ', '\v', '\f', '\0', '\x7f', '\u00a0', '\u2028', '\u2029', '\ufeff', '\x1b'];
const NON_ASCII = ['é', 'ß', 'ñ', 'ü', 'ø', 'Ω', '∑', 'ж', 'ё', 'ا', 'א', '中', '文', '€', 'ﬀ', '\u0301', '\ufffd', 'İ'];
const ASTRAL = ['😀', '💩', '𝄞', '\u{10000}', '\u{10ffff}', '👍🏽'.slice(0, 2)];
export const INTERESTING = ['', ' ', '0', '-1', 'null', 'true', 'false', 'undefined', 'NaN', '__proto__', 'constructor', '%s%n', '\0', '{}', '[]', '"', "'", '\\', 'a\nb', 'A'.repeat(40)];

/** one character: 1 code unit, or 2 (an astral pair) when room >= 2 */
export function randomChar(rng: Rng, room: number): string {
  const r = rng.below(32);
  if (r < 12) return ALNUM[rng.below(ALNUM.length)]!;
  if (r < 18) return PUNCT[rng.below(PUNCT.length)]!;
  if (r < 21) return rng.pick(SPACE);
  if (r < 25) return String.fromCharCode(rng.int(0x20, 0x7e));
  if (r < 28) return rng.pick(NON_ASCII);
  if (r < 30 || room < 2) return String.fromCharCode(rng.int(0xa0, 0xd7ff));
  return rng.bool() ? rng.pick(ASTRAL) : String.fromCodePoint(rng.int(0x10000, 0x10ffff));
}

/** SPACE and NON_ASCII as strings, when each of their characters is one code unit (it is) */
const SPACE_UNITS = SPACE.every((c) => c.length === 1) ? SPACE.join('') : null;
const NON_ASCII_UNITS = NON_ASCII.every((c) => c.length === 1) ? NON_ASCII.join('') : null;

/** ASTRAL's surrogate pairs (each is one) */
const ASTRAL_PAIRS = ASTRAL.every((c) => c.length === 2);
const ASTRAL_HI = ASTRAL.map((c) => c.charCodeAt(0));
const ASTRAL_LO = ASTRAL.map((c) => c.charCodeAt(1));

/** code-unit buffers by exact length, reused by `randomChars` (String.fromCharCode.apply needs the length) */
const BUFS: number[][] = [];
const MAX_BUF = 256;
for (let i = 0; i <= MAX_BUF; i++) BUFS.push(new Array<number>(i).fill(0));

/** writes the code units of `s` into buf at i; returns the next index */
function put(buf: number[], i: number, s: string): number {
  for (let k = 0; k < s.length; k++) buf[i++] = s.charCodeAt(k);
  return i;
}

/**
 * `n` code units of random characters: the same string, from the same Rng draws, as appending
 * `randomChar(rng, n - s.length)` until the length is n (a character never overshoots the room),
 * built from code units in one step instead of one intermediate string per character.
 */
export function randomChars(rng: Rng, n: number): string {
  if (n > MAX_BUF) {
    let s = '';
    while (s.length < n) s += randomChar(rng, n - s.length);
    return s;
  }
  // sfcState implies plainRanges: ask it first, the seeded Rng being the common case
  const st = LOCAL_OK ? sfcState(rng) : null;
  if (st !== null) return sfcChars(rng, st, n);
  return plainRanges(rng) ? plainChars(rng, n) : someChars(rng, n);
}

function someChars(rng: Rng, n: number): string {
  const buf = BUFS[n]!;
  let i = 0;
  while (i < n) {
    const r = rng.below(32);
    if (r < 12) buf[i++] = ALNUM.charCodeAt(rng.below(ALNUM.length));
    else if (r < 18) buf[i++] = PUNCT.charCodeAt(rng.below(PUNCT.length));
    else if (r < 21) i = put(buf, i, rng.pick(SPACE));
    else if (r < 25) buf[i++] = rng.int(0x20, 0x7e);
    else if (r < 28) i = put(buf, i, rng.pick(NON_ASCII));
    else if (r < 30 || n - i < 2) buf[i++] = rng.int(0xa0, 0xd7ff);
    else if (rng.bool()) i = put(buf, i, rng.pick(ASTRAL));
    else {
      const cp = rng.int(0x10000, 0x10ffff) - 0x10000;
      buf[i++] = 0xd800 + (cp >> 10);
      buf[i++] = 0xdc00 + (cp & 0x3ff);
    }
  }
  return String.fromCharCode.apply(null, buf);
}

/**
 * The character kinds of `randomChar` for r = below(32) < 30, as tables: kind r draws
 * k = below(MOD[r]) and gives the code unit TABLE[BASE[r] + k * TM[r]] + k * AM[r], without a
 * branch: a listed kind (TM 1, AM 0) reads its k-th unit, a range kind (TM 0, AM 1) reads its
 * first unit (stored in TABLE) and adds k.
 */
const MOD = new Int32Array(30);
/** 1 / MOD[r]: x % m as x - floor(x * inv) * m, corrected by one step (no integer division) */
const INV = new Float64Array(30);
const BASE = new Int32Array(30);
const TM = new Int32Array(30);
const AM = new Int32Array(30);
const TABLE_SRC = [ALNUM, PUNCT, SPACE_UNITS ?? '', NON_ASCII_UNITS ?? '', '\x20', '\xa0'];
const TABLE = new Uint16Array(TABLE_SRC.reduce((n, t) => n + t.length, 0));
{
  const bases: number[] = [];
  let at = 0;
  for (const t of TABLE_SRC) {
    bases.push(at);
    for (let k = 0; k < t.length; k++) TABLE[at++] = t.charCodeAt(k);
  }
  for (let r = 0; r < 30; r++) {
    // [modulus, table index, listed?]
    const [m, at, listed] = r < 12 ? [62, 0, 1] : r < 18 ? [33, 1, 1] : r < 21 ? [13, 2, 1] : r < 25 ? [95, 4, 0] : r < 28 ? [18, 3, 1] : [BMP, 5, 0];
    MOD[r] = m;
    INV[r] = 1 / m;
    BASE[r] = bases[at]!;
    TM[r] = listed;
    AM[r] = 1 - listed;
  }
}
/** the tables hold every kind exactly (all of SPACE and NON_ASCII are single code units) */
const LOCAL_OK = SPACE_UNITS !== null && NON_ASCII_UNITS !== null && ASTRAL_PAIRS;

/**
 * `plainChars` for a seeded sfc32 Rng (`sfcState`): the same words, in the same order, and the
 * same characters, with sfc32 stepped in local variables (its state is loaded once and stored
 * back at the end, and around the rare rejection draws, which go through `rng`).
 */
function sfcChars(rng: Rng, st: Int32Array, n: number): string {
  const buf = BUFS[n]!;
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  let t = 0;
  let i = 0;
  while (i < n) {
    // word 1: the kind
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    let r = t & 31;
    // word 2: the character within its kind (astral: which of the two astral kinds)
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const x = t >>> 0;
    if (r >= 30 && n - i < 2) r = 29;
    if (r < 30) {
      const m = MOD[r]!;
      let k: number;
      if (x <= TWO_32 - m) {
        k = x - Math.floor(x * INV[r]!) * m;
        k = k < 0 ? k + m : k >= m ? k - m : k;
      } else {
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        k = rejectFrom(rng, m, x);
        a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
      }
      buf[i++] = TABLE[BASE[r]! + k * TM[r]!]! + k * AM[r]!;
      continue;
    }
    // word 3: an astral character (one of ASTRAL, or any code point above the BMP)
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const y = t >>> 0;
    if ((x & 1) === 1) {
      let k: number;
      if (y <= TWO_32 - 6) k = y % 6;
      else {
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        k = rejectFrom(rng, 6, y);
        a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
      }
      buf[i++] = ASTRAL_HI[k]!;
      buf[i++] = ASTRAL_LO[k]!;
    } else {
      const cp = y & 0xfffff;
      buf[i++] = 0xd800 + (cp >> 10);
      buf[i++] = 0xdc00 + (cp & 0x3ff);
    }
  }
  st[0] = a; st[1] = b; st[2] = c; st[3] = d;
  return String.fromCharCode.apply(null, buf);
}

/**
 * `someChars` for an Rng with RngBase's own range methods: the same draws and characters, with
 * each range written out over `u32` (below(2^k) is a mask, int(lo, hi) is lo + below(hi - lo + 1),
 * pick(a) is a[below(a.length)], bool is the low bit).
 */
function plainChars(rng: Rng, n: number): string {
  const buf = BUFS[n]!;
  let i = 0;
  while (i < n) {
    const r = rng.u32() & 31;
    // every kind's next draw is one word (below(m) for m < 2^32, or bool): draw it here, once
    const x = rng.u32();
    if (r < 12) buf[i++] = ALNUM.charCodeAt(x <= TWO_32 - 62 ? x % 62 : rejectFrom(rng, 62, x));
    else if (r < 18) buf[i++] = PUNCT.charCodeAt(x <= TWO_32 - 33 ? x % 33 : rejectFrom(rng, 33, x));
    else if (r < 21) {
      const k = x <= TWO_32 - 13 ? x % 13 : rejectFrom(rng, 13, x);
      if (SPACE_UNITS !== null) buf[i++] = SPACE_UNITS.charCodeAt(k);
      else i = put(buf, i, SPACE[k]!);
    } else if (r < 25) buf[i++] = 0x20 + (x <= TWO_32 - 95 ? x % 95 : rejectFrom(rng, 95, x));
    else if (r < 28) {
      const k = x <= TWO_32 - 18 ? x % 18 : rejectFrom(rng, 18, x);
      if (NON_ASCII_UNITS !== null) buf[i++] = NON_ASCII_UNITS.charCodeAt(k);
      else i = put(buf, i, NON_ASCII[k]!);
    } else if (r < 30 || n - i < 2) buf[i++] = 0xa0 + (x <= TWO_32 - BMP ? x % BMP : rejectFrom(rng, BMP, x));
    else if ((x & 1) === 1) {
      const k = belowOf(rng, 6);
      if (ASTRAL_PAIRS) {
        buf[i++] = ASTRAL_HI[k]!;
        buf[i++] = ASTRAL_LO[k]!;
      } else i = put(buf, i, ASTRAL[k]!);
    } else {
      const cp = rng.u32() & 0xfffff;
      buf[i++] = 0xd800 + (cp >> 10);
      buf[i++] = 0xdc00 + (cp & 0x3ff);
    }
  }
  return String.fromCharCode.apply(null, buf);
}
