/**
 * `toBytes(mutator, value)`: bytes that `fromBytes(mutator, ·)` decodes to exactly `value`, so a
 * corpus of ours can seed a byte-driven engine (libFuzzer, Jazzer.js) and its findings come back.
 *
 * A tree of the common combinators has a structural layout (byte-layout.ts) that is its own
 * inverse: the bytes written are the ones `fromBytes` reads, checked by decoding them, and a
 * fuzzer's edits of them stay one-scalar or one-choice changes. For any other tree, inverting
 * `randomArbitrary` draw by draw would need an inverse in every mutator, and a value reached by
 * mutation need not be reachable by one generation at all. So that byte form embeds the value: a 4-byte marker, then the value as compact typed JSON (the same
 * lossless codec as the corpus files). `fromBytes` recognises the marker, decodes, validates and
 * checks the complexity bound; anything else (a marker followed by bytes a fuzzer has broken)
 * decodes through the ordinary byte-driven path, so decoding stays total and deterministic.
 * Byte-level mutations of the JSON text (a digit, a character of a string) then stay near the
 * value whenever the result still validates.
 */
import type { AnyMutator } from '../core/mutator.js';
import { deepEqual } from '../core/values.js';
import { decode, encode } from './json-codec.js';
import { byteBudget, layoutDecode, layoutEncode } from './byte-layout.js';

/** the marker: 0xF5 never starts UTF-8 text, "DM" and a format version */
export const EMBEDDED_VALUE_MARKER = Uint8Array.of(0xf5, 0x44, 0x4d, 0x01);

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type ToBytesResult = { bytes: Uint8Array; reason?: undefined } | { bytes?: undefined; reason: string };

function hasMarker(data: Uint8Array): boolean {
  if (data.length < EMBEDDED_VALUE_MARKER.length) return false;
  for (let i = 0; i < EMBEDDED_VALUE_MARKER.length; i++) if (data[i] !== EMBEDDED_VALUE_MARKER[i]) return false;
  return true;
}

/**
 * The value embedded in `data` when it carries the marker and a valid value of `mutator`'s type
 * within `maxComplexity`; undefined otherwise (the caller decodes the bytes as usual).
 */
export function embeddedValue<T>(mutator: AnyMutator<T>, data: Uint8Array, maxComplexity: number): { value: T } | undefined {
  if (!hasMarker(data)) return undefined;
  let value: T;
  try {
    value = decode(JSON.parse(strictUtf8.decode(data.subarray(EMBEDDED_VALUE_MARKER.length)))) as T;
  } catch {
    return undefined;
  }
  const cache = mutator.validateValue(value);
  if (cache === undefined) return undefined;
  const c = mutator.complexity(value, cache);
  return c <= Math.max(maxComplexity, mutator.minComplexity()) ? { value } : undefined;
}

/**
 * Bytes that `fromBytes(mutator, bytes, maxComplexity)` decodes to a value deep-equal to `value`,
 * or the reason there are none: the value is not one of the mutator's, is more complex than the
 * decoder's bound, or holds something the typed JSON codec cannot carry (a class instance).
 */
export function encodeBytes<T>(mutator: AnyMutator<T>, value: T, maxComplexity = 4096): ToBytesResult {
  const cache = mutator.validateValue(value);
  if (cache === undefined) return { reason: "the value is not a valid value of the mutator's type" };
  const c = mutator.complexity(value, cache);
  const bound = Math.max(maxComplexity, mutator.minComplexity());
  if (c > bound) return { reason: `its complexity ${c.toFixed(1)} exceeds the decoder's bound ${bound} (pass a larger maxComplexity to both sides)` };
  const laid = layoutBytes(mutator, value, c, bound);
  if (laid !== undefined) return { bytes: laid };
  let text: string;
  try {
    text = JSON.stringify(encode(value));
  } catch (e) {
    return { reason: `the value cannot be written as typed JSON: ${(e as Error).message}` };
  }
  const body = utf8.encode(text);
  const bytes = new Uint8Array(EMBEDDED_VALUE_MARKER.length + body.length);
  bytes.set(EMBEDDED_VALUE_MARKER, 0);
  bytes.set(body, EMBEDDED_VALUE_MARKER.length);
  const back = embeddedValue(mutator, bytes, bound);
  if (back === undefined || !deepEqual(back.value, value)) return { reason: 'the value does not survive typed JSON (it holds something the codec cannot carry, such as a class instance)' };
  return { bytes };
}

/** the layout bytes of `value` when they decode back to it (as fromBytes decodes them), else undefined */
function layoutBytes<T>(mutator: AnyMutator<T>, value: T, c: number, bound: number): Uint8Array | undefined {
  const m = mutator as AnyMutator<unknown>;
  let bytes = layoutEncode(m, value, c);
  if (bytes === undefined || hasMarker(bytes)) return undefined;
  if (bytes.length === 0) {
    // fromBytes gives the empty input the first ordered value; one zero byte reads as empty data
    const first = m.orderedArbitrary(m.defaultArbitraryStep(), m.minComplexity());
    if (first !== undefined && deepEqual(first.value, value)) return bytes;
    bytes = new Uint8Array(1);
  }
  const back = layoutDecode(m, bytes, byteBudget(m, bytes.length, bound));
  return back !== undefined && deepEqual(back.value, value) ? bytes : undefined;
}

/** `encodeBytes(...).bytes`: the bytes, or undefined when the value cannot be expressed. */
export function toBytes<T>(mutator: AnyMutator<T>, value: T, maxComplexity = 4096): Uint8Array | undefined {
  return encodeBytes(mutator, value, maxComplexity).bytes;
}
