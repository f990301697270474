/**
 * The runtime entry exports the public API only: factories, serializers, the law checker, byte
 * exchange and call helpers. Implementation classes live behind `derive-mutators/internal`, so a
 * user's autocomplete shows what the README documents.
 */
import { describe, expect, it } from 'vitest';
import * as runtime from '../../src/index.js';
import * as internal from '../../src/internal.js';

const PUBLIC = [
  'CallFailure', 'DEFAULT_DECODE_COMPLEXITY', 'FORMAT_NAMES', 'LawViolation', 'MutatorArgumentError',
  'addDictionaryNumber', 'addDictionaryString', 'array', 'bigint', 'boolean', 'bytes', 'bytesSerializer',
  'callsDone', 'checkFormat', 'checkMutator', 'clearDictionary', 'constant', 'createByteRng', 'createRng',
  'date', 'deepClone', 'deepEqual', 'encodeBytes', 'filtered', 'formatCall', 'formatCalls', 'fromBytes',
  'integer', 'json', 'jsonSerializer', 'lazy', 'literals', 'map', 'mapped', 'memoized', 'memoizedSwarmScope',
  'nullable', 'number', 'object', 'optional', 'optionalKey', 'readValue', 'record', 'regexp', 'runCalls', 'sequence', 'set', 'string', 'stringSerializer',
  'swarmScope', 'toBytes', 'tuple', 'typedArray', 'union', 'valueKey',
];

describe('derive-mutators (runtime entry)', () => {
  it('exports exactly the public API', () => {
    expect(Object.keys(runtime).sort()).toEqual([...PUBLIC].sort());
  });

  it('keeps implementation classes and swarm state internal', () => {
    for (const name of ['AliasTable', 'SwarmChoice', 'enterSwarm', 'UnionMutator', 'IntegerMutator', 'SequenceMutator']) {
      expect(runtime, name).not.toHaveProperty(name);
      expect(internal, name).toHaveProperty(name);
    }
  });

  it('shares nothing between the two entries, so no name has two homes', () => {
    const pub = new Set(Object.keys(runtime));
    expect(Object.keys(internal).filter((k) => pub.has(k))).toEqual([]);
  });
});
