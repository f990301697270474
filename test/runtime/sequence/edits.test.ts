/**
 * sequence/edits.ts promises the structural edits of a call sequence, each returning rebuilt
 * entries that form a valid sequence (or undefined when it does not apply): insert a call where
 * its resources are live, remove, move, retarget one reference, toggle one kind; id changes are
 * logged so `undoLog` restores the old calls. This file runs each edit over seeded random
 * sequences and checks validity, the edit's own effect, the bounds and the undo.
 */
import { describe, expect, it } from 'vitest';
import { insert, move, positionsFor, remove, retarget, toggle } from '../../../src/runtime/sequence/edits.js';
import { undoLog, type Entries } from '../../../src/runtime/sequence/repair.js';
import type { SequenceCache, SequenceMutator } from '../../../src/runtime/sequence/sequence.js';
import { createRng, type Rng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { integer, literals, object, sequence, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const id = () => integer({ min: 0, max: 50 });
const m = (fields: Record<string, AnyMutator<unknown>>) => object(fields) as unknown as AnyMutator<Obj>;
function files(opts: { minItems?: number; maxItems?: number } = {}): SequenceMutator<Obj> {
  return sequence<Obj>({
    discriminant: 'op',
    variants: [
      { tag: 'open', mutator: m({ op: literals(['open']), f: id() }), creates: [{ field: 'f', resource: 'file' }] },
      { tag: 'read', mutator: m({ op: literals(['read']), h: id(), n: integer({ min: 0, max: 9 }) }), uses: [{ field: 'h', resource: 'file' }] },
      { tag: 'close', mutator: m({ op: literals(['close']), h: id() }), drops: [{ field: 'h', resource: 'file' }] },
      { tag: 'stat', mutator: m({ op: literals(['stat']) }) },
    ],
    swarm: false,
    ...opts,
  }) as unknown as SequenceMutator<Obj>;
}
const OPEN = 0;
const READ = 1;
const STAT = 3;

/** seeded random sequences with their caches, and a check that an edit's result is valid and undoable */
function* cases(seq: SequenceMutator<Obj>, seed: number, n = 80): Generator<{ value: Obj[]; cache: SequenceCache; rng: Rng }> {
  const rng = createRng(seed);
  for (let i = 0; i < n; i++) {
    const value = seq.randomArbitrary(rng, 120).value;
    yield { value, cache: seq.validateValue(value)!, rng };
  }
}
function expectValidAndUndoable(seq: SequenceMutator<Obj>, out: Entries, original: Obj[], value: Obj[], log: unknown[]): void {
  const c = seq.validateValue(out.calls);
  expect(c, JSON.stringify(out.calls)).toBeDefined();
  expect(out.kinds).toEqual(c!.kinds);
  undoLog(log);
  expect(value).toEqual(original);
}

describe('insert', () => {
  it('adds one call of the asked kind at the asked position, repairing what follows', () => {
    const seq = files();
    let done = 0;
    for (const { value, cache, rng } of cases(seq, 1)) {
      const original = deepClone(value);
      const log: unknown[] = [];
      const where = positionsFor(seq, value, cache, READ);
      if (where.length === 0) continue;
      const at = where[rng.below(where.length)]!;
      const out = insert(seq, value, cache, rng, Infinity, log, READ, at);
      if (out === undefined) continue;
      done++;
      expect(out.calls).toHaveLength(value.length + 1);
      expect(out.kinds[at]).toBe(READ);
      expectValidAndUndoable(seq, out, original, value, log);
    }
    expect(done).toBeGreaterThan(30);
  });

  it('inserts an open anywhere, renumbering the later creates', () => {
    const seq = files();
    for (const { value, cache, rng } of cases(seq, 2, 40)) {
      const original = deepClone(value);
      const log: unknown[] = [];
      const out = insert(seq, value, cache, rng, Infinity, log, OPEN, 0)!;
      expect(out.calls[0]).toMatchObject({ op: 'open', f: 0 });
      expect(out.calls).toHaveLength(value.length + 1); // nothing is lost: every later call still finds its ids
      expectValidAndUndoable(seq, out, original, value, log);
    }
  });

  it('refuses at maxItems', () => {
    const seq = files({ maxItems: 2 });
    const value = [{ op: 'stat' }, { op: 'stat' }];
    expect(insert(seq, value, seq.validateValue(value)!, createRng(1), Infinity, [], STAT)).toBeUndefined();
  });
});

describe('remove, move, retarget', () => {
  it('remove takes out one call, and repairs or drops the calls that depended on it', () => {
    const seq = files();
    for (const { value, cache, rng } of cases(seq, 3)) {
      const original = deepClone(value);
      const log: unknown[] = [];
      const out = remove(seq, value, cache, rng, log);
      if (value.length === 0) {
        expect(out).toBeUndefined();
        continue;
      }
      expect(out!.calls.length).toBeLessThan(value.length);
      expectValidAndUndoable(seq, out!, original, value, log);
    }
  });

  it('removing an inert call removes exactly that call, sharing the others', () => {
    const seq = files();
    const value: Obj[] = [{ op: 'stat' }, { op: 'stat' }, { op: 'stat' }];
    const out = remove(seq, value, seq.validateValue(value)!, createRng(4), [])!;
    expect(out.calls).toHaveLength(2);
    for (const c of out.calls) expect(value).toContain(c);
  });

  it('remove refuses at minItems', () => {
    const seq = files({ minItems: 1 });
    const value: Obj[] = [{ op: 'stat' }];
    expect(remove(seq, value, seq.validateValue(value)!, createRng(1), [])).toBeUndefined();
  });

  it('move keeps a valid sequence, and never grows it', () => {
    const seq = files();
    for (const { value, cache, rng } of cases(seq, 5)) {
      const original = deepClone(value);
      const log: unknown[] = [];
      const out = move(seq, value, cache, rng, log);
      if (value.length < 2) {
        expect(out).toBeUndefined();
        continue;
      }
      expect(out!.calls.length).toBeLessThanOrEqual(value.length);
      expectValidAndUndoable(seq, out!, original, value, log);
    }
  });

  it('retarget points one reference at another live id, logged for undo', () => {
    const seq = files();
    let done = 0;
    for (let s = 0; s < 20; s++) {
      const value: Obj[] = [{ op: 'open', f: 0 }, { op: 'open', f: 1 }, { op: 'read', h: 0, n: 1 }];
      const original = deepClone(value);
      const log: unknown[] = [];
      // four tries at a random call: it may give up when it only lands on the opens
      const out = retarget(seq, value, seq.validateValue(value)!, createRng(s), log);
      if (out === undefined) continue;
      done++;
      expect(out.calls.map((c) => c.h)).toEqual([undefined, undefined, 1]);
      expectValidAndUndoable(seq, out, original, value, log);
    }
    expect(done).toBeGreaterThan(5);
    for (let s = 0; s < 10; s++) {
      const single: Obj[] = [{ op: 'open', f: 0 }, { op: 'read', h: 0, n: 1 }];
      expect(retarget(seq, single, seq.validateValue(single)!, createRng(s), [])).toBeUndefined(); // no other id
    }
  });
});

describe('toggle and positionsFor', () => {
  it('disabling a present kind removes all its calls', () => {
    const seq = files();
    const value: Obj[] = [{ op: 'stat' }, { op: 'open', f: 0 }, { op: 'stat' }, { op: 'read', h: 0, n: 2 }, { op: 'close', h: 0 }];
    const cache = seq.validateValue(value)!;
    let disabled = 0;
    for (let s = 0; s < 20; s++) {
      const copy = deepClone(value);
      const out = toggle(seq, copy, seq.validateValue(copy)!, createRng(s), Infinity, []);
      if (out === undefined || out.calls.length >= value.length) continue;
      disabled++;
      const gone = [0, 1, 2, 3].filter((k) => cache.counts[k]! > 0 && !out.kinds.includes(k));
      expect(gone.length).toBeGreaterThanOrEqual(1);
      expect(seq.validateValue(out.calls)).toBeDefined();
    }
    expect(disabled).toBeGreaterThan(0);
  });

  it('enabling an absent kind inserts one call of it where it can run', () => {
    const seq = files();
    const value: Obj[] = [{ op: 'stat' }, { op: 'open', f: 0 }];
    let enabled = 0;
    for (let s = 0; s < 20; s++) {
      const copy = deepClone(value);
      const out = toggle(seq, copy, seq.validateValue(copy)!, createRng(s), Infinity, []);
      if (out === undefined || out.calls.length <= value.length) continue;
      enabled++;
      const added = out.calls.filter((c) => c.op === 'read' || c.op === 'close');
      expect(added).toHaveLength(1);
      expect(out.calls.indexOf(added[0]!)).toBe(2); // after the open
    }
    expect(enabled).toBeGreaterThan(0);
  });

  it('positionsFor lists the positions where a kind finds its resources live', () => {
    const seq = files();
    const value: Obj[] = [{ op: 'stat' }, { op: 'open', f: 0 }, { op: 'read', h: 0, n: 0 }, { op: 'close', h: 0 }, { op: 'stat' }];
    const cache = seq.validateValue(value)!;
    expect(positionsFor(seq, value, cache, READ)).toEqual([2, 3]);
    expect(positionsFor(seq, value, cache, STAT)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
