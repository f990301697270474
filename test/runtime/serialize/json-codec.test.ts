/**
 * serialize/json-codec.ts promises a lossless mapping between runtime values and plain JSON:
 * plain JSON stays plain, everything JSON cannot hold becomes a `{ "$type", "value" }` tag, an
 * object with its own "$type" key is wrapped so decoding is unambiguous, and `decode` throws on
 * tags `encode` cannot have produced. This file checks the exact encodings, round trips through
 * JSON text, and the rejections.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/runtime/serialize/json-codec.js';
import { deepEqual } from '../../../src/runtime/core/values.js';

const viaText = (v: unknown): unknown => decode(JSON.parse(JSON.stringify(encode(v))));

describe('encode', () => {
  it('leaves plain JSON as it is', () => {
    const plain = { a: [1, 'x', true, null, { b: 2.5 }], c: {} };
    expect(encode(plain)).toEqual(plain);
  });

  it('tags the values JSON cannot hold', () => {
    expect(encode(undefined)).toEqual({ $type: 'undefined' });
    expect(encode(-0)).toEqual({ $type: 'number', value: '-0' });
    expect(encode(NaN)).toEqual({ $type: 'number', value: 'NaN' });
    expect(encode(-Infinity)).toEqual({ $type: 'number', value: '-Infinity' });
    expect(encode(-12n)).toEqual({ $type: 'bigint', value: '-12' });
    expect(encode(new Date(0))).toEqual({ $type: 'Date', value: '1970-01-01T00:00:00.000Z' });
    expect(encode(new Date(NaN))).toEqual({ $type: 'Date', value: null });
    expect(encode(new Map([[1n, 'a']]))).toEqual({ $type: 'Map', value: [[{ $type: 'bigint', value: '1' }, 'a']] });
    expect(encode(new Set([undefined]))).toEqual({ $type: 'Set', value: [{ $type: 'undefined' }] });
    expect(encode(/a+/gi)).toEqual({ $type: 'RegExp', value: { source: 'a+', flags: 'gi' } });
    expect(encode(new Float32Array([1, -0]))).toEqual({ $type: 'Float32Array', value: [1, { $type: 'number', value: '-0' }] });
    expect(encode(new BigUint64Array([2n]))).toEqual({ $type: 'BigUint64Array', value: ['2'] });
  });

  it('writes a RegExp lastIndex only when it is not 0', () => {
    const r = /x/y;
    r.lastIndex = 4;
    expect(encode(r)).toEqual({ $type: 'RegExp', value: { source: 'x', flags: 'y', lastIndex: 4 } });
  });

  it('wraps an ordinary object that has its own "$type" key', () => {
    expect(encode({ $type: 'Date', value: 1 })).toEqual({ $type: 'object', value: { $type: 'Date', value: 1 } });
  });

  it('refuses functions and symbols', () => {
    expect(() => encode(() => 1)).toThrow('jsonSerializer: cannot serialize a function');
    expect(() => encode(Symbol('s'))).toThrow(TypeError);
  });
});

describe('decode(encode(v))', () => {
  it('round-trips every shape through JSON text', () => {
    const r = /b/g;
    r.lastIndex = 2;
    const values: unknown[] = [
      undefined, -0, NaN, Infinity, 0, 1e300, 'str', [undefined, -0], 5n, new Date(123), new Date(NaN), r, /[/]\n/u,
      new Map<unknown, unknown>([[{ k: 1 }, new Set([1n])], [undefined, null]]), new Set([NaN, -0]),
      new Uint8ClampedArray([0, 255]), new Int16Array([-5]), new Float64Array([NaN, -Infinity, -0]), new BigInt64Array([-9n]),
      { $type: 'Map', value: [] }, { a: { $type: 'undefined' } }, { x: undefined, y: [{}] },
    ];
    for (const v of values) expect(deepEqual(viaText(v), v), String(JSON.stringify(encode(v)))).toBe(true);
  });

  it('keeps "__proto__" as an own key, both ways', () => {
    const o = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as Record<string, unknown>;
    const back = viaText(o) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(deepEqual(back, o)).toBe(true);
  });

  it('gives every object carrying "$type" a distinct meaning (no ambiguity)', () => {
    const a = { $type: 'undefined' };
    expect(viaText(a)).toEqual(a);
    expect(viaText(undefined)).toBeUndefined();
  });
});

describe('decode rejects what encode cannot have produced', () => {
  const bad: Array<[string, unknown]> = [
    ['unknown tag', { $type: 'Nope', value: 1 }],
    ['extra keys on undefined', { $type: 'undefined', value: 1 }],
    ['a tag without value', { $type: 'bigint' }],
    ['extra keys on a tag', { $type: 'bigint', value: '1', more: 1 }],
    ['bad number tag', { $type: 'number', value: '1' }],
    ['bad bigint', { $type: 'bigint', value: '1.5' }],
    ['bigint as number', { $type: 'bigint', value: 1 }],
    ['bad date', { $type: 'Date', value: 'not a date' }],
    ['date as number', { $type: 'Date', value: 0 }],
    ['map not an array', { $type: 'Map', value: {} }],
    ['map entry not a pair', { $type: 'Map', value: [[1]] }],
    ['set not an array', { $type: 'Set', value: 1 }],
    ['wrapped object not an object', { $type: 'object', value: [1] }],
    ['RegExp extra key', { $type: 'RegExp', value: { source: 'a', flags: '', x: 1 } }],
    ['RegExp bad flags', { $type: 'RegExp', value: { source: 'a', flags: 'q' } }],
    ['RegExp flags not canonical', { $type: 'RegExp', value: { source: 'a', flags: 'ig' } }],
    ['RegExp source not canonical', { $type: 'RegExp', value: { source: '/', flags: '' } }],
    ['RegExp negative lastIndex', { $type: 'RegExp', value: { source: 'a', flags: 'g', lastIndex: -1 } }],
    ['typed array not an array', { $type: 'Uint8Array', value: 'x' }],
    ['typed array element not a number', { $type: 'Float64Array', value: ['1'] }],
    ['bigint element not a string', { $type: 'BigInt64Array', value: [1] }],
    ['inherited constructor name', { $type: 'toString', value: [] }],
    ['nested bad tag', { a: [{ $type: 'Nope', value: 0 }] }],
  ];
  for (const [what, j] of bad) it(what, () => expect(() => decode(j)).toThrow());
});
