// fromBytes and toArbitrary over a composition of most runtime factories (unions, strings with
// formats, numbers, optional, literals, json, recursion): totality, validity, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, boolean, createRng, deepEqual, fromBytes, integer, json, lazy, literals, nullable, number, object, optional, string, union, type AnyMutator } from '../../src/index.js';
import { toArbitrary } from 'derive-mutators/fast-check';

type Expr = { op: 'lit'; v: number } | { op: 'neg'; e: Expr } | { op: 'add'; l: Expr; r: Expr };
const expr: AnyMutator<Expr> = lazy(() =>
  union<Expr>(
    [
      { mutator: object({ op: literals(['lit']), v: integer({ min: -100, max: 100 }) }) },
      { mutator: object({ op: literals(['neg']), e: expr }) },
      { mutator: object({ op: literals(['add']), l: expr, r: expr }) },
    ],
    { discriminant: 'op' },
  ),
);
const config = object({
  name: string({ maxLength: 12 }),
  email: string({ format: 'email' }),
  port: integer({ min: 1, max: 65535 }),
  ratio: number(),
  mode: literals(['fast', 'safe', 'off']),
  retries: optional(integer({ min: 0, max: 5 })),
  parent: nullable(string({ maxLength: 4 })),
  debug: boolean(),
  extra: json(),
  rules: array(expr, { maxItems: 4 }),
});
type Config = { rules: Expr[] } & Record<string, unknown>;

function bytes(seed: number, n: number): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from({ length: n }, () => rng.below(256));
}

describe('interop over a rich type', () => {
  it('fromBytes is total, valid and deterministic', () => {
    const inputs: Uint8Array[] = [new Uint8Array(0), new Uint8Array(3), new Uint8Array(5000).fill(0xff), new Uint8Array(5000)];
    for (let i = 0; i < 150; i++) inputs.push(bytes(i, i * 13));
    for (const data of inputs) {
      const v = fromBytes(config, data);
      expect(config.validateValue(v)).toBeDefined();
      expect(deepEqual(fromBytes(config, data), v)).toBe(true);
    }
  });
  it('toArbitrary shrinks a failing property on a recursive union to its minimal value', () => {
    const depth = (e: Expr): number => (e.op === 'lit' ? 0 : e.op === 'neg' ? 1 + depth(e.e) : 1 + Math.max(depth(e.l), depth(e.r)));
    const r = fc.check(fc.property(toArbitrary(config as unknown as AnyMutator<Config>), (c: Config) => c.rules.every((e) => depth(e) < 2)), { seed: 3 });
    expect(r.failed).toBe(true);
    const [c] = r.counterexample as [Config];
    expect(c.rules).toHaveLength(1);
    expect(c.rules[0]).toEqual({ op: 'neg', e: { op: 'neg', e: { op: 'lit', v: 0 } } });
    expect(config.validateValue(c)).toBeDefined();
  });
});
