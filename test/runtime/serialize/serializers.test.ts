import { describe, expect, it } from 'vitest';
import { boolean, bytesSerializer, checkMutator, constant, createRng, deepEqual, jsonSerializer, object, optional, stringSerializer, type Mutator } from '../../../src/index.js';

/** accepts every value: isolates the codec from validation */
const anything = { validateValue: () => 1 } as unknown as Mutator<unknown>;
const ser = jsonSerializer(anything);
const roundTrip = (v: unknown): unknown => ser.fromData(ser.toData(v));
const text = (v: unknown): string => new TextDecoder().decode(ser.toData(v));

const TYPED = [
  new Int8Array([-128, 0, 127]), new Uint8Array([0, 255]), new Uint8ClampedArray([0, 255]), new Int16Array([-32768, 1]),
  new Uint16Array([65535]), new Int32Array([-(2 ** 31)]), new Uint32Array([2 ** 32 - 1]), new Float32Array([-0, NaN, Infinity, 1.5]),
  new Float64Array([-0, NaN, -Infinity, Number.MIN_VALUE]), new BigInt64Array([-(2n ** 63n), 1n]), new BigUint64Array([2n ** 64n - 1n]),
];

describe('jsonSerializer', () => {
  it('round-trips the values plain JSON loses', () => {
    const tricky: unknown[] = [
      -0, NaN, Infinity, -Infinity, undefined, [undefined, 1, undefined], { a: undefined }, {}, 12345678901234567890n, -1n,
      new Map<unknown, unknown>([[1, 'a'], [{ k: [1n] }, new Set([NaN])]]), new Set([-0, 'x', undefined]),
      new Date(0), new Date(8.64e15), new Date(NaN), ...TYPED,
      { $type: 'bigint', value: '1' }, { $type: 'object', value: { $type: 'undefined' } }, { nested: [{ $type: 'Map' }] },
      JSON.parse('{"__proto__": {"x": 1}, "b": 2}'), 'a\ud800b', '',
    ];
    for (const v of tricky) {
      const back = roundTrip(v);
      expect(deepEqual(back, v), `${text(v)}`).toBe(true);
    }
    expect(Object.keys(roundTrip({ a: undefined }) as object)).toEqual(['a']);
    expect(Object.keys(roundTrip({}) as object)).toEqual([]);
    expect(Object.getPrototypeOf(roundTrip(JSON.parse('{"__proto__": 1}')))).toBe(Object.prototype);
  });
  it('writes plain JSON as plain, pretty-printed JSON with extension json', () => {
    expect(text({ a: [1, 'x', null, true], b: [{ c: 1 }] })).toBe('{\n  "a": [1, "x", null, true],\n  "b": [\n    { "c": 1 }\n  ]\n}\n');
    const nested = { a: { b: [[1, 2], { c: 'd' }], e: { f: 'x'.repeat(80) } }, g: [] };
    expect(JSON.parse(text(nested))).toEqual(nested);
    expect(text(-0)).toContain('"$type": "number"');
    expect(ser.extension).toBe('json');
    expect(ser.isUtf8).toBe(true);
  });
  it('has a stable, readable format (snapshot)', () => {
    const v = { n: [-0, NaN, 1.5], u: undefined, big: 10n, when: new Date(0), m: new Map([['k', new Set([1])]]), b: new Uint8Array([1, 2]), $type: 'mine' };
    expect(text(v)).toMatchSnapshot();
  });
  it('round-trips a top-level undefined through readData (fromData cannot tell it from bad data)', () => {
    for (const m of [optional(boolean()), constant(undefined)] as Mutator<unknown>[]) {
      const s = jsonSerializer(m);
      const data = s.toData(undefined);
      expect(new TextDecoder().decode(data)).toMatch(/^\{\s*"\$type":\s*"undefined"\s*\}\n$/);
      expect(s.readData!(data)).toEqual({ value: undefined });
      expect('value' in s.readData!(data)!).toBe(true);
      expect(s.fromData(data)).toBeUndefined();
      checkMutator(m, { runs: 40, serializer: s });
    }
    const s = jsonSerializer(optional(boolean()));
    expect(s.readData!(s.toData(true))).toEqual({ value: true });
    for (const bad of ['', '{', '1', '{"$type":"undefined","value":1}', '{"$type":"nope"}']) expect(s.readData!(new TextEncoder().encode(bad)), bad).toBeUndefined();
    expect(jsonSerializer(boolean()).readData!(s.toData(undefined))).toBeUndefined();
  });
  it('fromData never throws and returns undefined on malformed data', () => {
    const enc = new TextEncoder();
    const bad = [
      '', '{', 'nul', '{"$type":"nope","value":1}', '{"$type":"undefined","x":1}', '{"$type":"bigint","value":"1.5"}',
      '{"$type":"Map","value":[[1]]}', '{"$type":"Date","value":"yesterday"}', '{"$type":"number","value":"7"}',
      '{"$type":"Int8Array","value":["x"]}', '{"$type":"BigInt64Array","value":[1]}', '{"$type":"toString","value":[]}',
      '{"$type":"Set"}', '['.repeat(200000),
    ];
    for (const s of bad) expect(ser.fromData(enc.encode(s)), s.slice(0, 40)).toBeUndefined();
    expect(ser.fromData(new Uint8Array([0xff, 0xfe, 0x7b]))).toBeUndefined();
    const rng = createRng(1);
    for (let i = 0; i < 500; i++) {
      const b = new Uint8Array(rng.below(40)).map(() => rng.below(256));
      expect(() => ser.fromData(b)).not.toThrow();
    }
  });
  it('returns undefined when the mutator rejects the decoded value', () => {
    const s = jsonSerializer(object({ a: boolean() }));
    expect(s.fromData(new TextEncoder().encode('{"a": true}'))).toEqual({ a: true });
    expect(s.fromData(new TextEncoder().encode('{"a": 1}'))).toBeUndefined();
    expect(() => jsonSerializer(null as never)).toThrow(/'mutator'/);
  });
});

describe('stringSerializer', () => {
  const s = stringSerializer();
  it('writes UTF-8 text and round-trips any string, lone surrogates included', () => {
    expect(s.extension).toBe('txt');
    expect(Array.from(s.toData('é€😀'))).toEqual(Array.from(new TextEncoder().encode('é€😀')));
    for (const v of ['', 'plain', 'é€😀', '\ud800', 'a\udc00b', '\udbff\ud800', '\0\n']) expect(s.fromData(s.toData(v))).toBe(v);
  });
  it('rejects invalid UTF-8 without throwing', () => {
    for (const b of [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(s.fromData(new Uint8Array(b))).toBeUndefined();
    }
  });
});

describe('bytesSerializer', () => {
  it('copies raw bytes both ways', () => {
    const b = bytesSerializer();
    const v = new Uint8Array([0, 1, 255]);
    const data = b.toData(v);
    expect(data).not.toBe(v);
    expect(Array.from(b.fromData(data)!)).toEqual([0, 1, 255]);
    expect(b.extension).toBe('bin');
    expect(b.isUtf8).toBe(false);
  });
});
