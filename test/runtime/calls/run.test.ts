/**
 * calls/run.ts promises the call driver: calls run in order on an instance (and a model),
 * handles kept in an id table, promises awaited only when a method returns one, a call whose
 * handle was never created skipped, a call whose `@requires` is false skipped on both sides,
 * and a CallFailure naming the call's index (with the program up to it) when a method throws
 * unexpectedly, disagrees with the model, or breaks the invariant. This file checks each.
 */
import { describe, expect, it } from 'vitest';
import { callsDone, CallFailure, runCalls } from '../../../src/runtime/calls/run.js';
import type { CallObject, CallsSpec } from '../../../src/runtime/calls/spec.js';

const spec: CallsSpec = {
  name: 'Bank',
  instance: 'bank',
  discriminant: 'm',
  methods: {
    open: { params: [{ field: 'owner' }], creates: 'Account', idField: 'id' },
    deposit: { params: [{ field: 'acc', handle: true }, { field: 'amount' }] },
    close: { params: [{ field: 'acc', handle: true, drops: true }] },
    total: { params: [] },
    risky: { params: [], throws: true },
    chain: { params: [], returnsSelf: true },
    later: { params: [{ field: 'x' }], async: true },
  },
};

class Bank {
  log: string[] = [];
  constructor(private readonly bug = false) {}
  accounts: Array<{ owner: string; balance: number }> = [];
  open(owner: string): { owner: string; balance: number } {
    if (owner === '') throw new Error('no owner');
    const a = { owner, balance: 0 };
    this.accounts.push(a);
    this.log.push(`open ${owner}`);
    return a;
  }
  deposit(a: { balance: number }, amount: number): number {
    if (amount < 0) throw new RangeError('negative');
    a.balance += this.bug && amount === 13 ? 1 : amount;
    return a.balance;
  }
  close(a: { owner: string }): void {
    this.accounts = this.accounts.filter((x) => x !== a);
  }
  total(): number {
    return this.accounts.reduce((s, a) => s + a.balance, 0);
  }
  risky(): never {
    throw new Error('expected');
  }
  chain(): this {
    return this;
  }
  later(x: number): Promise<number> {
    return x < 0 ? Promise.reject(new Error('rejected')) : Promise.resolve(x * 2);
  }
}

const calls: CallObject[] = [
  { m: 'open', owner: 'ann', id: 0 },
  { m: 'deposit', acc: 0, amount: 5 },
  { m: 'open', owner: 'bob', id: 1 },
  { m: 'close', acc: 0 },
  { m: 'deposit', acc: 1, amount: 13 },
  { m: 'total' },
];

function failure(f: () => unknown): CallFailure {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CallFailure);
    return e as CallFailure;
  }
  throw new Error('no failure');
}

