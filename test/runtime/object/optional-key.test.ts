/**
 * `optionalKey(m)` marks an optional field on its own line: the object behaves exactly as with the
 * field named in `optional` (same values for the same seed), passes the laws, and keeps even a
 * marked `__proto__` key an own data property.
 */
import { describe, expect, it } from 'vitest';
import { boolean, checkMutator, createRng, integer, jsonSerializer, MutatorArgumentError, object, optionalKey, string, valueKey } from '../../../src/index.js';

describe('optionalKey', () => {
  const marked = object({ id: integer({ min: 0, max: 9 }), note: optionalKey(string({ maxLength: 3 })), on: optionalKey(boolean()) });
  const listed = object({ id: integer({ min: 0, max: 9 }), note: string({ maxLength: 3 }), on: boolean() }, { optional: ['note', 'on'] });

  it('gives the same values as the optional option, seed for seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 50; i++) expect(valueKey(marked.randomArbitrary(a, 40).value)).toBe(valueKey(listed.randomArbitrary(b, 40).value));
  });

  it('leaves the marked keys out of some values and in others', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 200 }, () => marked.randomArbitrary(rng, 40).value);
    expect(values.some((v) => !('note' in v))).toBe(true);
    expect(values.some((v) => 'note' in v && typeof v.note === 'string')).toBe(true);
  });

  it('passes the mutator laws', () => {
    checkMutator(marked, { runs: 30, serializer: jsonSerializer(marked) });
  });

  it('keeps a marked __proto__ key an own property, with the prototype untouched', () => {
    const proto = object({ ['__proto__']: optionalKey(boolean()), x: boolean() });
    const rng = createRng(5);
    const values = Array.from({ length: 40 }, () => proto.randomArbitrary(rng, 10).value);
    expect(values.some((v) => Object.prototype.hasOwnProperty.call(v, '__proto__'))).toBe(true);
    for (const v of values) expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it('rejects a non-mutator, naming the factory', () => {
    expect(() => optionalKey(42 as never)).toThrow(MutatorArgumentError);
    expect(() => optionalKey(42 as never)).toThrow(/optionalKey/);
  });
});
