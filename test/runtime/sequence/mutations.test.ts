/**
 * sequence/mutations.ts promises mutations of a call sequence that keep it valid: a member
 * mutation of a call's other fields (never its tag or resource fields) or a structural edit,
 * within the budget and the length bounds, undone exactly by `undoSequence`; the ordered
 * mutation walks the calls in turn; crossover splices in a call of another input. This file
 * checks validity, the cache, fixed fields, budgets, undo, the ordered walk and crossover.
 */
import { describe, expect, it } from 'vitest';
import { crossoverSequence, mutateSequence, orderedMutateSequence, SEQUENCE_MUTATIONS } from '../../../src/runtime/sequence/mutations.js';
import { undoSequence } from '../../../src/runtime/sequence/undo.js';
import type { SequenceCache, SequenceMutator } from '../../../src/runtime/sequence/sequence.js';
import type { SubValueProvider } from '../../../src/runtime/core/mutator.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { integer, literals, object, sequence, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const id = () => integer({ min: 0, max: 60 });
const m = (fields: Record<string, AnyMutator<unknown>>) => object(fields) as unknown as AnyMutator<Obj>;
const readM = m({ op: literals(['read']), h: id(), n: integer({ min: 0, max: 1000 }) });
function files(opts: { minItems?: number; maxItems?: number } = {}): SequenceMutator<Obj> {
  return sequence<Obj>({
    discriminant: 'op',
    variants: [
      { tag: 'open', mutator: m({ op: literals(['open']), f: id(), mode: literals(['r', 'w']) }), creates: [{ field: 'f', resource: 'file' }] },
      { tag: 'read', mutator: readM, uses: [{ field: 'h', resource: 'file' }] },
      { tag: 'close', mutator: m({ op: literals(['close']), h: id() }), drops: [{ field: 'h', resource: 'file' }] },
    ],
    swarm: false,
    ...opts,
  }) as unknown as SequenceMutator<Obj>;
}
const snap = (v: Obj[], c: SequenceCache): unknown => deepClone({ v, kinds: c.kinds, cplx: c.cplx, sum: c.sum, counts: c.counts });

describe('mutateSequence', () => {
  it('keeps the sequence valid, its cache true and within budget and bounds; undo restores it', () => {
    for (const opts of [{}, { minItems: 2, maxItems: 6 }]) {
      const seq = files(opts);
      const rng = createRng(1);
      for (let r = 0; r < 60; r++) {
        const value = seq.randomArbitrary(rng, 150).value;
        let cache = seq.validateValue(value)!;
        for (let k = 0; k < 10; k++) {
          const before = snap(value, cache);
          const max = rng.pick([50, 150, 400]);
          const mu = mutateSequence(seq, value, cache, rng, max);
          const fresh = seq.validateValue(mu.value);
          expect(fresh, JSON.stringify(mu.value)).toBeDefined();
          expect(mu.complexity).toBeCloseTo(seq.complexity(mu.value, fresh!), 6);
          expect(mu.complexity <= max + 1e-6 || mu.complexity <= (before as { sum: number }).sum + 1e-6).toBe(true);
          expect(mu.value.length).toBeGreaterThanOrEqual(opts.minItems ?? 0);
          expect(mu.value.length).toBeLessThanOrEqual(opts.maxItems ?? Infinity);
          undoSequence(seq, mu.value, cache, mu.token);
          expect(snap(value, cache)).toEqual(before);
          if (k % 3 === 2) cache = seq.validateValue(mutateSequence(seq, value, cache, rng, max).value)!; // walk on
        }
      }
    }
  });
});

describe('orderedMutateSequence', () => {
  it('walks the calls in turn with member mutations that keep tags and ids', () => {
    const seq = files();
    const value: Obj[] = [{ op: 'open', f: 0, mode: 'r' }, { op: 'read', h: 0, n: 5 }, { op: 'read', h: 0, n: 6 }];
    const cache = seq.validateValue(value)!;
    const step = seq.defaultMutationStep();
    const rng = createRng(2);
    // steps n = 0, 1, 3, 4, 6, 7 are member steps on call (n - floor(n / 3)) % 3: 0, 1, 2, 0, 1, 2
    const members: number[] = [];
    for (let n = 0; n < 9; n++) {
      const before = deepClone(value);
      const mu = orderedMutateSequence(seq, value, cache, step, rng, 1000);
      const token = mu.token as { op: number; i?: number };
      if (n % 3 !== 2) {
        expect(token.op).toBe(1);
        members.push(token.i!);
        value.forEach((c, i) => {
          if (i !== token.i) expect(c).toEqual(before[i]);
        });
        expect(value.map((c) => [c.op, c.f, c.h])).toEqual(before.map((c) => [c.op, c.f, c.h]));
      }
      undoSequence(seq, mu.value, cache, mu.token);
      expect(value).toEqual(before);
    }
    expect(members).toEqual([0, 1, 2, 0, 1, 2]);
  });
});

describe('crossoverSequence', () => {
  const donor: SubValueProvider = { get: (mm) => (mm === readM ? { op: 'read', h: 42, n: 777 } : undefined) };

  it('inserts a provided call where its resources are live, renumbering its ids; undo removes it', () => {
    const seq = files();
    let hits = 0;
    for (let s = 0; s < 60; s++) {
      const value: Obj[] = [{ op: 'open', f: 0, mode: 'w' }, { op: 'close', h: 0 }];
      const cache = seq.validateValue(value)!;
      const before = snap(value, cache);
      const mu = crossoverSequence(seq, value, cache, donor, createRng(s), 1000);
      if (mu === undefined || mu.value.length === 2) {
        if (mu !== undefined) undoSequence(seq, mu.value, cache, mu.token);
        continue;
      }
      hits++;
      expect(mu.value).toEqual([{ op: 'open', f: 0, mode: 'w' }, { op: 'read', h: 0, n: 777 }, { op: 'close', h: 0 }]);
      expect(seq.validateValue(mu.value)).toBeDefined();
      undoSequence(seq, mu.value, cache, mu.token);
      expect(snap(value, cache)).toEqual(before);
    }
    expect(hits).toBeGreaterThan(5);
  });

  it('gives nothing at maxItems or without a place for the call', () => {
    const full = files({ maxItems: 2 });
    const two: Obj[] = [{ op: 'open', f: 0, mode: 'w' }, { op: 'close', h: 0 }];
    expect(crossoverSequence(full, two, full.validateValue(two)!, donor, createRng(1), 1000)).toBeUndefined();
    const seq = files();
    for (let s = 0; s < 20; s++) {
      const none: Obj[] = [];
      const mu = crossoverSequence(seq, none, seq.validateValue(none)!, donor, createRng(s), 1000);
      expect(mu === undefined || mu.value.length === 0).toBe(true); // no file is ever open for the read
    }
  });
});

describe('SEQUENCE_MUTATIONS', () => {
  it('has 100 slots: the member mutation in 33, the structural edits in the rest', () => {
    expect(SEQUENCE_MUTATIONS.length).toBe(100);
    const counts = new Map<string, number>();
    for (const e of SEQUENCE_MUTATIONS) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    expect([...counts.values()]).toEqual([33, 15, 12, 6, 10, 9, 7, 8]);
  });
});
