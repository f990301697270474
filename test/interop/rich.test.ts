// fromBytes and toArbitrary over a composition of most runtime factories (unions, strings with
// formats, numbers, optional, literals, json, recursion): totality, validity, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, bigint, boolean, bytes, constant, createRng, date, deepEqual, fromBytes, integer, json, lazy, literals, map, nullable, number, object, optional, record, set, string, tuple, typedArray, union, type AnyMutator } from '../../src/index.js';
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
// every other built-in factory, for the decoder laws
const misc = object({
  big: bigint({ min: -(10n ** 30n), max: 10n ** 30n }),
  when: date(),
  raw: bytes({ maxLength: 16 }),
  floats: typedArray('Float32Array', { maxLength: 4 }),
  ids: set(integer({ min: 0, max: 50 }), { maxItems: 5 }),
  env: map(string({ maxLength: 3 }), boolean(), { maxItems: 3 }),
  counts: record(string({ pattern: '[a-c]{1,2}' }), integer({ min: 0, max: 9 }), { maxItems: 3 }),
  pair: tuple([constant('v1'), number({ minimum: 0, maximum: 1 })]),
  uuid: string({ format: 'uuid' }),
});
type Config = { rules: Expr[] } & Record<string, unknown>;

function bytes_(seed: number, n: number): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from({ length: n }, () => rng.below(256));
}

describe('interop over a rich type', () => {
  it('fromBytes is total, valid and deterministic', () => {
    const inputs: Uint8Array[] = [new Uint8Array(0), new Uint8Array(3), new Uint8Array(5000).fill(0xff), new Uint8Array(5000)];
    for (let i = 0; i < 150; i++) inputs.push(bytes_(i, i * 13));
    for (const data of inputs) {
      const v = fromBytes(config, data);
      expect(config.validateValue(v)).toBeDefined();
      expect(deepEqual(fromBytes(config, data), v)).toBe(true);
    }
  });
  it('fromBytes is total, valid and deterministic over every other built-in', () => {
    const inputs: Uint8Array[] = [new Uint8Array(0), new Uint8Array(2000).fill(0xff), new Uint8Array(2000)];
    for (let i = 0; i < 150; i++) inputs.push(bytes_(1000 + i, i * 7));
    for (const data of inputs) {
      const v = fromBytes(misc, data);
      expect(misc.validateValue(v)).toBeDefined();
      expect(deepEqual(fromBytes(misc, data), v)).toBe(true);
    }
  });
  it('toArbitrary shrinks a failing property on a recursive union to its minimal value', () => {
    const depth = (e: Expr): number => (e.op === 'lit' ? 0 : e.op === 'neg' ? 1 + depth(e.e) : 1 + Math.max(depth(e.l), depth(e.r)));
    const r = fc.check(fc.property(toArbitrary(config as unknown as AnyMutator<Config>), (c: Config) => c.rules.every((e) => depth(e) < 2)), { seed: 3 });
    expect(r.failed).toBe(true);
    const [c] = r.counterexample as [Config];
    expect(c.rules).toHaveLength(1);
    expect(c.rules[0]).toEqual({ op: 'neg', e: { op: 'neg', e: { op: 'lit', v: 0 } } });
    expect((config as unknown as AnyMutator<Config>).validateValue(c)).toBeDefined();
  });
});
