/**
 * Serializers for corpus files: typed lossless JSON (readable, pretty-printed), UTF-8 text and
 * raw bytes. `fromData` never throws: malformed or invalid data gives undefined.
 */
import { decode, encode } from './json-codec.js';
import { prettyJson } from './json-pretty.js';
import { MutatorArgumentError, type AnyMutator, type Serializer } from '../core/mutator.js';
import { wtf8Decode, wtf8Encode } from './wtf8.js';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

class JsonSerializer<T> implements Serializer<T> {
  readonly isUtf8 = true;
  readonly extension = 'json';
  constructor(private readonly mutator: AnyMutator<T>) {}
  toData(value: T): Uint8Array {
    return utf8.encode(`${prettyJson(encode(value))}\n`);
  }
  fromData(data: Uint8Array): T | undefined {
    return this.readData(data)?.value;
  }
  /** a top-level undefined is written `{ "$type": "undefined" }` and reads back as `{ value: undefined }` */
  readData(data: Uint8Array): { value: T } | undefined {
    try {
      const value = decode(JSON.parse(strictUtf8.decode(data))) as T;
      return this.mutator.validateValue(value) === undefined ? undefined : { value };
    } catch {
      return undefined;
    }
  }
}

/**
 * Typed, lossless JSON for the values of `mutator` (see json-codec.ts for the tagging scheme);
 * decoded values are checked with `mutator.validateValue`. `readData` tells a valid top-level
 * `undefined` (written `{ "$type": "undefined" }`) from bad data; `fromData` cannot.
 */
export function jsonSerializer<T>(mutator: AnyMutator<T>): Serializer<T> {
  if (typeof mutator !== 'object' || mutator === null || typeof mutator.validateValue !== 'function') {
    throw new MutatorArgumentError('jsonSerializer', 'mutator', 'expected a Mutator');
  }
  return new JsonSerializer(mutator);
}

const stringSer: Serializer<string> = {
  isUtf8: true,
  extension: 'txt',
  toData: (value) => wtf8Encode(value),
  fromData: (data) => wtf8Decode(data),
};

/**
 * Strings as UTF-8 text. Lone surrogates (not representable in UTF-8) are written as their
 * generalized 3-byte form (WTF-8), so every JavaScript string round-trips.
 */
export function stringSerializer(): Serializer<string> {
  return stringSer;
}

const bytesSer: Serializer<Uint8Array> = {
  isUtf8: false,
  extension: 'bin',
  toData: (value) => value.slice(),
  fromData: (data) => (data instanceof Uint8Array ? new Uint8Array(data) : undefined),
};

/** Uint8Array values as raw bytes. */
export function bytesSerializer(): Serializer<Uint8Array> {
  return bytesSer;
}
