/**
 * The law kit: one generic harness that every mutator and serializer must pass, built-in or
 * generated (as fuzzcheck's `test_mutator` and fast-check's arbitrary harness do).
 */
import { readValue, type AnyMutator, type Serializer } from './mutator.js';
import { createRng, type Rng } from './rng.js';
import { deepClone, deepEqual, valueKey } from './values.js';
import { fromBytes } from '../serialize/from-bytes.js';
import { encodeBytes } from '../serialize/to-bytes.js';

export interface CheckOptions<T> {
  /** seed of the random generator, so a violation replays; @defaultValue 42 */
  seed?: number;
  /** number of random values generated (each is then mutated several times); @defaultValue 200 */
  runs?: number;
  /** complexity budget; @defaultValue 256 */
  maxComplexity?: number;
  /** mutations applied to each generated value; @defaultValue 12 */
  mutationsPerRun?: number;
  /** how many ordered values to enumerate; @defaultValue 256 */
  orderedLimit?: number;
  /** also check that this serializer round-trips every value; @defaultValue none */
  serializer?: Serializer<T>;
  /**
   * check that `fromBytes(mutator, toBytes(mutator, v))` gives back `v` for generated and mutated
   * values (the libFuzzer/Jazzer.js corpus exchange); false for a mutator whose values the typed
   * JSON codec cannot carry (class instances through `mapped`)
   * @defaultValue true
   */
  bytes?: boolean;
}

export class LawViolation extends Error {
  constructor(
    readonly law: string,
    readonly seed: number,
    readonly value: unknown,
    detail: string,
  ) {
    super(`law '${law}' violated (seed ${seed}): ${detail}\n  value: ${preview(value)}`);
    this.name = 'LawViolation';
  }
}

function preview(v: unknown): string {
  const s = valueKey(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

const EPS = 0.01;

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= EPS || (Number.isNaN(a) && Number.isNaN(b));
}

/** Runs every law; throws the first LawViolation found. Returns counts for reporting. */
export function checkMutator<T>(mutator: AnyMutator<T>, options: CheckOptions<T> = {}): { generated: number; mutations: number; ordered: number } {
  const seed = options.seed ?? 42;
  const runs = options.runs ?? 200;
  const maxCplx = options.maxComplexity ?? 256;
  const perRun = options.mutationsPerRun ?? 12;
  const rng = createRng(seed);
  const fail = (law: string, value: unknown, detail: string): never => {
    throw new LawViolation(law, seed, value, detail);
  };

  const minC = mutator.minComplexity();
  const maxC = mutator.maxComplexity();
  if (!(minC >= 0)) fail('complexity-bounds', undefined, `minComplexity() is ${minC}, must be >= 0`);
  if (!(maxC >= minC)) fail('complexity-bounds', undefined, `maxComplexity() ${maxC} < minComplexity() ${minC}`);
  const budgetOk = (c: number): boolean => c <= maxCplx + EPS || c <= minC + EPS;

  let mutations = 0;
  for (let run = 0; run < runs; run++) {
    // vary the budget so small budgets (the recursion fallback) are exercised too
    const budget = run % 4 === 0 ? Math.max(minC, maxCplx / 8) : maxCplx;
    const g = mutator.randomArbitrary(rng, budget);
    const value = g.value;
    let cache = validated(mutator, value, 'generated-validates', fail);
    const c = mutator.complexity(value, cache);
    if (!close(c, g.complexity)) fail('generated-complexity', value, `randomArbitrary reported ${g.complexity}, complexity() says ${c}`);
    if (!(g.complexity <= budget + EPS || g.complexity <= minC + EPS)) fail('generated-within-budget', value, `complexity ${g.complexity} > budget ${budget}`);
    if (c < minC - EPS || c > maxC + EPS) fail('complexity-bounds', value, `complexity ${c} outside [${minC}, ${maxC}]`);
    if (options.serializer) checkRoundTrip(options.serializer, value, fail);
    if (options.bytes !== false) checkBytesRoundTrip(mutator, value, fail);

    let current = value;
    let step = mutator.defaultMutationStep(current, cache);
    for (let k = 0; k < perRun; k++) {
      const before = deepClone(current);
      const cacheBefore = deepClone(cache);
      const ordered = k % 2 === 0;
      const m = ordered ? mutator.orderedMutate(current, cache, step, rng, maxCplx) : mutator.randomMutate(current, cache, rng, maxCplx);
      if (m === undefined) continue;
      mutations++;
      const law = ordered ? 'ordered-mutate' : 'random-mutate';
      const fresh = validated(mutator, m.value, `${law}-validates`, fail);
      const fc = mutator.complexity(m.value, fresh);
      if (!close(fc, m.complexity)) fail(`${law}-complexity`, m.value, `mutation reported ${m.complexity}, complexity() of a fresh cache says ${fc}`);
      const ic = mutator.complexity(m.value, cache);
      if (!close(ic, m.complexity)) fail(`${law}-cache`, m.value, `in-place cache gives complexity ${ic}, mutation reported ${m.complexity}`);
      if (!budgetOk(m.complexity)) fail(`${law}-within-budget`, m.value, `complexity ${m.complexity} > budget ${maxCplx}`);
      if (isMutableObject(before) && isMutableObject(m.value) && m.value !== current && sameKind(before, m.value)) {
        fail(`${law}-in-place`, m.value, 'an object or array value must be mutated in place (same reference returned)');
      }
      const restored = mutator.unmutate(m.value, cache, m.token);
      if (!deepEqual(restored, before)) fail('unmutate-restores-value', restored, `expected ${preview(before)}`);
      if (!deepEqual(cache, cacheBefore)) fail('unmutate-restores-cache', restored, 'cache differs after unmutate');
      if (isMutableObject(current) && m.value === current && restored !== current) fail('unmutate-identity', restored, 'unmutate must restore the same object');
      current = restored;
      // every third mutation is kept, as an engine keeps interesting inputs, to walk further
      if (k % 3 === 2) {
        const again = ordered ? mutator.orderedMutate(current, cache, step, rng, maxCplx) : mutator.randomMutate(current, cache, rng, maxCplx);
        if (again !== undefined) {
          current = again.value;
          cache = validated(mutator, current, `${law}-validates`, fail);
          step = mutator.defaultMutationStep(current, cache);
          mutations++;
        }
      }
    }
    if (options.serializer) checkRoundTrip(options.serializer, current, fail);
    if (options.bytes !== false) checkBytesRoundTrip(mutator, current, fail);
  }

  // ordered enumeration: valid, within budget, no duplicates
  const limit = options.orderedLimit ?? 256;
  const astep = mutator.defaultArbitraryStep();
  const seen = new Set<string>();
  let ordered = 0;
  for (; ordered < limit; ordered++) {
    const g = mutator.orderedArbitrary(astep, maxCplx);
    if (g === undefined) break;
    const cache = validated(mutator, g.value, 'ordered-validates', fail);
    const c = mutator.complexity(g.value, cache);
    if (!close(c, g.complexity)) fail('ordered-complexity', g.value, `orderedArbitrary reported ${g.complexity}, complexity() says ${c}`);
    if (!budgetOk(g.complexity)) fail('ordered-within-budget', g.value, `complexity ${g.complexity} > budget ${maxCplx}`);
    const key = valueKey(g.value);
    if (seen.has(key)) fail('ordered-no-duplicates', g.value, `orderedArbitrary produced the same value twice (after ${ordered} values)`);
    seen.add(key);
  }

  if (options.serializer) checkGarbage(options.serializer, rng, fail);
  return { generated: runs, mutations, ordered };
}

function validated<T>(mutator: AnyMutator<T>, value: T, law: string, fail: (law: string, v: unknown, d: string) => never): unknown {
  const cache = mutator.validateValue(value);
  if (cache === undefined) fail(law, value, 'validateValue rejected a value the mutator produced');
  return cache;
}

/** Objects, arrays, Maps and Sets are mutated in place; Dates, RegExps and typed arrays are
 * value-like (a typed array cannot change length in place, a RegExp's source cannot change at
 * all), so their mutators may return a new one. */
function isMutableObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && !(v instanceof RegExp) && !ArrayBuffer.isView(v);
}

