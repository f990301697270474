/**
 * union/replace.ts promises the in-place variant switch of `union`: `canReplaceInPlace` says when
 * one value's contents can move into another that keeps its identity, `replaceInPlace` moves
 * them and returns a snapshot, `restoreInPlace` puts the old contents back exactly (key order
 * included); `tagMap` reads each alternative's discriminant and gives null when a tag is unknown
 * or shared. This file checks each promise for arrays, plain objects, Maps and Sets.
 */
import { describe, expect, it } from 'vitest';
import { canReplaceInPlace, NO_TAG, replaceInPlace, restoreInPlace, tagMap } from '../../../src/runtime/union/replace.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { constant, integer, literals, object, string, type AnyMutator } from '../../../src/index.js';

describe('canReplaceInPlace', () => {
  it('allows arrays into arrays and plain objects into plain objects (null prototype too)', () => {
    expect(canReplaceInPlace([1], [])).toBe(true);
    expect(canReplaceInPlace({ a: 1 }, { b: 2 })).toBe(true);
    expect(canReplaceInPlace(Object.create(null), Object.create(null))).toBe(true);
    expect(canReplaceInPlace(new Map(), new Map([[1, 2]]))).toBe(true);
    expect(canReplaceInPlace(new Set(), new Set([1]))).toBe(true);
  });

  it('refuses primitives, mixed kinds, different prototypes and other classes', () => {
    expect(canReplaceInPlace(1, 2)).toBe(false);
    expect(canReplaceInPlace({}, null)).toBe(false);
    expect(canReplaceInPlace([], {})).toBe(false);
    expect(canReplaceInPlace({}, [])).toBe(false);
    expect(canReplaceInPlace(new Map(), new Set())).toBe(false);
    expect(canReplaceInPlace({}, Object.create(null))).toBe(false);
    expect(canReplaceInPlace(new Date(0), new Date(1))).toBe(false);
    expect(canReplaceInPlace(new Uint8Array(1), new Uint8Array(2))).toBe(false);
  });
});

describe('replaceInPlace and restoreInPlace', () => {
  const cases: Array<[string, () => object, () => object]> = [
    ['array', () => [1, { x: 2 }], () => ['a', 'b', 'c']],
    ['object, different keys', () => ({ kind: 'a', n: 1, extra: [1] }), () => ({ kind: 'b', s: 'x' })],
    ['object, same keys', () => ({ kind: 'a', n: 1 }), () => ({ kind: 'b', n: 2 })],
    ['object, same keys in another order', () => ({ kind: 'a', n: 1 }), () => ({ n: 2, kind: 'b' })],
    ['map', () => new Map<unknown, unknown>([[1, 'a'], [2, 'b']]), () => new Map([['k', 0]])],
    ['set', () => new Set([3, 1, 2]), () => new Set(['z'])],
  ];
  for (const [what, before, after] of cases) {
    it(`moves the contents and restores them exactly: ${what}`, () => {
      const target = before();
      const source = after();
      const snap = replaceInPlace(target, source);
      expect(target).toEqual(source);
      if (!(target instanceof Map) && !(target instanceof Set)) expect(Object.keys(target)).toEqual(Object.keys(source));
      else expect([...(target as Set<unknown>)]).toEqual([...(source as Set<unknown>)]);
      restoreInPlace(target, snap);
      const original = before();
      expect(target).toEqual(original);
      if (target instanceof Map || target instanceof Set) expect([...(target as Set<unknown>)]).toEqual([...(original as Set<unknown>)]);
      else expect(Object.keys(target)).toEqual(Object.keys(original));
    });
  }

  it('keeps the child references (moves, does not copy)', () => {
    const child = { deep: 1 };
    const target: Record<string, unknown> = { a: child };
    const source = { b: [2] };
    const snap = replaceInPlace(target, source);
    expect(target.b).toBe(source.b);
    restoreInPlace(target, snap);
    expect(target.a).toBe(child);
    expect('b' in target).toBe(false);
  });

  it('survives many switches back and forth', () => {
    const target: Record<string, unknown> = { kind: 'a', n: 1 };
    const shapes = [{ kind: 'b', s: 's' }, { kind: 'c' }, { kind: 'a', n: 5, m: 6 }];
    for (let i = 0; i < 30; i++) {
      const before = deepClone(target);
      const keys = Object.keys(target);
      const snap = replaceInPlace(target, deepClone(shapes[i % 3]!));
      restoreInPlace(target, snap);
      expect(target).toEqual(before);
      expect(Object.keys(target)).toEqual(keys);
      replaceInPlace(target, deepClone(shapes[i % 3]!));
    }
  });
});

describe('tagMap', () => {
  const alt = (tag: string, more: Record<string, AnyMutator<unknown>> = {}): AnyMutator<unknown> => object({ type: literals([tag]), ...more }) as AnyMutator<unknown>;

  it("reads each alternative's tag from its smallest value", () => {
    const map = tagMap([alt('a'), alt('b', { n: integer() }), alt('c')], [NO_TAG, NO_TAG, NO_TAG], 'type');
    expect(map).toEqual(new Map([['a', 0], ['b', 1], ['c', 2]]));
  });

  it('prefers the given tags, including non-string ones', () => {
    const map = tagMap([alt('a'), alt('b')], [1n, null], 'type');
    expect(map).toEqual(new Map<unknown, number>([[1n, 0], [null, 1]]));
  });

  it('gives null when two alternatives share a tag', () => {
    expect(tagMap([alt('a'), alt('a', { n: integer() })], [NO_TAG, NO_TAG], 'type')).toBeNull();
    expect(tagMap([alt('a'), alt('b')], ['x', 'x'], 'type')).toBeNull();
  });

  it('gives null when a value has no such key, is not an object, or the tag is an object', () => {
    expect(tagMap([alt('a'), object({ other: integer() }) as AnyMutator<unknown>], [NO_TAG, NO_TAG], 'type')).toBeNull();
    expect(tagMap([alt('a'), string() as AnyMutator<unknown>], [NO_TAG, NO_TAG], 'type')).toBeNull();
    expect(tagMap([alt('a'), object({ type: constant({ nested: 1 }) }) as AnyMutator<unknown>], [NO_TAG, NO_TAG], 'type')).toBeNull();
  });
});
