/**
 * A hand edit of a generated file that no longer fits the user's types is a compile error, so a
 * wrong edit is caught by `tsc --strict` instead of feeding the target values of the wrong type.
 * Typed objects map their fields over `keyof T`; unions, tuples, nested objects and sequences
 * infer their value type from their parts, which the factory's `dm.Mutator<T.Foo>` then checks.
 * Each edit is compiled on its own (test/codegen/edited-file.ts).
 */
import { describe, expect, it } from 'vitest';
import { editedFile } from './edited-file.js';

const ERROR = /^TS\d+: /;

describe('wrong hand edits of examples/nested-enum', () => {
  const f = editedFile('generated/examples/nested-enum/types.mutators.ts');

  it('the file as generated compiles', () => {
    expect(f.errorsWith(f.original)).toEqual([]);
  });

  it('a field of a typed object with a mutator of the wrong type (flag: boolean -> string)', () => {
    const errors = f.errorsWith(f.edit('flag: dm.boolean(),', 'flag: dm.string(),'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('boolean'))).toBe(true);
  });

  it('a field of an object inside a union with a mutator of the wrong type (radius: number -> string)', () => {
    const errors = f.errorsWith(f.edit('radius: dm.number(),', 'radius: dm.string(),'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('radius'))).toBe(true);
  });

  it('a missing required field of a typed object', () => {
    const errors = f.errorsWith(f.edit('      weight: dm.integer({ min: -2147483648, max: 2147483647 }),\n', ''));
    expect(errors.some((e) => e.includes("'weight'"))).toBe(true);
  });

  it('a missing required field of an object inside a union', () => {
    const errors = f.errorsWith(f.edit('            side: dm.number(),\n', ''));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('ObjectMutator<{ kind: "square"; }>'))).toBe(true);
  });

  it('a field the type does not have', () => {
    const errors = f.errorsWith(f.edit('flag: dm.boolean(),', 'flag: dm.boolean(),\n      extra: dm.boolean(),'));
    expect(errors.some((e) => e.includes("'extra'"))).toBe(true);
  });

  it('a union alternative whose values are not in the union', () => {
    const errors = f.errorsWith(f.edit("      ],\n      { discriminant: 'kind'", "        { mutator: dm.string() },\n      ],\n      { discriminant: 'kind'"));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('StringMutator'))).toBe(true);
  });

  it('a union alternative with the wrong literal tag value', () => {
    const errors = f.errorsWith(f.edit("kind: dm.constant('line' as const),", "kind: dm.constant('dot' as const),"));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('"dot"'))).toBe(true);
  });

  it('an array of the wrong element mutator', () => {
    const errors = f.errorsWith(f.edit('dm.array(cellMutator(options))', 'dm.array(shapeMutator(options))'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('Drawing'))).toBe(true);
  });
});

describe('hand edits of optional fields (test/fixtures/optional)', () => {
  const f = editedFile('test/fixtures/optional/types.mutators.ts');

  it('the file as generated compiles', () => {
    expect(f.errorsWith(f.original)).toEqual([]);
  });

  it('a required field made optional is an error', () => {
    const errors = f.errorsWith(f.edit('      name: dm.string(),', '      name: dm.optionalKey(dm.string()),'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('OptionalKey<string | undefined>'))).toBe(true);
  });

  it('an optional field with a mutator of the wrong type is an error', () => {
    const errors = f.errorsWith(f.edit('      age: dm.optionalKey(dm.number()),', '      age: dm.optionalKey(dm.string()),'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('OptionalKey<string | undefined>'))).toBe(true);
  });

  it('an optional field made always present still compiles (a narrower set of values)', () => {
    expect(f.errorsWith(f.edit('      age: dm.optionalKey(dm.number()),', '      age: dm.number(),'))).toEqual([]);
  });
});

describe('wrong hand edits of fixture goldens without a type argument', () => {
  it('tuples: an element of the wrong type, an element too many', () => {
    const f = editedFile('test/fixtures/tuples/types.mutators.ts');
    expect(f.errorsWith(f.original)).toEqual([]);
    expect(f.errorsWith(f.edit('dm.tuple([dm.number(), dm.string()])', 'dm.tuple([dm.number(), dm.number()])')).filter((e) => ERROR.test(e))).not.toEqual([]);
    expect(f.errorsWith(f.edit('dm.tuple([dm.number(), dm.string()])', 'dm.tuple([dm.number(), dm.string(), dm.string()])')).some((e) => e.includes('Source has 2 element(s) but target requires 3'))).toBe(true);
  });

  it('tuples: an optional element made required still compiles, a required one made optional does not', () => {
    const f = editedFile('test/fixtures/tuples/types.mutators.ts');
    // `[number, string?, boolean?]` from required: 2 is `[number, string, boolean?]`, a narrower type: fine
    expect(f.errorsWith(f.edit('dm.boolean()], { required: 1 })', 'dm.boolean()], { required: 2 })'))).toEqual([]);
    expect(f.errorsWith(f.edit('dm.boolean()], { required: 1 })', 'dm.boolean()], { required: 0 })')).some((e) => e.includes("not assignable to type 'Optional'"))).toBe(true);
  });

  it('enums: an enum-typed field cast to its field type rejects a value outside the enum', () => {
    const f = editedFile('test/fixtures/enums/types.mutators.ts');
    expect(f.errorsWith(f.original)).toEqual([]);
    const errors = f.errorsWith(f.edit("only: dm.constant('red' as const)", "only: dm.constant('blue' as const)"));
    expect(errors.some((e) => e.startsWith('TS2352') && e.includes('"blue"'))).toBe(true);
  });

  it('sequence: a variant whose calls are not of the call type', () => {
    const f = editedFile('test/fixtures/sequence/types.mutators.ts');
    expect(f.errorsWith(f.original)).toEqual([]);
    const errors = f.errorsWith(f.edit("kind: dm.constant('moduleDrop' as const),\n              // @drops module\n              id: dm.integer({ min: 0 }),", "kind: dm.constant('moduleDrop' as const),\n              // @drops module\n              id: dm.string(),"));
    expect(errors.filter((e) => ERROR.test(e))).not.toEqual([]);
  });
});
