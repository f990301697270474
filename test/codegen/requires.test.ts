/**
 * `@requires` on a method of a `@calls` class (test/fixtures/calls: `remove` needs the key to be
 * there, `putSmall` an open transaction with fewer than 3 writes): the generated `run<Name>Calls`
 * skips a call whose precondition is false, so the fuzzer does not report the method's own
 * refusal as a bug; the skipped calls print as comments in a failure's program; a precondition
 * that throws is a failure naming the call. The bad tags are DM1024 (calls-errors fixture).
 */
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import { mutators, storeCallsSpec, storeCallsSpecRequires, runStoreCalls, type StoreCall } from '../fixtures/calls/types.mutators.js';
import { Store } from '../fixtures/calls/types.js';
import { editedFile } from './edited-file.js';

const seq: StoreCall[] = [
  { method: 'remove', key: 'a' }, // skipped: no key 'a' yet
  { method: 'begin', $id: 0 },
  { method: 'putSmall', txn: 0, key: 'a' },
  { method: 'putSmall', txn: 0, key: 'b' },
  { method: 'putSmall', txn: 0, key: 'c' },
  { method: 'putSmall', txn: 0, key: 'd' }, // skipped: 3 writes already
  { method: 'commit', txn: 0 },
  { method: 'remove', key: 'a' }, // runs: 'a' was committed
  { method: 'remove', key: 'a' }, // skipped again
];

describe('@requires preconditions', () => {
  it('skip exactly the calls whose precondition is false, on the instance and the model alike', () => {
    const model = new Store();
    const r = dm.runCalls(storeCallsSpec, seq, () => new Store(), { model: () => model }, storeCallsSpecRequires) as dm.CallsRun;
    expect(r.skipped).toEqual([0, 5, 8]);
    expect(r.executed).toBe(seq.length - 3);
    expect(model.has('a')).toBe(false);
    expect(model.has('b')).toBe(true);
    expect(runStoreCalls(seq.slice(0, 7), () => new Store())).toBeUndefined();
    // the same calls without the preconditions: remove of an absent key throws
    expect(() => dm.runCalls(storeCallsSpec, seq, () => new Store())).toThrow(/^call #0 store\.remove\('a'\) threw RangeError: no key a$/);
  });

  it('keep every generated sequence from tripping the methods\' own refusals', () => {
    const m = mutators.StoreCalls();
    const rng = dm.createRng(11);
    let skipped = 0;
    let unguarded = 0;
    for (let n = 0; n < 300; n++) {
      const calls = m.randomArbitrary(rng, 800).value.filter((c) => c.method !== 'flush'); // stay synchronous
      const r = dm.runCalls(storeCallsSpec, calls, () => new Store(), {}, storeCallsSpecRequires) as dm.CallsRun;
      skipped += r.skipped.length;
      try {
        dm.runCalls(storeCallsSpec, calls, () => new Store());
      } catch {
        unguarded++;
      }
    }
    expect(skipped).toBeGreaterThan(0);
    expect(unguarded).toBeGreaterThan(0); // without them the same sequences fail
  });

  it('print skipped calls as comments in the failing program', () => {
    class Leaky extends Store {
      override commit(): number {
        throw new Error('lost the writes');
      }
    }
    try {
      runStoreCalls(seq, () => new Leaky());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(dm.CallFailure);
      expect((e as dm.CallFailure).index).toBe(6);
      expect((e as dm.CallFailure).program.split('\n')).toEqual([
        'const store = new Store();',
        "// store.remove('a'); (skipped: its @requires was false)",
        'const txn0 = store.begin();',
        "store.putSmall(txn0, 'a');",
        "store.putSmall(txn0, 'b');",
        "store.putSmall(txn0, 'c');",
        "// store.putSmall(txn0, 'd'); (skipped: its @requires was false)",
        'store.commit(txn0); // <- threw Error: lost the writes',
      ]);
    }
  });

  it('report a precondition that throws or returns a non-boolean as a failure of that call', () => {
    const throwing: dm.CallRequires<Store> = { remove: () => { throw new Error('bad guard'); } };
    expect(() => dm.runCalls(storeCallsSpec, seq, () => new Store(), {}, throwing)).toThrow(/^call #0 store\.remove\('a'\) made its @requires precondition throw Error: bad guard$/);
    const vague = { remove: () => 1 } as unknown as dm.CallRequires<Store>;
    expect(() => dm.runCalls(storeCallsSpec, seq, () => new Store(), {}, vague)).toThrow(/returned number, not a boolean/);
  });
});

describe('@requires in the generated file', () => {
  const f = editedFile('test/fixtures/calls/types.mutators.ts');
  it('is checked by tsc against the class: a method it does not have, or a non-boolean, is an error', () => {
    expect(f.errorsWith(f.original)).toEqual([]);
    expect(f.errorsWith(f.edit('=> self.has(key)', '=> self.hass(key)')).some((e) => e.includes("'hass'"))).toBe(true);
    expect(f.errorsWith(f.edit('=> self.has(key)', '=> key.length')).some((e) => e.startsWith('TS2322'))).toBe(true);
  });
});
