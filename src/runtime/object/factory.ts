/**
 * `object(fields, { optional?, index? })`, the public factory: checks its arguments, unwraps the
 * fields marked `optionalKey(m)` and builds the ObjectMutator (object.ts).
 */
import { MutatorArgumentError } from '../core/mutator.js';
import type { ObjectFields } from './fields.js';
import { ObjectMutator, type ObjectOptions } from './object.js';
import { unwrapOptionalKeys } from './optional-key.js';

export type { ObjectFields } from './fields.js';

/**
 * Plain objects with the given fields. A field given as `optionalKey(m)`, or named in `optional`,
 * may be absent; `index` adds extra keys.
 */
export function object<T extends object = Record<string, unknown>>(fields: ObjectFields<T>, options: ObjectOptions = {}): ObjectMutator<T> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new MutatorArgumentError('object', 'fields', 'must be an object mapping keys to mutators');
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('object', 'options', 'must be an object');
  const listed = options.optional ?? [];
  if (!Array.isArray(listed)) throw new MutatorArgumentError('object', 'optional', 'must be an array of field names');
  if (options.index !== undefined && (typeof options.index !== 'object' || options.index === null)) throw new MutatorArgumentError('object', 'index', 'must be { key, value } mutators');
  const split = unwrapOptionalKeys(fields as Record<string, unknown>, listed);
  return new ObjectMutator<T>(split.fields, split.optional, options.index);
}
