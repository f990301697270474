/**
 * The derived sequence of test/fixtures/sequence (the ApiCall/ApiCalls): generated and
 * mutated ApiCalls values are valid by an independent checker written from the spec; every
 * value's unions share one swarm configuration; `{ swarm: false }` turns swarm off.
 */
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import * as internal from '../../src/internal.js';
import { mutators } from '../fixtures/sequence/types.mutators.js';
import type { ApiCall, ApiCalls, FileOp, Session } from '../fixtures/sequence/types.js';

/** Independent validity check (ids: one counter per sequence; uses/drops need live ids). */
function checkCalls(calls: ApiCall[]): string | null {
  let next = 0;
  const modules = new Set<number>();
  const instances = new Set<number>();
  for (const [i, c] of calls.entries()) {
    switch (c.kind) {
      case 'moduleNew':
        if (c.id !== next++) return `call ${i}: created id ${c.id} is not fresh`;
        if (!(c.wasm instanceof Uint8Array)) return `call ${i}: wasm is not bytes`;
        modules.add(c.id);
        break;
      case 'moduleDrop':
        if (!modules.delete(c.id)) return `call ${i}: drops dead module ${c.id}`;
        break;
      case 'instanceNew':
        if (!modules.has(c.module)) return `call ${i}: uses dead module ${c.module}`;
        if (c.id !== next++) return `call ${i}: created id ${c.id} is not fresh`;
        instances.add(c.id);
        break;
      case 'instanceDrop':
        if (!instances.delete(c.id)) return `call ${i}: drops dead instance ${c.id}`;
        break;
      case 'callExportedFunc':
        if (!instances.has(c.instance)) return `call ${i}: uses dead instance ${c.instance}`;
        if (typeof c.nth !== 'number') return `call ${i}: nth is not a number`;
        break;
      default:
        return `call ${i}: unknown kind ${(c as { kind: string }).kind}`;
    }
  }
  return null;
}

function checkApiCalls(v: ApiCalls): string | null {
  const c = v.config;
  if (!Number.isInteger(c.memoryPages) || c.memoryPages < 1 || c.memoryPages > 64) return `bad memoryPages ${c.memoryPages}`;
  if (typeof c.bulkMemory !== 'boolean' || (c.strategy !== 'cranelift' && c.strategy !== 'winch')) return 'bad config';
  if (v.calls.length > 100) return `too many calls: ${v.calls.length}`;
  return checkCalls(v.calls);
}

function checkSession(s: Session): string | null {
  const live = new Set<number>();
  let next = 0;
  let syncs = 0;
  for (const [i, op] of s.ops.entries() as IterableIterator<[number, FileOp]>) {
    if (op.op === 'sync' && syncs++ > 0) return `op ${i}: a second sync (@once)`;
    if (op.op === 'dup' && !live.has(op.from)) return `op ${i}: dup of dead fd ${op.from}`;
    if ((op.op === 'write' || op.op === 'close') && !live.has(op.fd)) return `op ${i}: ${op.op} on dead fd ${op.fd}`;
    if (op.op === 'close') live.delete(op.fd);
    if (op.op === 'open' || op.op === 'dup') {
      if (op.fd !== next++) return `op ${i}: fd ${op.fd} is not fresh`;
      live.add(op.fd);
    }
  }
  return null;
}

describe('derived sequences', () => {
  it('thousands of generated and mutated ApiCalls are valid by an independent checker; undo is exact', () => {
    for (const swarm of [true, false]) {
      const m = mutators.ApiCalls({ swarm });
      const rng = dm.createRng(swarm ? 11 : 12);
      let mutated = 0;
      let long = 0;
      for (let run = 0; run < 150; run++) {
        const v = m.randomArbitrary(rng, 4000).value;
        expect(checkApiCalls(v)).toBeNull();
        if (v.calls.length >= 10) long++;
        let cache = m.validateValue(v)!;
        expect(cache).toBeDefined();
        for (let k = 0; k < 10; k++) {
          const before = dm.deepClone(v);
          const r = m.randomMutate(v, cache, rng, 4000);
          const err = checkApiCalls(r.value);
          if (err) throw new Error(`${err}\nafter mutating ${JSON.stringify(before)}`);
          mutated++;
          if (k % 2) cache = m.validateValue(r.value)!;
          else expect(dm.deepEqual(m.unmutate(r.value, cache, r.token), before)).toBe(true);
        }
      }
      expect(mutated).toBe(1500);
      expect(long).toBeGreaterThan(20);
    }
  });

  it('a sequence of named members with a resource created by two kinds stays valid', () => {
    const m = mutators.Session();
    const rng = dm.createRng(3);
    let dups = 0;
    for (let run = 0; run < 200; run++) {
      const v = m.randomArbitrary(rng, 2000).value;
      expect(checkSession(v)).toBeNull();
      dups += v.ops.filter((o) => o.op === 'dup').length;
      const cache = m.validateValue(v)!;
      for (let k = 0; k < 5; k++) {
        const r = m.randomMutate(v, cache, rng, 2000);
        expect(checkSession(r.value)).toBeNull();
        m.unmutate(r.value, cache, r.token);
      }
    }
    expect(dups).toBeGreaterThan(0);
  });

  it('swarm: kinds per long sequence vary with swarm on; nearly all kinds with swarm off', () => {
    const kindsPer = (swarm: boolean): number[] => {
      const m = mutators.ApiCalls({ swarm });
      const rng = dm.createRng(5);
      const out: number[] = [];
      for (let i = 0; out.length < 150 && i < 5000; i++) {
        const v = m.randomArbitrary(rng, 4000).value;
        if (v.calls.length >= 10) out.push(new Set(v.calls.map((c) => c.kind)).size);
      }
      return out;
    };
    const on = kindsPer(true);
    const off = kindsPer(false);
    const atMostHalf = (xs: number[]) => xs.filter((n) => n <= 3).length / xs.length;
    expect(atMostHalf(on)).toBeGreaterThan(0.3);
    expect(atMostHalf(off)).toBeLessThan(atMostHalf(on) / 2);
  });

  it('the @swarm alias is a sequence: its values are arrays of the union, within @maxItems', () => {
    const m = mutators.Shapes();
    const rng = dm.createRng(8);
    for (let i = 0; i < 100; i++) {
      const v = m.randomArbitrary(rng, 1000).value;
      expect(v.length).toBeLessThanOrEqual(10);
      for (const s of v) expect(['circle', 'square', 'dot']).toContain(s.kind);
    }
    expect(m).toBeInstanceOf(internal.SwarmScope);
    expect((m as internal.SwarmScope<unknown>).inner).toBeInstanceOf(internal.SequenceMutator);
  });
});
