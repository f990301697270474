import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/runtime/serialize/json-codec.js';
import { checkMutator, createRng, deepClone, deepEqual, jsonSerializer, regexp, valueKey } from '../../../src/index.js';

const bytes = (j: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(j));

describe('regexp', () => {
  it('passes the laws, with its serializer', () => {
    const m = regexp();
    checkMutator(m, { runs: 60 });
    checkMutator(m, { runs: 30, seed: 3, serializer: jsonSerializer(m) });
  });
  it('generates RegExps valid under every flag set, whose source reads back unchanged', () => {
    const m = regexp();
    const rng = createRng(7);
    const flags = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const r = m.randomArbitrary(rng, 200).value;
      expect(r).toBeInstanceOf(RegExp);
      flags.add(r.flags);
      for (const f of ['', 'u', 'v', 'gimsy', 'd']) expect(new RegExp(r.source, f).source).toBe(r.source);
    }
    expect(flags.size).toBeGreaterThan(20);
    expect([...flags].every((f) => !(f.includes('u') && f.includes('v')))).toBe(true);
  });
  it('mutates to a different RegExp and undoes exactly', () => {
    const m = regexp();
    const rng = createRng(2);
    const v = m.randomArbitrary(rng, 100).value;
    const before = valueKey(v);
    const c = m.validateValue(v)!;
    const r = m.randomMutate(v, c, rng, 200);
    expect(valueKey(r.value)).not.toBe(before);
    expect(valueKey(m.unmutate(r.value, c, r.token))).toBe(before);
  });
  it('rejects RegExps outside its language and non-RegExps', () => {
    const m = regexp();
    expect(m.validateValue(/a/g)).toBeDefined();
    expect(m.validateValue(/(a)\1/)).toBeUndefined(); // a backreference
    const moved = /a/g;
    moved.lastIndex = 2;
    expect(m.validateValue(moved)).toBeUndefined();
    expect(m.validateValue('a' as unknown as RegExp)).toBeUndefined();
  });
  it('serializes any RegExp losslessly (lastIndex too) and equality tells RegExps apart', () => {
    const s = jsonSerializer(regexp());
    const r = /x\/y[\]]/dgimsy;
    r.lastIndex = 3;
    expect(JSON.parse(new TextDecoder().decode(s.toData(r)))).toEqual({ $type: 'RegExp', value: { source: 'x\\/y[\\]]', flags: 'dgimsy', lastIndex: 3 } });
    expect(deepEqual(decode(encode(r)), r)).toBe(true); // any RegExp through the codec
    expect(s.fromData(s.toData(r))).toBeUndefined(); // but not a value of regexp() (lastIndex 3)
    expect(deepEqual(s.fromData(s.toData(new RegExp('a+', 'v'))), new RegExp('a+', 'v'))).toBe(true);
    expect(deepEqual(deepClone(r), r)).toBe(true);
    expect(deepEqual(/a/, /a/g)).toBe(false);
    expect(s.fromData(bytes({ $type: 'RegExp', value: { source: '(', flags: '' } }))).toBeUndefined();
    expect(s.fromData(bytes({ $type: 'RegExp', value: { source: 'a', flags: 'uv' } }))).toBeUndefined();
  });
});
