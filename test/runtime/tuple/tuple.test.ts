import { describe, expect, it } from 'vitest';
import { type Mutator, array, boolean, checkMutator, createRng, deepClone, jsonSerializer, object, tuple, valueKey } from '../../../src/index.js';

describe('tuple', () => {
  const opt = tuple<[boolean, boolean?, boolean?]>([boolean(), boolean(), boolean()], { required: 1 });
  const rest = tuple<[boolean, ...boolean[][]]>([boolean()], { rest: array(boolean(), { maxItems: 2 }) });
  it('passes the laws with several option sets', () => {
    const all: Mutator<unknown[]>[] = [tuple([boolean(), boolean()]), opt, rest, tuple([]), tuple([object({ a: boolean() }), boolean()], { required: 0, rest: boolean() })];
    for (const m of all) {
      checkMutator(m, { runs: 80, serializer: jsonSerializer(m) });
    }
  });
  it('optional elements are absent (shorter array) in some values and present in others', () => {
    const rng = createRng(1);
    const lengths = new Set<number>();
    for (let i = 0; i < 100; i++) lengths.add(opt.randomArbitrary(rng, 20).value.length);
    expect(lengths).toEqual(new Set([1, 2, 3]));
    expect(opt.validateValue([] as never)).toBeUndefined();
    expect(opt.validateValue([true, false, true, false] as never)).toBeUndefined();
  });
  it('a rest tail grows and shrinks under mutation, and unmutate restores it', () => {
    const rng = createRng(2);
    const v: [boolean, ...boolean[][]] = [true, [false]];
    const c = rest.validateValue(v)!;
    const lengths = new Set<number>();
    for (let k = 0; k < 100; k++) {
      const before = deepClone(v);
      const r = rest.randomMutate(v, c, rng, 100);
      expect(r.value).toBe(v);
      lengths.add(v.length);
      rest.unmutate(v, c, r.token);
      expect(v).toEqual(before);
    }
    expect([...lengths].some((l) => l > 2)).toBe(true);
    expect([...lengths].some((l) => l < 2)).toBe(true);
    expect(rest.validateValue([true, [true], [false, false]])).toBeDefined();
    expect(rest.validateValue([true, [true, true, true]])).toBeUndefined();
  });
  it('complexity: elements + optional-count bits + one bit per rest element', () => {
    expect(opt.complexity([true] as never, opt.validateValue([true] as never)!)).toBeCloseTo(1 + Math.log2(3), 9);
    expect(rest.complexity([true, [], []], rest.validateValue([true, [], []])!)).toBe(1 + 1 + 1);
  });
  it('accepts readonly tuple types', () => {
    const ro: Mutator<readonly [boolean, boolean]> = tuple<readonly [boolean, boolean]>([boolean(), boolean()]);
    expect(ro.randomArbitrary(createRng(1), 10).value).toHaveLength(2);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 5 }, () => valueKey(rest.randomArbitrary(rng, 20).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => tuple([boolean()], { required: 2 })).toThrow(/'required'/);
    expect(() => tuple([boolean(), 1 as never])).toThrow(/'elems\[1\]'/);
    expect(() => tuple([boolean()], { rest: {} as never })).toThrow(/'rest'/);
  });
});
