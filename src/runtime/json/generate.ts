/**
 * Seeded generation of `json()` values without the mutator tree: for an Rng from `createRng`
 * (sfc32, RngBase's own range methods), the same words in the same order, the same values and
 * the same complexities as the generic path (JsonChoice -> array / record / scalars, children
 * through the `lazy`), with sfc32 stepped on its state array and every range reduction written
 * out for its constant modulus.
 *
 * What the generic path's tree does, reproduced here:
 * - the choice: budget = max(0, b - KIND_BITS), kind = below(6), moved on while its minimum
 *   does not fit; complexity KIND_BITS + the kind's own;
 * - `array(jsonValue)` and `record(jsonString, jsonValue)` (ArrayMutator / KeyedMutator
 *   generation: pickLength, shares of the slack, eight tries for a new key);
 * - the scalars of json-scalars.ts (null, number, string; booleans as `boolean()`);
 * - the `lazy` around every child: a finite budget passes unchanged unless the lazy nesting is
 *   MAX_DEPTH deep, where the child gets the smallest budget. A container asks once whether its
 *   children are that deep (`deep`, a lazy that reports the budget it was given); if they are,
 *   they go through the generic `jsonValue`. Containers nested in a container are generated
 *   inside another lazy (`NEST`), so the nesting count sees them exactly as it sees the generic
 *   path's.
 */
import { EPS } from '../core/budget.js';
import { GEN, genC, type Gen } from '../core/gen.js';
import { lazy } from '../wrap/lazy.js';
import type { AnyMutator, Generated, Mutated, Mutator } from '../core/mutator.js';
import { rejectFrom, sfcNext, type Rng } from '../core/rng.js';
import { lengthIn, num, numberCplx, str } from './generate-scalars.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** complexity of the kind choice among the six kinds */
export const KIND_BITS = Math.log2(6);

const TWO_32 = 4294967296;

/** the generic `jsonValue` (the lazy around JsonChoice), for children past the nesting limit */
let VALUE: Gen<Json> | null = null;
export function setJsonValue(v: Gen<Json>): void {
  VALUE = v;
}

/** each kind's minComplexity, set by the caller of `fastJson` */
type Mins = Float64Array;

/**
 * JsonChoice's generation at budget `maxCplx` (what its lazy passed). `nested`: this value is a
 * child of a container generated here, so a container kind is generated inside NEST.
 */
function choice(rng: Rng, st: Int32Array, maxCplx: number, mins: Mins, nested: boolean): Json {
  const budget = Math.max(0, maxCplx - KIND_BITS);
  const x = sfcNext(st);
  let k = x <= TWO_32 - 6 ? x % 6 : rejectFrom(rng, 6, x);
  while (mins[k]! > budget + EPS) k = (k + 1) % 6;
  switch (k) {
    case 0:
      genC[0] = KIND_BITS + 0;
      return null;
    case 1:
      genC[0] = KIND_BITS + 1;
      return (sfcNext(st) & 1) === 1;
    case 2: {
      const v = num(rng, st, budget);
      genC[0] = KIND_BITS + numberCplx(v);
      return v;
    }
    case 3: {
      const s = str(rng, st, budget);
      genC[0] = KIND_BITS + (1 + 8 * s.length);
      return s;
    }
    default: {
      let v: Json;
      if (nested) {
        nestKind = k;
        nestSt = st;
        nestMins = mins;
        v = NEST[GEN](rng, budget) as Json;
      } else v = k === 4 ? arr(rng, st, budget, mins) : rec(rng, st, budget, mins);
      genC[0] = KIND_BITS + genC[0]!;
      return v;
    }
  }
}

/** a child of a container: through the generic lazy when the children are MAX_DEPTH deep */
function child(rng: Rng, st: Int32Array, b: number, mins: Mins, deepHere: boolean): Json {
  return deepHere ? VALUE![GEN](rng, b) : choice(rng, st, b, mins, true);
}

