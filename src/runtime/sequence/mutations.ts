/**
 * Mutations of a call sequence, each keeping it valid: the random ones as a weighted table (see
 * core/mutation-table.ts): mutate a call's other fields (through its member mutator, never touching
 * resource fields or the tag), or one of the structural edits of edits.ts and protocol-edits.ts;
 * a drawn entry that does not apply is redrawn rather than handed over. Crossover splices in a
 * call of another input.
 */
import { EPS } from '../core/budget.js';
import type { Mutated, SubValueProvider } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import { drawOne, mutationTable, type Mutation, type MutationTable } from '../core/mutation-table.js';
import { commit, undoSequence, type SequenceToken } from './undo.js';
import { insert, move, positionsFor, remove, retarget, toggle } from './edits.js';
import { undoLog, type Entries } from './repair.js';
import { continueCall, repeatCall, spliceRun } from './protocol-edits.js';
import type { SequenceCache, SequenceMutator } from './sequence.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;

const NOOP: SequenceToken = { op: 0 };
const TRIES = 8;

type SequenceMutation = Mutation<Seq, Obj[], SequenceCache, SequenceToken>;
type Edit = (seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[]) => Entries | undefined;

/** a structural edit as a table entry: commits the rebuilt sequence, undone when it leaves the budget or the length bounds */
function structural(name: string, weight: number, edit: Edit): SequenceMutation {
  return {
    name,
    weight,
    apply(seq, value, cache, rng, maxCplx) {
      const log: unknown[] = [];
      const out = edit(seq, value, cache, rng, maxCplx, log);
      if (out === undefined) {
        undoLog(log);
        return undefined;
      }
      const before = cache.sum;
      const token = commit(seq, value, cache, out, log);
      if ((cache.sum > maxCplx + EPS && cache.sum > before) || value.length < seq.minItems || value.length > seq.maxItems) {
        undoSequence(seq, value, cache, token);
        return undefined;
      }
      return token;
    },
  };
}

/** the random mutations, weights in percent (one draw of 100 slots) */
export const SEQUENCE_MUTATIONS: MutationTable<Seq, Obj[], SequenceCache, SequenceToken> = mutationTable([
  { name: "mutate a call's other fields", weight: 33, apply: (seq, value, cache, rng, maxCplx) => member(seq, value, cache, rng, maxCplx) },
  structural('insert a call', 15, (seq, value, cache, rng, maxCplx, log) => insert(seq, value, cache, rng, maxCplx, log, -1)),
  structural('continue a call', 12, continueCall),
  structural('repeat a call', 6, (seq, value, cache, rng, _maxCplx, log) => repeatCall(seq, value, cache, rng, log)),
  structural('remove a call', 10, (seq, value, cache, rng, _maxCplx, log) => remove(seq, value, cache, rng, log)),
  structural("retarget a call's resource", 9, (seq, value, cache, rng, _maxCplx, log) => retarget(seq, value, cache, rng, log)),
  structural('move a call', 7, (seq, value, cache, rng, _maxCplx, log) => move(seq, value, cache, rng, log)),
  structural('toggle a kind', 8, toggle),
]);

/** one random mutation: a draw from the table, redrawn (up to TRIES draws) while the drawn one does not apply */
export function mutateSequence(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number): Mutated<Obj[], SequenceToken> {
  for (let t = 0; t < TRIES; t++) {
    const token = drawOne(SEQUENCE_MUTATIONS, rng).apply(seq, value, cache, rng, maxCplx);
    if (token !== undefined) return { value, token, complexity: cache.sum };
  }
  return { value, token: NOOP, complexity: cache.sum };
}

/** ordered mutation of a sequence: calls so far, and each call's own ordered step (by position) */
export interface SequenceStep {
  n: number;
  sub: unknown[];
}

/**
 * Two calls in three walk the calls in turn with their member mutator's ordered mutations
 * (resource fields and tags kept); the others, and a call whose ordered mutations are used up,
 * make a random mutation.
 */
