/** The in-flight snapshot codec: lossless for plain data, honest about what it cannot hold. */
import { describe, expect, test } from 'vitest';
import { FULL, SnapshotWriter, UNSUPPORTED } from '../../src/fuzz/store/snapshot.js';
import { decodeSnapshot } from '../../src/fuzz/store/snapshot-read.js';

function roundTrip(v: unknown): unknown {
  const w = new SnapshotWriter(new SharedArrayBuffer(1 << 12));
  const n = w.encode(v);
  expect(n).toBeGreaterThan(0);
  return decodeSnapshot(w.data.slice(0, n));
}

describe('snapshot codec', () => {
  test('round-trips the values derived mutators make', () => {
    const nullProto = Object.assign(Object.create(null) as object, { a: 1 });
    const values: unknown[] = [
      undefined, null, true, false, 0, -0, 1.5, NaN, -Infinity, 2 ** 31, -(2 ** 31), 12345678901234567890n, -5n,
      '', 'plain', '\ud800 lone surrogate', 'é∑😀',
      [1, [2, [3, undefined]], 'x'], { a: { b: [1, 2] }, 'odd key': null, __proto__x: 1 }, nullProto,
      new Map<unknown, unknown>([[1, 'a'], [{ k: 1 }, [2]]]), new Set([1, 'two', 3n]), new Date(86_400_000), new Date(NaN),
      new Uint8Array([0, 255, 7]), new Float32Array([1.5, -2]), new BigInt64Array([-1n]), /a+(b)?/giu,
    ];
    for (const v of values) expect(roundTrip(v)).toStrictEqual(v);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(Object.getPrototypeOf(roundTrip({ x: 1 }))).toBe(Object.prototype);
  });

  test('class instances, functions and symbols are UNSUPPORTED; a small buffer answers FULL with the size it needs', () => {
    const w = new SnapshotWriter(new ArrayBuffer(64));
    class Point {
      x = 1;
    }
    expect(w.encode(new Point())).toBe(UNSUPPORTED);
    expect(w.encode({ f: () => 1 })).toBe(UNSUPPORTED);
    expect(w.encode([Symbol('s')])).toBe(UNSUPPORTED);
    expect(w.encode('x'.repeat(100))).toBe(FULL);
    expect(w.needed).toBeGreaterThanOrEqual(205);
    w.use(new ArrayBuffer(w.needed));
    expect(w.encode('x'.repeat(100))).toBe(205);
  });

  test('malformed data throws instead of returning a wrong value', () => {
    expect(() => decodeSnapshot(new Uint8Array([6, 5, 0, 0, 0, 65]))).toThrow(RangeError);
    expect(() => decodeSnapshot(new Uint8Array([99]))).toThrow(/bad snapshot tag/);
    expect(() => decodeSnapshot(new Uint8Array([1, 1]))).toThrow(/trailing/);
  });
});
