/**
 * core/laws.ts promises `checkMutator`, one harness every mutator must pass: generated, mutated
 * and ordered values validate, report their true complexity within the budget, objects are
 * mutated in place, unmutate restores value and cache, ordered values are distinct, serializers
 * round-trip and never throw on garbage. A violation throws a LawViolation naming the law and
 * the seed. This file checks that sound mutators pass and that each kind of breakage is caught
 * under its own law name.
 */
import { describe, expect, it } from 'vitest';
import { checkMutator, LawViolation } from '../../../src/runtime/core/laws.js';
import type { AnyMutator, Serializer } from '../../../src/runtime/core/mutator.js';
import { array, integer, jsonSerializer } from '../../../src/index.js';

const quick = { runs: 20, mutationsPerRun: 6, orderedLimit: 30, maxComplexity: 64 };

/** `base` with some methods replaced (the others bound to base) */
function broken<T>(base: AnyMutator<T>, overrides: Partial<AnyMutator<T>>): AnyMutator<T> {
  const out: Record<string, unknown> = {};
  for (let p = Object.getPrototypeOf(base) as object | null; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const f = (base as unknown as Record<string, unknown>)[name];
      if (name !== 'constructor' && !(name in out) && typeof f === 'function') out[name] = f.bind(base);
    }
  }
  return Object.assign(out, overrides) as unknown as AnyMutator<T>;
}

function violation(m: AnyMutator<unknown>, opts: Parameters<typeof checkMutator>[1] = {}): LawViolation {
  try {
    checkMutator(m, { ...quick, ...opts });
  } catch (e) {
    expect(e).toBeInstanceOf(LawViolation);
    return e as LawViolation;
  }
  throw new Error('no violation found');
}

describe('checkMutator on sound mutators', () => {
  it('passes and reports what it checked', () => {
    const r = checkMutator(array(integer({ min: 0, max: 9 }), { maxItems: 4 }), { ...quick, serializer: jsonSerializer(array(integer())) as Serializer<number[]> });
    expect(r.generated).toBe(20);
    expect(r.mutations).toBeGreaterThan(20);
    expect(r.ordered).toBe(30);
  });

  it('stops the ordered enumeration when the mutator is exhausted', () => {
    expect(checkMutator(integer({ min: 0, max: 4 }), quick).ordered).toBe(5);
  });
});

describe('checkMutator catches each breakage under its law', () => {
  const int = integer({ min: 0, max: 1000 }) as AnyMutator<number>;
  const arr = array(integer({ min: 0, max: 9 }), { maxItems: 5 }) as AnyMutator<unknown>;

  it('complexity-bounds: a negative minComplexity', () => {
    expect(violation(broken(int, { minComplexity: () => -1 })).law).toBe('complexity-bounds');
  });

  it('generated-validates: validateValue rejects generated values', () => {
    expect(violation(broken(int, { validateValue: () => undefined })).law).toBe('generated-validates');
  });

  it('generated-complexity: randomArbitrary misreports the complexity', () => {
    const m = broken(int, { randomArbitrary: (rng, b) => ({ ...int.randomArbitrary(rng, b), complexity: 3 }) });
    const v = violation(m);
    expect(v.law).toBe('generated-complexity');
    expect(v.seed).toBe(42);
    expect(v.message).toMatch(/^law 'generated-complexity' violated \(seed 42\): randomArbitrary reported 3/);
  });

  it('ordered-mutate-in-place: an array mutation returns a new array', () => {
    const copy = (r: { value: unknown; token: unknown; complexity: number } | undefined) => r && { ...r, value: [...(r.value as unknown[])] };
    const m = broken(arr, {
      orderedMutate: (v, c, s, rng, b) => copy(arr.orderedMutate(v, c, s, rng, b)),
      randomMutate: (v, c, rng, b) => copy(arr.randomMutate(v, c, rng, b))!,
    });
    expect(violation(m).law).toMatch(/-mutate-in-place$/);
  });

  it('unmutate-restores-value: unmutate keeps the mutated value', () => {
    expect(violation(broken(int, { unmutate: (v) => v })).law).toBe('unmutate-restores-value');
  });

  it('random-mutate-complexity: randomMutate misreports the complexity', () => {
    const m = broken(int, {
      orderedMutate: () => undefined,
      randomMutate: (v, c, rng, b) => ({ ...int.randomMutate(v, c, rng, b), complexity: -5 }),
    });
    expect(violation(m).law).toBe('random-mutate-complexity');
  });

  it('ordered-no-duplicates: orderedArbitrary repeats a value', () => {
    const m = broken(int, { orderedArbitrary: () => ({ value: 7, complexity: int.complexity(7, int.validateValue(7)) }) });
    const v = violation(m);
    expect(v.law).toBe('ordered-no-duplicates');
    expect(v.value).toBe(7);
  });

  it('serializer-round-trip: a serializer that loses the value', () => {
    const lossy: Serializer<number> = { isUtf8: true, extension: 'txt', toData: () => new Uint8Array([0x31]), fromData: () => 1 };
    expect(violation(int, { serializer: lossy as Serializer<unknown> }).law).toBe('serializer-round-trip');
  });

  it('serializer-total: a serializer that throws on garbage', () => {
    const json = jsonSerializer(int);
    const fragile: Serializer<number> = {
      ...json,
      toData: (v) => json.toData(v),
      fromData: (d) => {
        if (d.length === 0) throw new Error('empty');
        return json.fromData(d);
      },
      readData: undefined,
    };
    expect(violation(int, { serializer: fragile as Serializer<unknown> }).law).toBe('serializer-total');
  });

  it('replays: the same seed finds the same violation on the same value', () => {
    const m = broken(int, { unmutate: (v) => v });
    const a = violation(m, { seed: 9 });
    const b = violation(m, { seed: 9 });
    expect([a.law, a.seed, a.value]).toEqual([b.law, 9, b.value]);
  });
});
