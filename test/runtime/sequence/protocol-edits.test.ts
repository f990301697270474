/**
 * The sequence edits a protocol bug needs (continue the last call on a handle, repeat a call,
 * splice a run of another input's calls): each edit's effect with a fixed seed, each keeping the
 * sequence valid and undone exactly through the sequence's token, and the public mutator that
 * uses them still passing the laws.
 */
import { describe, expect, it } from 'vitest';
import { checkMutator, createRng, deepClone, deepEqual, integer, jsonSerializer, literals, object, sequence, type AnyMutator } from '../../../src/index.js';
import { continueCall, repeatCall, spliceRun } from '../../../src/runtime/sequence/protocol-edits.js';
import { commit, undoSequence } from '../../../src/runtime/sequence/undo.js';
import type { SequenceMutator } from '../../../src/runtime/sequence/sequence.js';
import { providerFrom } from '../crossover-helpers.js';

type Call = { op: 'open' | 'close' | 'write' | 'read'; h: number; b?: number };
const id = integer({ min: 0 });
const v = (op: string, extra = {}) => object({ op: literals([op]), h: id, ...extra }) as unknown as AnyMutator<Call>;
const file = [{ field: 'h', resource: 'file' }];
const files = sequence<Call>({
  discriminant: 'op',
  variants: [
    { tag: 'open', mutator: v('open'), creates: file },
    { tag: 'close', mutator: v('close'), drops: file },
    { tag: 'write', mutator: v('write', { b: integer({ min: 0, max: 9 }) }), uses: file },
    { tag: 'read', mutator: v('read'), uses: file },
  ],
  maxItems: 40,
});
const seq = files as unknown as SequenceMutator<object>;
type Obj = Record<string, unknown>;

/** runs an edit on a copy of `start`; checks validity, then that the token restores value and cache */
function edit(start: Call[], f: (value: Obj[], log: unknown[]) => ReturnType<typeof repeatCall>): Call[] | undefined {
  const value = deepClone(start) as Obj[];
  const cache = files.validateValue(value as Call[])!;
  const log: unknown[] = [];
  const out = f(value, log);
  if (out === undefined) return undefined;
  const token = commit(seq, value, cache, out, log);
  const after = deepClone(value) as Call[];
  expect(files.validateValue(after)).toBeDefined();
  expect(files.complexity(after, files.validateValue(after)!)).toBeCloseTo(cache.sum, 6);
  undoSequence(seq, value, cache, token);
  expect(value).toEqual(start);
  expect(deepEqual(cache, files.validateValue(value as Call[]))).toBe(true);
  return after;
}

const start: Call[] = [
  { op: 'open', h: 0 },
  { op: 'write', h: 0, b: 1 },
  { op: 'open', h: 1 },
  { op: 'read', h: 1 },
  { op: 'write', h: 0, b: 2 },
  { op: 'close', h: 1 },
];
const cacheOf = (x: Call[]) => files.validateValue(x)!;

describe('protocol edits', () => {
  it('continueCall puts a call on a handle right after the last call on it (before a drop of it)', () => {
    const rng = createRng(3);
    const seen = new Set<string>();
    for (let t = 0; t < 200; t++) {
      const after = edit(start, (value, log) => continueCall(seq, value, cacheOf(value as Call[]), rng, 1e4, log));
      if (after === undefined) continue;
      // (a close of handle 1 before its own close leaves that one to be repaired away)
      expect(after.length).toBeGreaterThanOrEqual(start.length);
      // handle 0: last touched by call 4; handle 1: dropped by call 5, so the new call goes before that
      expect(after.slice(0, 5)).toEqual(start.slice(0, 5));
      const at = 5;
      const added = after[at]!;
      expect(['write', 'read', 'close']).toContain(added.op);
      seen.add(`${added.op}(${added.h})@${at}`);
    }
    expect(seen.has('write(0)@5') || seen.has('read(0)@5')).toBe(true);
    expect(seen.has('read(1)@5') || seen.has('write(1)@5')).toBe(true);
  });

  it('repeatCall inserts a copy of a call right after it, same handle', () => {
    const rng = createRng(4);
    let repeats = 0;
    for (let t = 0; t < 100; t++) {
      const after = edit(start, (value, log) => repeatCall(seq, value, cacheOf(value as Call[]), rng, log));
      if (after === undefined) continue;
      const at = after.findIndex((c, i) => !deepEqual(c, start[i]));
      const copy = after[at === -1 ? after.length - 1 : at]!;
      const orig = after[(at === -1 ? after.length - 1 : at) - 1]!;
      expect(copy.op).toBe(orig.op);
      if (copy.op !== 'open' && copy.op !== 'close') expect(copy).toEqual(orig);
      repeats++;
    }
    expect(repeats).toBeGreaterThan(50);
  });

  it('spliceRun brings in consecutive calls of another input, their handles mapped to live ones', () => {
    const donor: Call[] = [
      { op: 'open', h: 0 },
      { op: 'write', h: 0, b: 7 },
      { op: 'write', h: 0, b: 8 },
      { op: 'read', h: 0 },
      { op: 'close', h: 0 },
    ];
    const provider = providerFrom(files, [donor]);
    const rng = createRng(5);
    let runs = 0;
    for (let t = 0; t < 200; t++) {
      const after = edit(start, (value, log) => spliceRun(seq, value, cacheOf(value as Call[]), provider, rng, 1e4, log));
      if (after === undefined) continue;
      // the two writes of 7 then 8 came in together whenever both were in the run
      const i7 = after.findIndex((c) => c.b === 7);
      const i8 = after.findIndex((c) => c.b === 8);
      if (i7 >= 0 && i8 >= 0) {
        expect(i8).toBe(i7 + 1);
        expect(after[i8]!.h).toBe(after[i7]!.h);
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(20);
  });

  it('the sequence mutator with these edits passes the laws; random mutations repeat and continue calls', () => {
    checkMutator(files, { runs: 60, maxComplexity: 800, serializer: jsonSerializer(files), orderedLimit: 16 });
    const rng = createRng(8);
    let adjacentSameHandle = 0;
    let grew = 0;
    for (let t = 0; t < 600; t++) {
      const value = deepClone(start);
      const cache = files.validateValue(value)!;
      const r = files.randomMutate(value, cache, rng, 1e4);
      if (value.length === start.length + 1) {
        grew++;
        const at = value.findIndex((c, i) => !deepEqual(c, start[i]));
        if (at > 0 && value[at]!.op !== 'open' && value[at]!.h === value[at - 1]!.h) adjacentSameHandle++;
      }
      files.unmutate(value, cache, r.token);
      expect(value).toEqual(start);
    }
    expect(grew).toBeGreaterThan(100);
    // continue and repeat put a call next to one on the same handle far more often than chance would
    expect(adjacentSameHandle / grew).toBeGreaterThan(0.35);
  });
});
