/**
 * calls/format.ts promises a call sequence printed as the TypeScript program it stands for:
 * one line per call on the instance, created handles as `const <resource><id>` variables, uses of
 * handles by those names, ids not created in the printed part as `undefined /* #id *\/`, skipped
 * calls as comments, the marked call with its note, trailing absent optional arguments left out,
 * rest arguments spread, `await` for async methods. This file checks each of those.
 */
import { describe, expect, it } from 'vitest';
import { argumentsOf, formatCall, formatCalls } from '../../../src/runtime/calls/format.js';
import type { CallsSpec } from '../../../src/runtime/calls/spec.js';

const spec: CallsSpec = {
  name: 'Store',
  instance: 'store',
  construct: 'new Store()',
  discriminant: 'm',
  methods: {
    begin: { params: [], creates: 'Txn', idField: 'id' },
    put: { params: [{ field: 'txn', handle: true }, { field: 'key' }, { field: 'value' }] },
    commit: { params: [{ field: 'txn', handle: true, drops: true }], async: true },
    log: { params: [{ field: 'level' }, { field: 'parts', rest: true }] },
    open: { params: [{ field: 'name' }], creates: 'my-File!', idField: 'h' },
  },
};

describe('formatCalls', () => {
  it('prints the construction, named handles, uses and awaits', () => {
    const text = formatCalls(spec, [
      { m: 'begin', id: 0 },
      { m: 'put', txn: 0, key: 'a', value: -0 },
      { m: 'begin', id: 1 },
      { m: 'commit', txn: 1 },
    ]);
    expect(text).toBe([
      'const store = new Store();',
      'const txn0 = store.begin();',
      "store.put(txn0, 'a', -0);",
      'const txn1 = store.begin();',
      'await store.commit(txn1);',
    ].join('\n'));
  });

  it('prints ids whose creation is not in the printed part as undefined with the id', () => {
    expect(formatCalls(spec, [{ m: 'put', txn: 7, key: 'k', value: 1 }]).split('\n')[1]).toBe("store.put(undefined /* #7 */, 'k', 1);");
  });

  it('prints skipped calls as comments, and a skipped create names no handle', () => {
    const lines = formatCalls(spec, [{ m: 'begin', id: 0 }, { m: 'put', txn: 0, key: 'x', value: 2 }], { skipped: [0] }).split('\n');
    expect(lines[1]).toBe('// store.begin(); (skipped: its @requires was false)');
    expect(lines[2]).toBe("store.put(undefined /* #0 */, 'x', 2);");
  });

  it('marks the failing call with the note, "fails here" by default', () => {
    const calls = [{ m: 'begin', id: 0 }, { m: 'commit', txn: 0 }];
    expect(formatCalls(spec, calls, { mark: 1 }).split('\n')[2]).toBe('await store.commit(txn0); // <- fails here');
    expect(formatCalls(spec, calls, { mark: 0, note: 'throws' }).split('\n')[1]).toBe('const txn0 = store.begin(); // <- throws');
  });

  it('uses create() without a construct, and a safe lower-case handle name', () => {
    const { construct: _, ...bare } = spec;
    const text = formatCalls(bare, [{ m: 'open', name: 'f', h: 3 }, { m: 'put', txn: 3, key: 'k', value: null }]);
    expect(text.split('\n')).toEqual(['const store = create();', "const myFile3 = store.open('f');", "store.put(myFile3, 'k', null);"]);
  });

  it('prints an unknown method with a placeholder instead of throwing', () => {
    expect(formatCalls(spec, [{ m: 'nope' }]).split('\n')[1]).toBe('store.nope(/* unknown method */);');
  });
});

describe('argumentsOf', () => {
  const handle = (id: unknown): string => `h${String(id)}`;

  it('leaves out trailing absent optional arguments but keeps inner undefined ones', () => {
    expect(argumentsOf(spec, { m: 'put', txn: 1 }, handle)).toBe('h1');
    expect(argumentsOf(spec, { m: 'put', txn: 1, value: 3 }, handle)).toBe('h1, undefined, 3');
    expect(argumentsOf(spec, { m: 'put', txn: 1, key: undefined, value: 3 }, handle)).toBe('h1, undefined, 3');
  });

  it('spreads rest arguments and prints values as source', () => {
    expect(argumentsOf(spec, { m: 'log', level: 2, parts: ['a', 1n, [NaN]] }, handle)).toBe("2, 'a', 1n, [NaN]");
    expect(argumentsOf(spec, { m: 'log', level: 2, parts: [] }, handle)).toBe('2');
    expect(argumentsOf(spec, { m: 'log', level: 2, parts: 'x' }, handle)).toBe("2, 'x'");
  });

  it('takes a custom value printer', () => {
    expect(argumentsOf(spec, { m: 'put', txn: 0, key: 'k', value: 1 }, handle, (v) => `<${String(v)}>`)).toBe('h0, <k>, <1>');
  });
});

describe('formatCall', () => {
  it('prints one call with handles as #id', () => {
    expect(formatCall(spec, { m: 'put', txn: 4, key: 'a', value: true })).toBe("store.put(#4, 'a', true)");
    expect(formatCall(spec, { m: 'begin', id: 0 })).toBe('store.begin()');
  });
});
