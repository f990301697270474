/**
 * A per-process dictionary of values seen at runtime (comparison operands collected by the fuzz
 * engine's instrumentation). Scalar mutators sometimes draw a value from it that fits their
 * constraints, as libFuzzer's CMP dictionary does. Bounded: the oldest entries are overwritten.
 */
import type { Rng } from './rng.js';

const CAP = 4096;

const numbers: number[] = [];
const numberKeys = new Set<number>();
const bigints: bigint[] = [];
const bigintKeys = new Set<bigint>();
const strings: string[] = [];
const stringKeys = new Set<string>();
/** strings offered at a small weight (1 draw in RARE_ODDS): well-known property names */
const rare: string[] = [];
const RARE_ODDS = 16;
let nextNumber = 0;
let nextBigint = 0;
let nextString = 0;

function put<T>(list: T[], keys: Set<T>, v: T, slot: number): number {
  if (keys.has(v)) return slot;
  keys.add(v);
  if (list.length < CAP) {
    list.push(v);
    return slot;
  }
  keys.delete(list[slot]!);
  list[slot] = v;
  return (slot + 1) % CAP;
}

/** Records a number (or bigint) seen as a comparison operand (0 and -0 count as one entry). */
export function addDictionaryNumber(n: number | bigint): void {
  if (typeof n === 'bigint') {
    nextBigint = put(bigints, bigintKeys, n, nextBigint);
    // an integral bigint that is a safe number is useful to number mutators too
    if (n >= -9007199254740991n && n <= 9007199254740991n) nextNumber = put(numbers, numberKeys, Number(n), nextNumber);
    return;
  }
  if (typeof n !== 'number') throw new TypeError(`addDictionaryNumber: argument 'n' must be a number or bigint, got ${typeof n}`);
  nextNumber = put(numbers, numberKeys, n, nextNumber);
  if (Number.isSafeInteger(n)) nextBigint = put(bigints, bigintKeys, BigInt(n), nextBigint);
}

/** Records a string seen as a comparison operand. */
export function addDictionaryString(s: string): void {
  if (typeof s !== 'string') throw new TypeError(`addDictionaryString: argument 's' must be a string, got ${typeof s}`);
  nextString = put(strings, stringKeys, s, nextString);
}

/** Records a string drawn only rarely (e.g. `__proto__`, `constructor`): always worth a try, never often. */
export function addRareDictionaryString(s: string): void {
  if (typeof s !== 'string') throw new TypeError(`addRareDictionaryString: argument 's' must be a string, got ${typeof s}`);
  if (!rare.includes(s)) rare.push(s);
}

export function clearDictionary(): void {
  rare.length = 0;
  numbers.length = 0;
  numberKeys.clear();
  bigints.length = 0;
  bigintKeys.clear();
  strings.length = 0;
  stringKeys.clear();
  nextNumber = nextBigint = nextString = 0;
}

/** number of distinct entries (numbers, bigints and strings together) */
export function dictionarySize(): number {
  return numbers.length + bigints.length + strings.length + rare.length;
}

/** Probability with which a random mutation draws from a non-empty dictionary. */
export const DICTIONARY_CHANCE = 1 / 8;

/** A dictionary number accepted by `fits`, trying a few entries; undefined if none. */
export function pickDictionaryNumber(rng: Rng, fits: (n: number) => boolean): number | undefined {
  return pick(numbers, rng, fits);
}
export function pickDictionaryBigint(rng: Rng, fits: (n: bigint) => boolean): bigint | undefined {
  return pick(bigints, rng, fits);
}
export function pickDictionaryString(rng: Rng, fits: (s: string) => boolean): string | undefined {
  if (rare.length > 0 && (strings.length === 0 || rng.below(RARE_ODDS) === 0)) {
    const v = rare[rng.below(rare.length)]!;
    return fits(v) ? v : undefined;
  }
  return pick(strings, rng, fits);
}

function pick<T>(list: readonly T[], rng: Rng, fits: (v: T) => boolean): T | undefined {
  if (list.length === 0) return undefined;
  for (let i = 0; i < 8; i++) {
    const v = list[rng.below(list.length)]!;
    if (fits(v)) return v;
  }
  return undefined;
}

/** true when a random mutation should try the dictionary now */
export function useDictionary(rng: Rng, kind: 'number' | 'bigint' | 'string'): boolean {
  if (kind === 'string' && strings.length === 0 && rare.length > 0) return rng.float() < DICTIONARY_CHANCE / RARE_ODDS;
  const n = kind === 'number' ? numbers.length : kind === 'bigint' ? bigints.length : strings.length;
  return n > 0 && rng.float() < DICTIONARY_CHANCE;
}