export function orderedMutateSequence(seq: Seq, value: Obj[], cache: SequenceCache, step: SequenceStep, rng: Rng, maxCplx: number): Mutated<Obj[], SequenceToken> {
  const n = step.n++;
  if (value.length > 0 && n % 3 !== 2) {
    const i = (n - Math.floor(n / 3)) % value.length;
    const kind = seq.kinds[cache.kinds[i]!]!;
    const sub = (step.sub[i] ??= kind.m.defaultMutationStep(value[i]!, cache.caches[i]));
    const token = member(seq, value, cache, rng, maxCplx, i, sub);
    if (token !== undefined) return { value, token, complexity: cache.sum };
  }
  return mutateSequence(seq, value, cache, rng, maxCplx);
}

/** mutates the other fields of call `at` (random when at < 0), by its ordered `step` when given */
function member(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, at = -1, step?: unknown): SequenceToken | undefined {
  if (value.length === 0) return undefined;
  const i = at >= 0 ? at : rng.below(value.length);
  const kind = seq.kinds[cache.kinds[i]!]!;
  const call = value[i]!;
  const fixed = kind.fixed.map((f) => call[f]);
  const others = cache.sum - cache.cplx[i]!;
  // an ordered step may take a few tries to get past mutations of the fixed fields
  for (let t = 0; t < (step === undefined ? 4 : 16); t++) {
    const budget = maxCplx - others - seq.perCall;
    const r = step === undefined ? kind.m.randomMutate(call, cache.caches[i], rng, budget) : kind.m.orderedMutate(call, cache.caches[i], step, rng, budget);
    if (r === undefined) return undefined;
    const v = r.value as Obj;
    let same = typeof v === 'object' && v !== null;
    for (let j = 0; same && j < fixed.length; j++) same = Object.is(v[kind.fixed[j]!], fixed[j]);
    const cx = r.complexity + seq.perCall;
    if (same && (others + cx <= maxCplx + EPS || cx <= cache.cplx[i]!)) {
      const token: SequenceToken = { op: 1, i, t: r.token, cx: cache.cplx[i]!, sum: cache.sum };
      value[i] = v;
      cache.cplx[i] = cx;
      cache.sum = others + cx;
      return token;
    }
    kind.m.unmutate(r.value, cache.caches[i], r.token);
  }
  return undefined;
}

/** splices a run of calls of another input in (half the time), else one call where its resources are live */
export function crossoverSequence(seq: Seq, value: Obj[], cache: SequenceCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<Obj[], SequenceToken> | undefined {
  if (value.length >= seq.maxItems) return undefined;
  if (rng.bool()) {
    const log: unknown[] = [];
    const out = spliceRun(seq, value, cache, provider, rng, maxCplx, log);
    if (out !== undefined) return fitted(seq, value, cache, commit(seq, value, cache, out, log), maxCplx);
    undoLog(log);
  }
  const k = rng.below(seq.kinds.length);
  const v = provider.get(seq.kinds[k]!.m, rng, maxCplx - cache.sum - seq.perCall) as Obj | undefined;
  if (typeof v !== 'object' || v === null) return undefined;
  const where = positionsFor(seq, value, cache, k);
  if (where.length === 0) return undefined;
  const log: unknown[] = [];
  const out = insert(seq, value, cache, rng, maxCplx, log, k, where[rng.below(where.length)]!, v);
  if (out === undefined) return undefined;
  return fitted(seq, value, cache, commit(seq, value, cache, out, log), maxCplx);
}

/** the committed edit, or undefined (undone) when it grew the sequence past the budget */
function fitted(seq: Seq, value: Obj[], cache: SequenceCache, token: SequenceToken, maxCplx: number): Mutated<Obj[], SequenceToken> | undefined {
  if (token.op === 2 && cache.sum > maxCplx + EPS && cache.sum > token.sum) {
    undoSequence(seq, value, cache, token);
    return undefined;
  }
  return { value, token, complexity: cache.sum };
}
