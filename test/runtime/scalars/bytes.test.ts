import { describe, expect, it } from 'vitest';
import { addDictionaryString, bytes, bytesSerializer, checkMutator, clearDictionary, createRng, deepClone, deepEqual, jsonSerializer, MutatorArgumentError, typedArray, type TypedArrayKind } from '../../../src/index.js';

const KINDS: TypedArrayKind[] = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

describe('bytes and typedArray', () => {
  it('pass the laws for every kind and several length bounds', () => {
    for (const k of KINDS) {
      const m = typedArray(k);
      checkMutator(m, { runs: 30, serializer: jsonSerializer(m) });
      checkMutator(typedArray(k, { minLength: 2, maxLength: 2 }), { runs: 20 });
    }
    checkMutator(bytes({ minLength: 1, maxLength: 6 }), { runs: 100 });
    checkMutator(bytes(), { runs: 60, serializer: bytesSerializer() });
  });
  it('mutates elements in place, returns a new array on length changes, and unmutates to the same array', () => {
    const m = bytes({ minLength: 2, maxLength: 10 });
    const rng = createRng(1);
    let v = m.randomArbitrary(rng, 200).value;
    expect((v.buffer as { resizable?: boolean }).resizable).toBe(false); // plain, fixed-length
    const lengths = new Set<number>();
    let replaced = 0;
    for (let i = 0; i < 2000; i++) {
      const before = deepClone(v);
      const r = m.randomMutate(v, 1, rng, 200);
      const w = r.value;
      expect(w.length >= 2 && w.length <= 10).toBe(true);
      expect(deepEqual(w, before)).toBe(false);
      if (w.length !== v.length) {
        expect(w).not.toBe(v);
        expect(deepEqual(v, before)).toBe(true); // the old array is left untouched
        replaced++;
      } else expect(w).toBe(v);
      lengths.add(w.length);
      expect(m.unmutate(w, 1, r.token)).toBe(v);
      expect(deepEqual(v, before)).toBe(true);
      if (i % 5 === 0) v = m.randomMutate(v, 1, rng, 200).value; // walk on
    }
    expect(lengths.size).toBeGreaterThan(5);
    expect(replaced).toBeGreaterThan(200);
  });
  it('float arrays include -0, NaN and ±Infinity; bigint arrays their boundaries', () => {
    const rng = createRng(2);
    const f = typedArray('Float64Array');
    const xs = Array.from({ length: 300 }, () => Array.from(f.randomArbitrary(rng, 600).value)).flat();
    expect(xs.some((x) => Object.is(x, -0))).toBe(true);
    expect(xs.some((x) => Number.isNaN(x))).toBe(true);
    expect(xs).toContain(Infinity);
    expect(xs).toContain(-Infinity);
    const b = typedArray('BigInt64Array');
    const bs = Array.from({ length: 300 }, () => Array.from(b.randomArbitrary(rng, 600).value)).flat();
    expect(bs).toContain((1n << 63n) - 1n);
    expect(bs).toContain(-(1n << 63n));
  });
  it('inserts dictionary strings as UTF-8 bytes', () => {
    addDictionaryString('PNG');
    try {
      const m = bytes();
      const rng = createRng(5);
      let hits = 0;
      for (let i = 0; i < 400; i++) {
        const v = m.randomArbitrary(rng, 100).value;
        if (Buffer.from(m.randomMutate(v, 1, rng, 400).value).includes('PNG')) hits++;
      }
      expect(hits).toBeGreaterThan(20);
    } finally {
      clearDictionary();
    }
  });
  it('an array from elsewhere (a decoded corpus file) gets length changes too, and unmutates to itself', () => {
    const m = bytes();
    const v = bytesSerializer().fromData(new Uint8Array([1, 2, 3]))!;
    const rng = createRng(3);
    const lengths = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const r = m.randomMutate(v, 1, rng, 200);
      lengths.add(r.value.length);
      expect(m.unmutate(r.value, 1, r.token)).toBe(v);
    }
    expect(lengths.size).toBeGreaterThan(3);
    expect(Array.from(v)).toEqual([1, 2, 3]);
  });
  it('complexity is element bits per element (+1 when the length varies) and the budget bounds length', () => {
    expect(bytes().complexity(new Uint8Array(4))).toBe(36);
    expect(typedArray('Float64Array', { minLength: 3, maxLength: 3 }).complexity(new Float64Array(3))).toBe(192);
    const rng = createRng(4);
    for (let i = 0; i < 200; i++) expect(bytes().randomArbitrary(rng, 90).value.length).toBeLessThanOrEqual(10);
  });
  it('validates kind and length; bad arguments throw naming them', () => {
    const m = typedArray('Int16Array', { maxLength: 2 });
    expect(m.validateValue(new Int16Array(2))).toBeDefined();
    expect(m.validateValue(new Int16Array(3))).toBeUndefined();
    expect(m.validateValue(new Uint16Array(1) as never)).toBeUndefined();
    expect(() => typedArray('Float16Array' as TypedArrayKind)).toThrow(/'kind'/);
    expect(() => bytes({ minLength: -1 })).toThrow(/'minLength'/);
    expect(() => bytes({ minLength: 3, maxLength: 1 })).toThrow(MutatorArgumentError);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    const m = bytes({ maxLength: 6 });
    expect(Array.from({ length: 10 }, () => Array.from(m.randomArbitrary(rng, 64).value))).toMatchSnapshot();
    for (const k of ['Float32Array', 'BigInt64Array', 'Int16Array'] as const) {
      const r = createRng(42);
      const t = typedArray(k, { maxLength: 3 });
      expect(Array.from({ length: 10 }, () => Array.from(t.randomArbitrary(r, 200).value as ArrayLike<number | bigint>, (x) => String(Object.is(x, -0) ? '-0' : x)))).toMatchSnapshot();
    }
  });
});
