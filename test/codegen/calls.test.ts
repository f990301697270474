/**
 * `@calls`: the derived call sequences of test/fixtures/calls (a class with handles, a branded
 * id, drops, tags, rest and async methods; an interface with async handles) are valid by an
 * independent checker, before and after every mutation; the driver runs them against an instance
 * and a model, reports the failing call, and its id table replays through the serializer.
 */
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import { mutators, serializers, storeCallsSpec, runStoreCalls, formatStoreCalls, runPoolCalls, type StoreCall, type PoolCall } from '../fixtures/calls/types.mutators.js';
import { Store, Txn, type Connection, type Pool } from '../fixtures/calls/types.js';

/** Validity re-derived from the spec: methods known, handles live when used, ids fresh and in order, tags honoured (`@once` on configure). */
function problems(spec: dm.CallsSpec, calls: readonly Record<string, unknown>[]): string[] {
  const out: string[] = [];
  const live = new Map<number, string>();
  let next = 0;
  let configured = 0;
  calls.forEach((c, i) => {
    if (c.method === 'configure' && configured++ > 0) out.push(`#${i}: configure is @once but was called again`);
    const m = spec.methods[c.method as string];
    if (!m) return out.push(`#${i}: unknown method ${String(c.method)}`);
    for (const p of m.params) {
      if (!p.handle) continue;
      if (!live.has(c[p.field] as number)) out.push(`#${i} ${String(c.method)}: ${p.field}=${String(c[p.field])} is not live`);
      if (p.drops) live.delete(c[p.field] as number);
    }
    if (m.creates) {
      if (c[m.idField!] !== next) out.push(`#${i} ${String(c.method)}: created id ${String(c[m.idField!])}, expected ${next}`);
      live.set(next++, m.creates);
    }
    if (c.method === 'put' && (typeof c.key !== 'string' || c.key.length > 4)) out.push(`#${i}: put key ${String(c.key)} breaks @maxLength 4`);
    if (c.method === 'get' && (typeof c.key !== 'string' || c.key.length < 1 || c.key.length > 4)) out.push(`#${i}: get key breaks @minLength 1 @maxLength 4`);
    if (c.method === 'send' && !(Number.isInteger(c.priority) && (c.priority as number) >= 0 && (c.priority as number) <= 9)) out.push(`#${i}: priority ${String(c.priority)} out of 0..9`);
  });
  return out;
}

describe('derived call sequences', () => {
  it('are valid when generated and after every mutation (independent checker)', () => {
    const m = mutators.StoreCalls();
    const rng = dm.createRng(7);
    const kinds = new Set<string>();
    for (let n = 0; n < 60; n++) {
      const g = m.randomArbitrary(rng, 600);
      expect(problems(storeCallsSpec, g.value)).toEqual([]);
      let cache = m.validateValue(g.value)!;
      for (let k = 0; k < 30; k++) {
        const r = m.randomMutate(g.value, cache, rng, 600);
        expect(problems(storeCallsSpec, g.value), `after mutation ${k} of ${n}`).toEqual([]);
        for (const c of g.value) kinds.add(c.method);
        if (k % 3 === 0) m.unmutate(g.value, cache, r.token);
        cache = m.validateValue(g.value)!;
        expect(cache).toBeDefined();
      }
      expect(g.value.length).toBeLessThanOrEqual(40); // @maxItems 40 on the class
    }
    expect([...kinds].sort()).toEqual(['begin', 'closeCursor', 'commit', 'configure', 'cursor', 'flush', 'get', 'has', 'put', 'putSmall', 'remove', 'rollback']);
  });

  it('pass the mutator laws and the serializer round trip', () => {
    dm.checkMutator(mutators.StoreCalls(), { seed: 3, runs: 40, serializer: serializers.StoreCalls });
    dm.checkMutator(mutators.PoolCalls(), { seed: 4, runs: 40, serializer: serializers.PoolCalls });
  });
});

const seq: StoreCall[] = [
  { method: 'begin', $id: 0 },
  { method: 'put', txn: 0, key: 'a', value: 1 },
  { method: 'begin', $id: 1 },
  { method: 'commit', txn: 0 },
  { method: 'get', key: 'a' },
  { method: 'get', key: 'zz' }, // throws, but get is tagged @throws
  { method: 'put', txn: 1, key: 'b', value: -0 },
  { method: 'flush' },
];

