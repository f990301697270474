/**
 * serialize/wtf8.ts promises WTF-8: any JavaScript string (lone surrogates included) encodes to
 * bytes and decodes back; well-formed strings give exactly their UTF-8 bytes; decoding rejects
 * (undefined) invalid or overlong sequences and surrogate pairs written as two 3-byte sequences.
 * This file checks round trips, the UTF-8 agreement and each rejection.
 */
import { describe, expect, it } from 'vitest';
import { wtf8Decode, wtf8Encode } from '../../../src/runtime/serialize/wtf8.js';
import { createRng } from '../../../src/runtime/core/rng.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('wtf8Encode', () => {
  it('gives exactly the UTF-8 bytes of well-formed strings', () => {
    for (const s of ['', 'abc', 'é', '€', '𝄞', 'a\u0000b', '\u07ff\u0800\uffff', '\u{10ffff}', 'mixed é € 𝄞 text']) {
      expect(Array.from(wtf8Encode(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    }
  });

  it('encodes lone surrogates as their 3-byte sequences', () => {
    expect(Array.from(wtf8Encode('\ud800'))).toEqual([0xed, 0xa0, 0x80]);
    expect(Array.from(wtf8Encode('\udfff'))).toEqual([0xed, 0xbf, 0xbf]);
    // a low surrogate before a high one is not a pair
    expect(Array.from(wtf8Encode('\udc00\ud800'))).toEqual([0xed, 0xb0, 0x80, 0xed, 0xa0, 0x80]);
  });
});

describe('wtf8Decode', () => {
  it('round-trips lone surrogates, wherever they stand', () => {
    for (const s of ['\ud800', '\udc00', 'a\ud83d', '\ude00b', '\udc00\ud800', '\ud800\ud800', 'x\ud83d\ude00\ud83dy']) {
      expect(wtf8Decode(wtf8Encode(s))).toBe(s);
    }
  });

  it('round-trips random strings of code units', () => {
    const rng = createRng(17);
    const pool = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff];
    for (let i = 0; i < 500; i++) {
      const units = Array.from({ length: rng.int(0, 12) }, () => (rng.bool() ? rng.pick(pool) : rng.int(0, 0xffff)));
      const s = String.fromCharCode(...units);
      expect(wtf8Decode(wtf8Encode(s))).toBe(s);
    }
  });

  it('decodes the UTF-8 of well-formed text', () => {
    expect(wtf8Decode(new TextEncoder().encode('héllo 𝄞'))).toBe('héllo 𝄞');
    expect(wtf8Decode(bytes())).toBe('');
  });

  it('rejects bytes that cannot start a sequence', () => {
    expect(wtf8Decode(bytes(0x80))).toBeUndefined(); // continuation byte first
    expect(wtf8Decode(bytes(0xc0, 0x80))).toBeUndefined(); // C0/C1 only make overlong forms
    expect(wtf8Decode(bytes(0xc1, 0xbf))).toBeUndefined();
    expect(wtf8Decode(bytes(0xf5, 0x80, 0x80, 0x80))).toBeUndefined();
    expect(wtf8Decode(bytes(0xff))).toBeUndefined();
  });

  it('rejects truncated sequences and bad continuation bytes', () => {
    expect(wtf8Decode(bytes(0xe2, 0x82))).toBeUndefined();
    expect(wtf8Decode(bytes(0xf0, 0x9d, 0x84))).toBeUndefined();
    expect(wtf8Decode(bytes(0xc3, 0x41))).toBeUndefined();
    expect(wtf8Decode(bytes(0xe2, 0x82, 0xc0))).toBeUndefined();
  });

  it('rejects overlong 3- and 4-byte forms and code points above U+10FFFF', () => {
    expect(wtf8Decode(bytes(0xe0, 0x80, 0xaf))).toBeUndefined(); // '/' in 3 bytes
    expect(wtf8Decode(bytes(0xe0, 0x9f, 0xbf))).toBeUndefined(); // U+07FF in 3 bytes
    expect(wtf8Decode(bytes(0xf0, 0x8f, 0xbf, 0xbf))).toBeUndefined(); // U+FFFF in 4 bytes
    expect(wtf8Decode(bytes(0xf4, 0x90, 0x80, 0x80))).toBeUndefined(); // U+110000
    expect(wtf8Decode(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe('\u{10ffff}');
  });

  it('rejects a surrogate pair written as two 3-byte sequences, but accepts the reverse order', () => {
    expect(wtf8Decode(bytes(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80))).toBeUndefined(); // D83D DE00
    expect(wtf8Decode(bytes(0xed, 0xb8, 0x80, 0xed, 0xa0, 0xbd))).toBe('\ude00\ud83d');
    expect(wtf8Decode(bytes(0xed, 0xa0, 0xbd, 0x41, 0xed, 0xb8, 0x80))).toBe('\ud83dA\ude00');
  });

  it('makes decoding injective: decoded strings re-encode to the same bytes', () => {
    const rng = createRng(5);
    let decoded = 0;
    for (let i = 0; i < 3000; i++) {
      const b = Uint8Array.from({ length: rng.int(1, 6) }, () => (rng.bool() ? rng.int(0x80, 0xbf) : rng.int(0, 255)));
      const s = wtf8Decode(b);
      if (s === undefined) continue;
      decoded++;
      expect(Array.from(wtf8Encode(s))).toEqual(Array.from(b));
    }
    expect(decoded).toBeGreaterThan(100);
  });
});
