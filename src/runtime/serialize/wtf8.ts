/**
 * WTF-8: UTF-8 extended to lone surrogates, so any JavaScript string has a byte form. Well-formed
 * strings give exactly their UTF-8 bytes. Decoding rejects (undefined) invalid or overlong
 * sequences and surrogate pairs written as two 3-byte sequences (they must be one 4-byte one).
 */
export function wtf8Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, n);
}

export function wtf8Decode(b: Uint8Array): string | undefined {
  let s = '';
  let lastHigh = false; // previous code unit was a lone high surrogate
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    let c: number;
    let len: number;
    if (x < 0x80) [c, len] = [x, 1];
    else if (x >= 0xc2 && x < 0xe0) [c, len] = [x & 31, 2];
    else if (x >= 0xe0 && x < 0xf0) [c, len] = [x & 15, 3];
    else if (x >= 0xf0 && x < 0xf5) [c, len] = [x & 7, 4];
    else return undefined;
    if (i + len > b.length) return undefined;
    for (let k = 1; k < len; k++) {
      const y = b[i + k]!;
      if ((y & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (y & 63);
    }
    if ((len === 3 && c < 0x800) || (len === 4 && (c < 0x10000 || c > 0x10ffff))) return undefined;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (low && lastHigh) return undefined;
    lastHigh = c >= 0xd800 && c <= 0xdbff;
    s += String.fromCodePoint(c);
    i += len;
  }
  return s;
}
