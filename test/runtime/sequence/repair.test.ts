/**
 * sequence/repair.ts promises the repair of a call sequence's tail after a structural edit:
 * created ids renumbered to stay the next integers, references mapped through the renumbering,
 * a reference whose id is gone retargeted to another live id of its resource, a call dropped
 * when no such id exists (orphaning what it created), and every id change logged so `undoLog`
 * restores the calls exactly. This file checks each case on a small open/read/close/dup spec.
 */
import { describe, expect, it } from 'vitest';
import { prefix, repairTail, scopeAt, undoLog, type Entries, type RepairHost } from '../../../src/runtime/sequence/repair.js';
import { compileKinds } from '../../../src/runtime/sequence/kinds.js';
import { Scope } from '../../../src/runtime/sequence/scope.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { integer, literals, object, type AnyMutator } from '../../../src/index.js';

type Call = Record<string, unknown>;
const call = (fields: Record<string, AnyMutator<unknown>>): AnyMutator<unknown> => object(fields) as AnyMutator<unknown>;
const id = () => integer({ min: 0, max: 100 });
const { kinds, resources } = compileKinds([
  { tag: 'open', mutator: call({ op: literals(['open']), f: id() }), creates: [{ field: 'f', resource: 'file' }] },
  { tag: 'read', mutator: call({ op: literals(['read']), h: id() }), uses: [{ field: 'h', resource: 'file' }] },
  { tag: 'close', mutator: call({ op: literals(['close']), h: id() }), drops: [{ field: 'h', resource: 'file' }] },
  { tag: 'dup', mutator: call({ op: literals(['dup']), h: id(), g: id() }), uses: [{ field: 'h', resource: 'file' }], creates: [{ field: 'g', resource: 'file' }] },
  { tag: 'init', mutator: call({ op: literals(['init']) }), once: true },
], 'op');
const KIND: Record<string, number> = { open: 0, read: 1, close: 2, dup: 3, init: 4 };
const host: RepairHost = { kinds, perCall: 1, newScope: () => new Scope(resources.length) };

function entries(calls: Call[]): Entries {
  const e: Entries = { calls, kinds: [], caches: [], cplx: [] };
  for (const c of calls) {
    const k = kinds[KIND[c.op as string]!]!;
    const cache = k.m.validateValue(c);
    e.kinds.push(KIND[c.op as string]!);
    e.caches.push(cache);
    e.cplx.push(k.m.complexity(c, cache) + 1);
  }
  return e;
}

/** repairs `tail` after `head` (both already in their new order) */
function repair(head: Call[], tail: Call[], seed = 1): { out: Entries; log: unknown[] } {
  const before = entries(head);
  const scope = scopeAt(host, before.calls, before.kinds, head.length);
  const out = prefix(before, head.length);
  const log: unknown[] = [];
  repairTail(host, entries(tail), scope, scope.next, createRng(seed), out, log, null);
  return { out, log };
}

describe('repairTail', () => {
  it('keeps a valid tail unchanged, logging nothing', () => {
    const tail = [{ op: 'open', f: 1 }, { op: 'read', h: 1 }, { op: 'close', h: 0 }];
    const { out, log } = repair([{ op: 'open', f: 0 }], deepClone(tail));
    expect(out.calls).toEqual([{ op: 'open', f: 0 }, ...tail]);
    expect(log).toEqual([]);
  });

  it('renumbers created ids to the next integers and maps references through them', () => {
    // the first open (id 0) was deleted: the tail's open of id 1 becomes id 0
    const { out } = repair([], [{ op: 'open', f: 1 }, { op: 'read', h: 1 }, { op: 'close', h: 1 }]);
    expect(out.calls).toEqual([{ op: 'open', f: 0 }, { op: 'read', h: 0 }, { op: 'close', h: 0 }]);
  });

  it('retargets a reference to a gone id when another id of its resource is live', () => {
    const { out } = repair([], [{ op: 'open', f: 1 }, { op: 'read', h: 0 }]);
    expect(out.calls).toEqual([{ op: 'open', f: 0 }, { op: 'read', h: 0 }]);
  });

  it('drops exactly the calls that use dead resources, and what their dropped creates orphaned', () => {
    // the opens were deleted: the read, the close and the dup have nothing to refer to; the
    // read of the dup's id goes with it; the later open survives as id 0, and its read too
    const tail = [{ op: 'read', h: 0 }, { op: 'dup', h: 0, g: 1 }, { op: 'read', h: 1 }, { op: 'close', h: 0 }, { op: 'open', f: 2 }, { op: 'read', h: 2 }];
    const { out } = repair([], tail);
    expect(out.calls).toEqual([{ op: 'open', f: 0 }, { op: 'read', h: 0 }]);
    expect(out.kinds).toEqual([KIND.open, KIND.read]);
  });

  it('drops a use after the id was closed in the tail when nothing else is live', () => {
    const { out } = repair([{ op: 'open', f: 0 }], [{ op: 'close', h: 0 }, { op: 'read', h: 0 }]);
    expect(out.calls).toEqual([{ op: 'open', f: 0 }, { op: 'close', h: 0 }]);
  });

  it('keeps ids created in the prefix and drops a second call of a kind allowed once', () => {
    const { out } = repair([{ op: 'init' }, { op: 'open', f: 0 }], [{ op: 'init' }, { op: 'read', h: 0 }, { op: 'open', f: 5 }]);
    expect(out.calls).toEqual([{ op: 'init' }, { op: 'open', f: 0 }, { op: 'read', h: 0 }, { op: 'open', f: 1 }]);
  });

  it('recomputes the cache and complexity of changed calls only', () => {
    const tail = entries([{ op: 'open', f: 3 }, { op: 'read', h: 3 }]);
    const keptCache = {};
    tail.caches[1] = keptCache;
    const out = prefix(entries([]), 0);
    repairTail(host, tail, host.newScope(), 0, createRng(1), out, [], null);
    expect(out.caches[1]).not.toBe(keptCache); // h changed from 3 to 0
    const same = entries([{ op: 'open', f: 0 }]);
    same.caches[0] = keptCache;
    const out2 = prefix(entries([]), 0);
    repairTail(host, same, host.newScope(), 0, createRng(1), out2, [], null);
    expect(out2.caches[0]).toBe(keptCache);
    const dirty = entries([{ op: 'open', f: 0 }]);
    dirty.caches[0] = keptCache;
    const out3 = prefix(entries([]), 0);
    repairTail(host, dirty, host.newScope(), 0, createRng(1), out3, [], dirty.calls[0]!);
    expect(out3.caches[0]).not.toBe(keptCache);
  });
});

describe('undoLog', () => {
  it('restores every call object exactly, over random tails', () => {
    const rng = createRng(31);
    const ops = ['open', 'read', 'close', 'dup'];
    for (let t = 0; t < 200; t++) {
      const tail: Call[] = Array.from({ length: rng.int(1, 8) }, () => {
        const op = rng.pick(ops);
        return op === 'open' ? { op, f: rng.int(0, 6) } : op === 'dup' ? { op, h: rng.int(0, 6), g: rng.int(0, 6) } : { op, h: rng.int(0, 6) };
      });
      const original = deepClone(tail);
      const { log } = repair([{ op: 'open', f: 0 }], tail, t);
      undoLog(log);
      expect(tail).toEqual(original);
    }
  });
});
