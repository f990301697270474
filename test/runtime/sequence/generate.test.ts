/**
 * sequence/generate.ts promises the generation of call sequences: a length under the budget,
 * calls drawn (weighted) among the enabled kinds whose resources are live, ids from the live
 * scope, at least minItems calls, and a swarm subset made productive when it could not start.
 * `pickKind`, `makeCall` and `placeCall` are its steps. This file checks validity, budgets and
 * bounds of generated sequences, the weighted and constrained pick, and the id placement.
 */
import { describe, expect, it } from 'vitest';
import { generateSequence, makeCall, pickKind, placeCall } from '../../../src/runtime/sequence/generate.js';
import type { SequenceMutator } from '../../../src/runtime/sequence/sequence.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { integer, literals, MutatorArgumentError, object, sequence, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const m = (fields: Record<string, AnyMutator<unknown>>) => object(fields) as unknown as AnyMutator<Obj>;
function files(opts: { minItems?: number; maxItems?: number; swarm?: boolean; weights?: number[]; idMax?: number } = {}): SequenceMutator<Obj> {
  const id = () => integer({ min: 0, max: opts.idMax ?? 100 });
  const w = opts.weights ?? [1, 1, 1, 1];
  return sequence<Obj>({
    discriminant: 'op',
    variants: [
      { tag: 'open', mutator: m({ op: literals(['open']), f: id() }), creates: [{ field: 'f', resource: 'file' }], weight: w[0] },
      { tag: 'read', mutator: m({ op: literals(['read']), h: id() }), uses: [{ field: 'h', resource: 'file' }], weight: w[1] },
      { tag: 'close', mutator: m({ op: literals(['close']), h: id() }), drops: [{ field: 'h', resource: 'file' }], weight: w[2] },
      { tag: 'stat', mutator: m({ op: literals(['stat']) }), weight: w[3] },
    ],
    swarm: opts.swarm ?? false,
    minItems: opts.minItems,
    maxItems: opts.maxItems,
  }) as unknown as SequenceMutator<Obj>;
}

describe('generateSequence', () => {
  it('gives valid sequences whose reported complexity is true and within the budget', () => {
    const seq = files();
    const rng = createRng(1);
    for (const budget of [0, 10, 50, 200, 1000]) {
      for (let i = 0; i < 60; i++) {
        const g = generateSequence(seq, rng, budget);
        const c = seq.validateValue(g.value);
        expect(c, JSON.stringify(g.value)).toBeDefined();
        expect(g.complexity).toBeCloseTo(seq.complexity(g.value, c!), 6);
        expect(g.complexity).toBeLessThanOrEqual(Math.max(budget, seq.minComplexity()) + 1e-6);
      }
    }
  });

  it('respects minItems and maxItems, even under a tiny budget', () => {
    const seq = files({ minItems: 3, maxItems: 5 });
    const rng = createRng(2);
    for (let i = 0; i < 100; i++) {
      const n = generateSequence(seq, rng, i % 2 === 0 ? 0 : 500).value.length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });

  it('makes swarm subsets productive: sequences are rarely empty with room for many calls', () => {
    const seq = files({ swarm: true });
    const rng = createRng(3);
    let empty = 0;
    const kindsSeen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const v = generateSequence(seq, rng, 400).value;
      if (v.length === 0) empty++;
      for (const c of v) kindsSeen.add(c.op as string);
    }
    expect(empty / 400).toBeLessThan(0.1);
    expect(kindsSeen).toEqual(new Set(['open', 'read', 'close', 'stat']));
  });
});

describe('pickKind', () => {
  it('picks only available kinds, weighted', () => {
    const seq = files({ weights: [1, 0, 0, 3] });
    const rng = createRng(4);
    const scope = seq.newScope();
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[pickKind(seq, rng, scope, null, Infinity)]!++;
    expect(counts[1]! + counts[2]!).toBe(0);
    expect(counts[3]! / 4000).toBeCloseTo(0.75, 1);
  });

  it('needs a live resource for uses and drops, and honours the enabled mask and the budget', () => {
    const seq = files();
    const rng = createRng(5);
    const scope = seq.newScope();
    const picks = new Set<number>();
    for (let i = 0; i < 200; i++) picks.add(pickKind(seq, rng, scope, null, Infinity));
    expect([...picks].sort()).toEqual([0, 3]); // no file yet: no read or close
    scope.create(0);
    for (let i = 0; i < 200; i++) expect(pickKind(seq, rng, scope, Uint8Array.from([0, 1, 0, 0]), Infinity)).toBe(1);
    expect(pickKind(seq, rng, scope, Uint8Array.from([0, 0, 0, 0]), Infinity)).toBe(-1);
    expect(pickKind(seq, rng, seq.newScope(), null, -1)).toBe(-1);
  });
});

describe('placeCall and makeCall', () => {
  it('writes live ids into uses and drops, the next id into creates, and updates the scope', () => {
    const seq = files();
    const rng = createRng(6);
    const scope = seq.newScope();
    const open = placeCall(seq, 0, { op: 'open', f: 77 }, rng, scope)!;
    expect(open.call).toEqual({ op: 'open', f: 0 });
    placeCall(seq, 0, { op: 'open', f: 77 }, rng, scope);
    const read = placeCall(seq, 1, { op: 'read', h: 99 }, rng, scope)!;
    expect([0, 1]).toContain(read.call.h);
    const close = placeCall(seq, 2, { op: 'close', h: 99 }, rng, scope)!;
    expect(scope.isLive(close.call.h, 0)).toBe(false);
    expect(scope.count(0)).toBe(1);
    expect(open.cx).toBeCloseTo(seq.kinds[0]!.m.complexity(open.call, open.c) + seq.perCall, 9);
  });

  it('gives undefined when the member rejects the call with its ids, and makeCall names the fix', () => {
    const seq = files({ idMax: 0 });
    const scope = seq.newScope();
    scope.create(0);
    expect(placeCall(seq, 0, { op: 'open', f: 0 }, createRng(1), scope)).toBeUndefined(); // id 1 > max 0
    expect(() => makeCall(seq, 0, createRng(1), scope, 100)).toThrow(MutatorArgumentError);
    expect(() => makeCall(seq, 0, createRng(1), scope, 100)).toThrow(/variants\[0\]\.mutator.*rejects a call once its resource fields hold ids \(f\)/);
  });
});