describe('runCalls', () => {
  it('runs the calls in order, synchronously, keeping handles and their liveness', () => {
    const bank = new Bank();
    const run = runCalls(spec, calls, () => bank);
    expect(run).not.toBeInstanceOf(Promise);
    const r = run as Exclude<typeof run, Promise<unknown>>;
    expect(r.executed).toBe(6);
    expect(bank.log).toEqual(['open ann', 'open bob']);
    expect(r.handles.get(0)).toMatchObject({ instance: { owner: 'ann', balance: 5 }, live: false });
    expect(r.handles.get(1)).toMatchObject({ instance: { owner: 'bob', balance: 13 }, live: true });
    expect(r.skipped).toEqual([]);
  });

  it('agrees with an equal model, and fails naming the first diverging call', () => {
    expect(() => runCalls(spec, calls, () => new Bank(), { model: () => new Bank() })).not.toThrow();
    const f = failure(() => runCalls(spec, calls, () => new Bank(true), { model: () => new Bank() }));
    expect(f.index).toBe(4);
    expect(f.call).toBe(calls[4]);
    expect(f.message).toBe('call #4 bank.deposit(#1, 13) returned 1 but the model returned 13');
    expect(f.program.split('\n').at(-1)).toBe('bank.deposit(account1, 13); // <- returned 1 but the model returned 13');
  });

  it('fails on an unexpected throw, with the error as cause, but accepts one from a @throws method', () => {
    const f = failure(() => runCalls(spec, [{ m: 'open', owner: 'a', id: 0 }, { m: 'deposit', acc: 0, amount: -1 }], () => new Bank()));
    expect(f.index).toBe(1);
    expect(f.message).toBe('call #1 bank.deposit(#0, -1) threw RangeError: negative');
    expect((f.cause as Error).message).toBe('negative');
    expect(() => runCalls(spec, [{ m: 'risky' }], () => new Bank())).not.toThrow();
  });

  it('skips the calls on a handle whose creation failed', () => {
    const lenient: CallsSpec = { ...spec, methods: { ...spec.methods, open: { ...spec.methods.open!, throws: true } } };
    const r = runCalls(lenient, [{ m: 'open', owner: '', id: 0 }, { m: 'deposit', acc: 0, amount: 1 }, { m: 'total' }], () => new Bank());
    expect((r as { executed: number }).executed).toBe(2);
  });

  it('compares a created handle by presence only, and ignores a returnsSelf result', () => {
    expect(() => runCalls(spec, [{ m: 'open', owner: 'a', id: 0 }, { m: 'chain' }], () => new Bank(), { model: () => new Bank() })).not.toThrow();
    const noHandle = { open: () => null, chain: () => 1 };
    const f = failure(() => runCalls(spec, [{ m: 'open', owner: 'a', id: 0 }], () => new Bank(), { model: () => noHandle }));
    expect(f.message).toMatch(/returned a handle but the model returned none$/);
  });

  it('fails when the invariant returns false or throws, after the call that broke it', () => {
    const f = failure(() => runCalls(spec, calls, () => new Bank(), { invariant: (b) => b.total() < 10 }));
    expect(f.index).toBe(4);
    expect(f.message).toMatch(/broke the invariant$/);
    const g = failure(() => runCalls(spec, calls, () => new Bank(), { invariant: (b) => { if (b.accounts.length > 1) throw new Error('two'); } }));
    expect(g.index).toBe(2);
    expect(g.message).toMatch(/broke the invariant: Error: two$/);
  });

  it('skips a call whose @requires is false on the instance and the model, and prints it as skipped', () => {
    const model = new Bank();
    const requires = { deposit: (_b: Bank, args: never) => (args as unknown as [unknown, number])[1] !== 13 };
    const r = runCalls(spec, calls, () => new Bank(), { model: () => model }, requires) as { skipped: number[]; executed: number };
    expect(r.skipped).toEqual([4]);
    expect(r.executed).toBe(5);
    expect(model.accounts[0]!.balance).toBe(0); // bob's deposit never ran on the model
    const f = failure(() => runCalls(spec, [...calls, { m: 'deposit', acc: 1, amount: -1 }], () => new Bank(), {}, requires));
    expect(f.index).toBe(6);
    expect(f.program).toContain('// bank.deposit(account1, 13); (skipped: its @requires was false)');
  });

  it('fails when a @requires precondition throws or returns a non-boolean', () => {
    expect(failure(() => runCalls(spec, [{ m: 'total' }], () => new Bank(), {}, { total: () => { throw new Error('x'); } })).message).toMatch(/made its @requires precondition throw Error: x$/);
    expect(failure(() => runCalls(spec, [{ m: 'total' }], () => new Bank(), {}, { total: (() => Promise.resolve(true)) as never })).message).toMatch(/returned a promise, not a boolean/);
  });

  it('awaits async methods, returning a promise, and fails on a rejection', async () => {
    const run = runCalls(spec, [{ m: 'later', x: 1 }, { m: 'total' }], () => new Bank(), { model: () => new Bank() });
    expect(run).toBeInstanceOf(Promise);
    expect((await run).executed).toBe(2);
    await expect(runCalls(spec, [{ m: 'total' }, { m: 'later', x: -1 }], () => new Bank())).rejects.toMatchObject({ name: 'CallFailure', index: 1 });
  });

  it('rejects a call naming no method, and bad arguments', () => {
    expect(() => runCalls(spec, [{ m: 'toString' }], () => new Bank())).toThrow('runBankCalls: call #0 names no method of Bank (toString)');
    expect(() => runCalls(spec, 'x' as never, () => new Bank())).toThrow('runBankCalls: calls must be an array');
    expect(() => runCalls(spec, [], 1 as never)).toThrow(TypeError);
  });
});

describe('callsDone', () => {
  it('is undefined for a synchronous run and a promise of undefined for an async one', async () => {
    expect(callsDone(runCalls(spec, [{ m: 'total' }], () => new Bank()))).toBeUndefined();
    const p = callsDone(runCalls(spec, [{ m: 'later', x: 2 }], () => new Bank()));
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toBeUndefined();
  });
});