/** ArrayMutator's generation for array(jsonValue): element minimum KIND_BITS, one bit an item */
function arr(rng: Rng, st: Int32Array, maxCplx: number, mins: Mins): Json[] {
  const eMin = KIND_BITS;
  const unit = eMin + 1;
  const len = lengthIn(rng, st, Infinity, unit, maxCplx);
  const out: Json[] = [];
  if (len === 0) {
    genC[0] = 0;
    return out;
  }
  const deepHere = deep(rng);
  let slack = Math.max(0, maxCplx - len * unit);
  let sum = 0;
  for (let i = 0; i < len; i++) {
    const share = slack / (len - i);
    const v = child(rng, st, eMin + share, mins, deepHere);
    const c = genC[0]!;
    out.push(v);
    sum += c;
    slack = Math.max(0, slack - (c - eMin));
  }
  genC[0] = sum + len * 1;
  return out;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** an empty plain object (prototype Object.prototype) in dictionary mode */
function dictObject(): { [key: string]: Json } {
  const o = Object.create(null) as { [key: string]: Json };
  Object.setPrototypeOf(o, Object.prototype);
  return o;
}
const TRIES = 8;

/**
 * KeyedMutator's generation for record(jsonString, jsonValue): key minimum 1, value minimum
 * KIND_BITS, one bit an entry; a key already present (or "__proto__") is drawn again, up to
 * eight times, and the record ends at the first key not found.
 */
function rec(rng: Rng, st: Int32Array, maxCplx: number, mins: Mins): { [key: string]: Json } {
  const kMin = 1;
  const vMin = KIND_BITS;
  const unit = 1 + kMin + vMin;
  const len = lengthIn(rng, st, Infinity, unit, maxCplx);
  // Two keys or more: an object with dictionary (hash table) properties from the start, the
  // same object to every observer (same prototype, keys in the same order). Random keys on a
  // `{}` take a new hidden class each, so adding them costs far more than a hash insert.
  const o: { [key: string]: Json } = len > 1 ? dictObject() : {};
  if (len === 0) {
    genC[0] = 0;
    return o;
  }
  const deepHere = deep(rng);
  let slack = Math.max(0, maxCplx - len * unit);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const share = slack / (len - i) / 2;
    let key = '';
    let kc = 0;
    let found = false;
    for (let t = 0; t < TRIES && !found; t++) {
      const g = str(rng, st, kMin + share);
      if (g !== '__proto__' && (n === 0 || !hasOwn.call(o, g))) {
        key = g;
        kc = 1 + 8 * g.length;
        found = true;
      }
    }
    if (!found) break;
    let cost = kc - kMin;
    const v = child(rng, st, vMin + share + Math.max(0, share - cost), mins, deepHere);
    const vc = genC[0]!;
    sum += vc;
    cost += vc - vMin;
    o[key] = v;
    n++;
    sum += kc;
    slack = Math.max(0, slack - cost);
  }
  genC[0] = sum + n * 1;
  return o;
}

/** A mutator of null that hands its [GEN] call to a function: the inside of NEST and DEPTH. */
class Hook implements Mutator<unknown, 1, null, null, null> {
  constructor(private readonly f: (rng: Rng, maxCplx: number) => unknown) {}
  defaultArbitraryStep(): null {
    return null;
  }
  validateValue(): 1 | undefined {
    return undefined;
  }
  defaultMutationStep(): null {
    return null;
  }
  minComplexity(): number {
    return 0;
  }
  maxComplexity(): number {
    return Infinity;
  }
  complexity(): number {
    return 0;
  }
  orderedArbitrary(): Generated<unknown> | undefined {
    return undefined;
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<unknown> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  [GEN](rng: Rng, maxCplx: number): unknown {
    return this.f(rng, maxCplx);
  }
  orderedMutate(): Mutated<unknown, null> | undefined {
    return undefined;
  }
  randomMutate(value: unknown): Mutated<unknown, null> {
    return { value, token: null, complexity: 0 };
  }
  unmutate(value: unknown): unknown {
    return value;
  }
}

let nestKind = 4;
let nestSt: Int32Array = new Int32Array(4);
let nestMins: Mins = new Float64Array(6);
/** a container of kind nestKind one lazy level down, as the generic path's lazy child would be */
const NEST: Gen<unknown> = lazy(
  () =>
    new Hook((rng, budget) => {
      const st = nestSt;
      const mins = nestMins;
      return nestKind === 4 ? arr(rng, st, budget, mins) : rec(rng, st, budget, mins);
    }) as AnyMutator<unknown>,
);

let probed = 0;
const DEPTH: Gen<unknown> = lazy(
  () =>
    new Hook((_rng, budget) => {
      probed = budget;
      genC[0] = 0;
      return null;
    }) as AnyMutator<unknown>,
);
/** whether a lazy called now gets the smallest budget (it is nested MAX_DEPTH deep); no draws */
function deep(rng: Rng): boolean {
  DEPTH[GEN](rng, 1);
  return probed !== 1;
}

/**
 * JsonChoice's [GEN] at a finite budget for an Rng with `sfcState(rng) === st`; `mins` are
 * the six kinds' minComplexity.
 */
export function fastJson(rng: Rng, st: Int32Array, maxCplx: number, mins: Mins): Json {
  return choice(rng, st, maxCplx, mins, false);
}
