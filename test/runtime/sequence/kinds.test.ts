/**
 * sequence/kinds.ts promises the checked, compiled arguments of `sequence(...)`: one Kind per
 * variant with resource fields resolved to resource indices, the live ids each kind needs, and
 * errors naming the bad argument; `available`, `checkAndApply` and `apply` judge and apply a call
 * against a Scope. This file checks the compiled kinds, each error, and the three functions.
 */
import { describe, expect, it } from 'vitest';
import { apply, available, checkAndApply, compileKinds, type SequenceVariant } from '../../../src/runtime/sequence/kinds.js';
import { Scope } from '../../../src/runtime/sequence/scope.js';
import { integer } from '../../../src/runtime/scalars/integer.js';

const m = integer();
const variants: SequenceVariant<unknown>[] = [
  { tag: 'open', mutator: m, creates: [{ field: 'f', resource: 'file' }] },
  { tag: 'lock', mutator: m, creates: [{ field: 'l', resource: 'lock' }], weight: 3 },
  { tag: 'copy', mutator: m, uses: [{ field: 'from', resource: 'file' }, { field: 'to', resource: 'file' }] },
  { tag: 'merge', mutator: m, drops: [{ field: 'a', resource: 'file' }, { field: 'b', resource: 'file' }], uses: [{ field: 'k', resource: 'lock' }] },
  { tag: 'init', mutator: m, once: true },
];

describe('compileKinds', () => {
  it('resolves resources to indices in order of appearance and lists fixed fields', () => {
    const { kinds, resources, weights } = compileKinds(variants, 'op');
    expect(resources).toEqual(['file', 'lock']);
    expect(weights).toEqual([1, 3, 1, 1, 1]);
    expect(kinds[0]!.creates).toEqual([['f', 0]]);
    expect(kinds[3]!.drops).toEqual([['a', 0], ['b', 0]]);
    expect(kinds[3]!.uses).toEqual([['k', 1]]);
    expect(kinds[3]!.fixed).toEqual(['op', 'k', 'a', 'b']);
    expect(kinds.map((k) => k.once)).toEqual([false, false, false, false, true]);
  });

  it('needs one live id per used resource and one per dropped id', () => {
    const { kinds } = compileKinds(variants, 'op');
    expect(Array.from(kinds[0]!.need)).toEqual([0, 0]);
    expect(Array.from(kinds[2]!.need)).toEqual([1, 0]); // two uses of one file may be the same id
    expect(Array.from(kinds[3]!.need)).toEqual([2, 1]); // two drops need two distinct files
  });

  it('rejects bad arguments naming them', () => {
    const bad = (vs: unknown, msg: string | RegExp): void => {
      expect(() => compileKinds(vs as SequenceVariant<unknown>[], 'op')).toThrow(msg);
    };
    bad([], "sequence: invalid argument 'variants': must be a non-empty array");
    bad([{ tag: 'a', mutator: 1 }], "'variants[0].mutator'");
    bad([{ tag: 'a', mutator: m }, { tag: 'a', mutator: m }], "'variants[1].tag': duplicate tag a");
    bad([{ tag: 'a', mutator: m, uses: [{ field: 'x', resource: 'r' }] }], "'variants[0].uses[0].resource': no variant creates resource 'r'");
    bad([{ tag: 'a', mutator: m, creates: [{ field: '', resource: 'r' }] }], "'variants[0].creates[0].field'");
    bad([{ tag: 'a', mutator: m, creates: [{ field: 'x', resource: '' }] }], "'variants[0].creates[0].resource'");
    bad([{ tag: 'a', mutator: m, drops: 'x' }], "'variants[0].drops': must be an array");
    bad([{ tag: 'a', mutator: m, once: 1 }], "'variants[0].once': must be a boolean");
    bad([{ tag: 'a', mutator: m, weight: -1 }], "'variants[0].weight'");
  });
});

describe('available, checkAndApply, apply', () => {
  const { kinds } = compileKinds(variants, 'op');
  const [open, lock, copy, merge, init] = kinds as [typeof kinds[0], typeof kinds[0], typeof kinds[0], typeof kinds[0], typeof kinds[0]];

  it('says whether the scope holds the ids a kind needs', () => {
    const s = new Scope(2);
    expect(available(open, s)).toBe(true);
    expect(available(copy, s)).toBe(false);
    apply(open, { f: 0 }, s);
    expect(available(copy, s)).toBe(true);
    expect(available(merge, s)).toBe(false);
    apply(open, { f: 1 }, s);
    expect(available(merge, s)).toBe(false); // no lock yet
    apply(lock, { l: 2 }, s);
    expect(available(merge, s)).toBe(true);
  });

  it('makes a kind allowed once unavailable after its call', () => {
    const s = new Scope(2);
    expect(available(init, s)).toBe(true);
    expect(checkAndApply(init, {}, s)).toBe(true);
    expect(available(init, s)).toBe(false);
    expect(checkAndApply(init, {}, s)).toBe(false);
  });

  it('accepts a valid call and applies its drops and creates', () => {
    const s = new Scope(2);
    expect(checkAndApply(open, { f: 0 }, s)).toBe(true);
    expect(checkAndApply(open, { f: 1 }, s)).toBe(true);
    expect(checkAndApply(lock, { l: 2 }, s)).toBe(true);
    expect(checkAndApply(copy, { from: 0, to: 0 }, s)).toBe(true);
    expect(checkAndApply(merge, { k: 2, a: 1, b: 0 }, s)).toBe(true);
    expect(s.count(0)).toBe(0);
    expect(s.isLive(2, 1)).toBe(true);
  });

  it('rejects a create that is not the next id, a dead use, a wrong resource and a double drop', () => {
    const fresh = (): Scope => {
      const s = new Scope(2);
      apply(open, { f: 0 }, s);
      apply(open, { f: 1 }, s);
      apply(lock, { l: 2 }, s);
      return s;
    };
    expect(checkAndApply(open, { f: 4 }, fresh())).toBe(false);
    expect(checkAndApply(copy, { from: 0, to: 7 }, fresh())).toBe(false);
    expect(checkAndApply(copy, { from: 2, to: 0 }, fresh())).toBe(false); // 2 is a lock
    expect(checkAndApply(merge, { k: 2, a: 0, b: 0 }, fresh())).toBe(false); // the second drop is dead
    expect(checkAndApply(copy, { from: '0', to: 0 }, fresh())).toBe(false);
  });
});
