/** How generated factories behave at run time: memoised per options, recursion resolved lazily, options threaded. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import { FIXTURES } from './fixtures.js';

type Mod = Record<string, (...a: unknown[]) => dm.AnyMutator<unknown>> & { mutators: Record<string, (...a: unknown[]) => dm.AnyMutator<unknown>> };
const load = async (dir: string): Promise<Mod> => (await import(path.join(FIXTURES, dir, 'types.mutators.ts'))) as Mod;

describe('generated factories', () => {
  it('return one mutator per options object, a new one for other options', async () => {
    const m = await load('recursion');
    const o: dm.DeriveOptions = {};
    expect(m.exprMutator!(o)).toBe(m.exprMutator!(o));
    expect(m.mutators.Expr).toBe(m.exprMutator);
    expect(m.exprMutator!({ swarm: false })).not.toBe(m.exprMutator!(o));
  });

  it('build mutually recursive types without unbounded construction and generate finite values', async () => {
    const m = await load('recursion');
    const term = m.termMutator!({});
    expect(term.minComplexity()).toBeLessThan(Infinity);
    const rng = dm.createRng(7);
    for (let i = 0; i < 50; i++) {
      const { value } = term.randomArbitrary(rng, 64);
      expect(term.validateValue(value)).not.toBeUndefined();
    }
  });

  it('instantiate generic declarations with the given mutators', async () => {
    const m = await load('generics');
    const box = m.mutators.Box!(dm.literals(['x', 'y'] as const));
    const { value } = box.randomArbitrary(dm.createRng(1), 16) as { value: { value: string } };
    expect(['x', 'y']).toContain(value.value);
    const tree = m.mutators.Tree!(dm.boolean());
    expect(tree.validateValue({ value: true, children: [{ value: false, children: [] }] })).not.toBeUndefined();
    expect(tree.validateValue({ value: 1, children: [] })).toBeUndefined();
  });

  it('give a generic whose parameters all have defaults a zero-argument factory and a serializer (Shaped<G = Shape>)', async () => {
    const m = (await load('generics')) as Mod & { serializers: Record<string, dm.Serializer<unknown> | undefined> };
    const shaped = m.mutators.Shaped!();
    const rng = dm.createRng(3);
    for (let i = 0; i < 20; i++) {
      const { value } = shaped.randomArbitrary(rng, 64) as { value: { shape: { sides: number } } };
      expect(typeof value.shape.sides).toBe('number');
      const s = m.serializers.Shaped!;
      expect(s.fromData(s.toData(value))).toEqual(value);
    }
    dm.checkMutator(shaped, { runs: 20, serializer: m.serializers.Shaped });
    // the parameter's mutator can still be given; a generic without defaults has no serializer
    const given = m.mutators.Shaped!(dm.constant(null));
    expect(given.randomArbitrary(rng, 16).value).toEqual({ shape: null });
    expect(m.serializers.Drawing).toBeUndefined();
  });

  it('honour constraint tags in the values they generate', async () => {
    const m = await load('constraints');
    const c = m.mutators.Constrained!();
    const rng = dm.createRng(3);
    for (let i = 0; i < 50; i++) {
      const v = c.randomArbitrary(rng, 256).value as { age: number; ratio: number; name: string; slug: string; tags: string[] };
      expect(Number.isInteger(v.age) && v.age >= 0 && v.age <= 150).toBe(true);
      expect(v.ratio > 0 && v.ratio < 1).toBe(true);
      expect(v.name.length >= 1 && v.name.length <= 20).toBe(true);
      expect(v.slug).toMatch(/^[a-z]+$/);
      expect(v.tags.length >= 1 && v.tags.length <= 3 && new Set(v.tags).size === v.tags.length).toBe(true);
    }
  });
});
