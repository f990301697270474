/**
 * sequence/scope.ts promises the live ids along a call sequence: one counter for all resources,
 * O(1) create, drop, liveness and uniform pick; `pickOther` avoids taken ids; it remembers which
 * kinds allowed once were called. This file checks numbering, liveness after drops (the swap
 * with the last id), uniform picks and the once bookkeeping.
 */
import { describe, expect, it } from 'vitest';
import { Scope } from '../../../src/runtime/sequence/scope.js';
import { createRng } from '../../../src/runtime/core/rng.js';

describe('Scope', () => {
  it('numbers ids with one counter across resources', () => {
    const s = new Scope(2);
    expect([s.create(0), s.create(1), s.create(0), s.create(1)]).toEqual([0, 1, 2, 3]);
    expect(s.next).toBe(4);
    expect(s.count(0)).toBe(2);
    expect(s.live).toEqual([[0, 2], [1, 3]]);
  });

  it('tells live ids by resource, and rejects anything that is not an id of it', () => {
    const s = new Scope(2);
    s.create(0);
    s.create(1);
    expect(s.isLive(0, 0)).toBe(true);
    expect(s.isLive(1, 0)).toBe(false); // another resource's id
    for (const bad of [2, -1, 0.5, '0', undefined, null, NaN]) expect(s.isLive(bad, 0)).toBe(false);
  });

  it('drops an id in O(1), keeping the others live and in the live list', () => {
    const s = new Scope(1);
    for (let i = 0; i < 5; i++) s.create(0);
    s.drop(1);
    expect(s.isLive(1, 0)).toBe(false);
    expect([...s.live[0]!].sort()).toEqual([0, 2, 3, 4]);
    s.drop(4); // the moved id can itself be dropped
    s.drop(0);
    expect([...s.live[0]!].sort()).toEqual([2, 3]);
    for (const id of [2, 3]) expect(s.isLive(id, 0)).toBe(true);
    expect(s.create(0)).toBe(5); // a dropped id is never reused
  });

  it('picks live ids uniformly', () => {
    const s = new Scope(1);
    for (let i = 0; i < 4; i++) s.create(0);
    s.drop(2);
    const rng = createRng(8);
    const counts = new Map<number, number>();
    for (let i = 0; i < 6000; i++) {
      const id = s.pick(0, rng);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([0, 1, 3]);
    for (const c of counts.values()) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });

  it('pickOther avoids taken ids, and gives -1 when every live id is taken', () => {
    const s = new Scope(2);
    for (let i = 0; i < 3; i++) s.create(0);
    const rng = createRng(2);
    const picked = new Set<number>();
    for (let i = 0; i < 200; i++) picked.add(s.pickOther(0, rng, [0, 2]));
    expect([...picked]).toEqual([1]);
    expect(s.pickOther(0, rng, [0, 1, 2])).toBe(-1);
    expect(s.pickOther(1, rng, [])).toBe(-1);
  });

  it('remembers calls of kinds allowed once, and only those', () => {
    const s = new Scope(0);
    const once = { once: true };
    const many = { once: false };
    expect(s.calledOnce(once)).toBe(false);
    s.call(once);
    s.call(many);
    expect(s.calledOnce(once)).toBe(true);
    expect(s.calledOnce(many)).toBe(false);
    expect(s.calledOnce({ once: true })).toBe(false); // by kind identity
  });
});