describe('run<Name>Calls', () => {
  it('runs the calls on the instance, awaiting the async ones, and keeps handles by id', async () => {
    const r = dm.runCalls(storeCallsSpec, seq, () => new Store());
    expect(r).toBeInstanceOf(Promise); // flush is async
    const run = await r;
    expect(run.executed).toBe(seq.length);
    expect([...run.handles.keys()]).toEqual([0, 1]);
    expect(run.handles.get(0)).toMatchObject({ live: false });
    expect((run.handles.get(1)!.instance as Txn).writes.get('b')).toBe(-0);
    expect(run.handles.get(0)!.instance).toBeInstanceOf(Txn);
  });

  it('stays synchronous when no call returns a promise', () => {
    expect(runStoreCalls(seq.slice(0, 4), () => new Store())).toBeUndefined();
  });

  it('names the call that disagrees with the model', async () => {
    class Forgetful extends Store {
      override get(key: string, fallback?: number): number {
        return key === 'a' ? 2 : super.get(key, fallback);
      }
    }
    const err = await Promise.resolve()
      .then(() => runStoreCalls(seq, () => new Store(), { model: () => new Forgetful() }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(dm.CallFailure);
    const f = err as dm.CallFailure;
    expect(f.index).toBe(4);
    expect(f.message).toBe("call #4 store.get('a') returned 1 but the model returned 2");
    expect(f.program.split('\n')).toEqual([
      'const store = new Store();',
      'const txn0 = store.begin();',
      "store.put(txn0, 'a', 1);",
      'const txn1 = store.begin();',
      'store.commit(txn0);',
      "store.get('a'); // <- returned 1 but the model returned 2",
    ]);
  });

  it('fails on a throw not tagged @throws, and on a broken invariant, with the original stack', () => {
    class Broken extends Store {
      override put(): void {
        throw new TypeError('disk full');
      }
    }
    expect(() => runStoreCalls(seq.slice(0, 2), () => new Broken())).toThrow(/^call #1 store\.put\(#0, 'a', 1\) threw TypeError: disk full$/);
    try {
      runStoreCalls(seq.slice(0, 2), () => new Broken());
    } catch (e) {
      expect((e as Error).stack).toMatch(/at Broken\.put/);
      expect((e as Error).cause).toBeInstanceOf(TypeError);
    }
    let n = 0;
    expect(() => runStoreCalls(seq.slice(0, 4), () => new Store(), { invariant: () => ++n < 3 })).toThrow(/^call #2 store\.begin\(\) broke the invariant$/);
  });

  it('replays a serialized sequence exactly: same ids, same handles', async () => {
    const m = mutators.PoolCalls();
    const value = m.randomArbitrary(dm.createRng(11), 400).value;
    const back = serializers.PoolCalls.fromData(serializers.PoolCalls.toData(value))!;
    expect(back).toEqual(value);
    let made = 0;
    const pool = (): Pool => {
      const open = new Set<Connection>();
      return {
        async acquire() {
          const c = { n: made++, async query(sql: string) { return sql; } } as Connection & { n: number };
          open.add(c);
          return c;
        },
        release(c) {
          if (!open.delete(c)) throw new Error('released twice');
        },
        async send(c) {
          return open.has(c);
        },
        size: () => open.size,
      };
    };
    const ids = async (calls: PoolCall[]) => {
      made = 0;
      const run = await dm.runCalls((await import('../fixtures/calls/types.mutators.js')).poolCallsSpec, calls, pool, { model: pool });
      return [...run.handles].map(([id, h]) => [id, (h.instance as { n: number }).n, h.live]);
    };
    expect(await ids(back)).toEqual(await ids(value));
    expect(await ids(back)).toEqual(value.filter((c) => c.method === 'acquire').map((c, i) => [c.$id, 2 * i, expect.any(Boolean)]));
    await expect(Promise.resolve(runPoolCalls(back, pool, { model: pool }))).resolves.toBeUndefined();
  });

  it('prints a sequence as a program a test can run', () => {
    expect(formatStoreCalls([...seq, { method: 'configure', config: { retries: 1, mode: 'safe' }, tags: ['x', "it's"] }])).toBe(
      [
        'const store = new Store();',
        'const txn0 = store.begin();',
        "store.put(txn0, 'a', 1);",
        'const txn1 = store.begin();',
        'store.commit(txn0);',
        "store.get('a');",
        "store.get('zz');",
        "store.put(txn1, 'b', -0);",
        'await store.flush();',
        "store.configure({ retries: 1, mode: 'safe' }, 'x', 'it\\'s');",
      ].join('\n'),
    );
  });
});
