/**
 * core/values.ts promises structural equality (`deepEqual`), cloning (`deepClone`) and a
 * canonical key (`valueKey`) for the runtime's value shapes: -0 and NaN told apart by Object.is,
 * an absent key differs from a key holding undefined, Map/Set compared in order, Date by time,
 * RegExp by source, flags and lastIndex, typed arrays by constructor and elements. This file
 * checks each of those distinctions, and that clones are equal but share nothing mutable.
 */
import { describe, expect, it } from 'vitest';
import { deepClone, deepEqual, valueKey } from '../../../src/runtime/core/values.js';

describe('deepEqual', () => {
  it('uses Object.is on primitives: -0 differs from 0, NaN equals NaN', () => {
    expect(deepEqual(-0, 0)).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual([NaN, -0], [NaN, -0])).toBe(true);
    expect(deepEqual({ x: -0 }, { x: 0 })).toBe(false);
    expect(deepEqual(1n, 1n)).toBe(true);
    expect(deepEqual(1n, 1)).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
  });

  it('compares arrays by length and elements, and never equals an object', () => {
    expect(deepEqual([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual({ 0: 'a', length: 1 }, ['a'])).toBe(false);
  });

  it('tells an absent key from a key holding undefined', () => {
    expect(deepEqual({ a: undefined }, {})).toBe(false);
    expect(deepEqual({}, { a: undefined })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });

  it('compares Map and Set entries in order, deeply', () => {
    expect(deepEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]))).toBe(true);
    expect(deepEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]))).toBe(false);
    expect(deepEqual(new Map([[1, 'a']]), new Map([[1, 'b']]))).toBe(false);
    expect(deepEqual(new Set([[1], [2]]), new Set([[1], [2]]))).toBe(true);
    expect(deepEqual(new Set([1, 2]), new Set([2, 1]))).toBe(false);
    expect(deepEqual(new Set([1]), new Map([[1, 1]]))).toBe(false);
    expect(deepEqual(new Map(), {})).toBe(false);
    expect(deepEqual({}, new Set())).toBe(false);
  });

  it('compares Date by time (invalid dates equal each other) and RegExp by source, flags and lastIndex', () => {
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual(new Date(5), new Date(6))).toBe(false);
    expect(deepEqual(new Date(NaN), new Date(NaN))).toBe(true);
    expect(deepEqual(new Date(0), {})).toBe(false);
    expect(deepEqual(/a/g, /a/g)).toBe(true);
    expect(deepEqual(/a/g, /a/i)).toBe(false);
    expect(deepEqual(/a/, /b/)).toBe(false);
    const moved = /a/g;
    moved.lastIndex = 1;
    expect(deepEqual(moved, /a/g)).toBe(false);
  });

  it('compares typed arrays by constructor and elements, with Object.is', () => {
    expect(deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(deepEqual(new Uint8Array([1, 2]), new Int8Array([1, 2]))).toBe(false);
    expect(deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(deepEqual(new Float64Array([-0]), new Float64Array([0]))).toBe(false);
    expect(deepEqual(new Float64Array([NaN]), new Float64Array([NaN]))).toBe(true);
    expect(deepEqual(new BigInt64Array([1n]), new BigInt64Array([1n]))).toBe(true);
    expect(deepEqual(new Uint8Array([1]), [1])).toBe(false);
    expect(deepEqual({ 0: 1 }, new Uint8Array([1]))).toBe(false);
  });
});

describe('deepClone', () => {
  const sample = (): unknown => {
    const r = /x+/gi;
    r.lastIndex = 2;
    return {
      n: -0, nan: NaN, big: 9n, u: undefined, arr: [1, [2, { z: 3 }]], date: new Date(123), re: r,
      map: new Map<unknown, unknown>([[{ k: 1 }, [1]], ['b', new Set([1, 2])]]), bytes: new Uint16Array([1, 65535]),
    };
  };

  it('gives a value deepEqual to the original with the same key', () => {
    const v = sample();
    const c = deepClone(v);
    expect(deepEqual(c, v)).toBe(true);
    expect(valueKey(c)).toBe(valueKey(v));
    expect(Object.keys(c as object)).toContain('u');
  });

  it('shares no mutable part with the original', () => {
    const v = sample() as Record<string, any>;
    const c = deepClone(v) as Record<string, any>;
    c.arr[1][1].z = 4;
    c.date.setTime(0);
    c.re.lastIndex = 0;
    [...c.map.keys()][0].k = 2;
    c.map.get('b').add(3);
    c.bytes[0] = 9;
    expect(deepEqual(v, sample())).toBe(true);
  });

  it('shares functions instead of copying them', () => {
    const f = (): number => 1;
    expect(deepClone({ f }).f).toBe(f);
  });
});

describe('valueKey', () => {
  it('distinguishes the values deepEqual distinguishes', () => {
    const distinct = [0, -0, NaN, '0', 0n, undefined, null, 'undefined', [], {}, new Map(), new Set(), [undefined], { a: undefined }, new Uint8Array([0]), new Int8Array([0]), [0], new Date(0), /a/, /a/g];
    const keys = distinct.map(valueKey);
    expect(new Set(keys).size).toBe(distinct.length);
  });

  it('is readable and canonical', () => {
    expect(valueKey({ a: [1, -0, 2n], b: 'x' })).toBe('{"a":[1,-0,2n],"b":"x"}');
    expect(valueKey(new Map([[1, new Set(['a'])]]))).toBe('Map{1=>Set{"a"}}');
    expect(valueKey(new Uint8Array([1, 2]))).toBe('Uint8Array(1,2)');
    expect(valueKey(new Date(5))).toBe('Date(5)');
    const r = /a/y;
    r.lastIndex = 3;
    expect(valueKey(r)).toBe('RegExp("a","y",3)');
    expect(valueKey(/a/)).toBe('RegExp("a","")');
  });
});