function sameKind(a: object, b: object): boolean {
  return Array.isArray(a) === Array.isArray(b) && Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}

function checkRoundTrip<T>(serializer: Serializer<T>, value: T, fail: (law: string, v: unknown, d: string) => never): void {
  const data = serializer.toData(value);
  const boxed = readValue(serializer, data);
  if (serializer.readData && !deepEqual(serializer.fromData(data), boxed?.value)) fail('serializer-round-trip', value, 'fromData and readData disagree');
  if (boxed === undefined) fail('serializer-round-trip', value, `fromData(toData(value)) returned undefined${serializer.readData ? ' (readData)' : ''}`);
  const back = boxed.value;
  if (!deepEqual(back, value)) fail('serializer-round-trip', value, `fromData(toData(value)) gave ${preview(back)}`);
}

function checkBytesRoundTrip<T>(mutator: AnyMutator<T>, value: T, fail: (law: string, v: unknown, d: string) => never): void {
  const r = encodeBytes(mutator, value);
  if (r.bytes === undefined) fail('bytes-round-trip', value, `toBytes found no bytes: ${r.reason}`);
  const back = fromBytes(mutator, r.bytes);
  if (!deepEqual(back, value)) fail('bytes-round-trip', value, `fromBytes(toBytes(value)) gave ${preview(back)}`);
}

function checkGarbage<T>(serializer: Serializer<T>, rng: Rng, fail: (law: string, v: unknown, d: string) => never): void {
  const samples: Uint8Array[] = [new Uint8Array(0), new TextEncoder().encode('{'), new TextEncoder().encode('null'), new TextEncoder().encode('{"$type":"nope"}')];
  for (let i = 0; i < 32; i++) {
    const b = new Uint8Array(rng.below(64));
    for (let j = 0; j < b.length; j++) b[j] = rng.below(256);
    samples.push(b);
  }
  for (const s of samples) {
    try {
      serializer.fromData(s);
      serializer.readData?.(s);
    } catch (e) {
      fail('serializer-total', s, `fromData threw on malformed bytes: ${(e as Error).message}`);
    }
  }
}
