/**
 * Touching changes merge: the user's edit of one line and the generator's change of the next
 * line are independent in a generated section, though diff3 reports them as one conflict.
 * Changes to the same base lines, or insertions at the same place, stay conflicts.
 */
import { describe, expect, it } from 'vitest';
import { mergeTouching } from '../../src/cli/adjacent.js';
import { threeWayMerge } from '../../src/cli/diff3.js';

const base = ['a', 'b', 'c', 'd'];

describe('mergeTouching', () => {
  it('applies an edit of one line and an insertion right after it', () => {
    expect(mergeTouching(['A', 'b', 'c', 'd'], base, ['a', 'X', 'b', 'c', 'd'])).toEqual(['A', 'X', 'b', 'c', 'd']);
  });
  it('applies edits of two neighbouring lines, one per side', () => {
    expect(mergeTouching(['a', 'B', 'c', 'd'], base, ['a', 'b', 'C', 'd'])).toEqual(['a', 'B', 'C', 'd']);
  });
  it('applies an insertion before a line the other side removed', () => {
    expect(mergeTouching(['a', 'X', 'b', 'c', 'd'], base, ['a', 'c', 'd'])).toEqual(['a', 'X', 'c', 'd']);
  });
  it('refuses changes of the same line', () => {
    expect(mergeTouching(['a', 'B', 'c', 'd'], base, ['a', 'Z', 'c', 'd'])).toBeUndefined();
  });
  it('refuses two insertions at the same place', () => {
    expect(mergeTouching(['a', 'X', 'b', 'c', 'd'], base, ['a', 'Y', 'b', 'c', 'd'])).toBeUndefined();
  });
  it('refuses an insertion inside a range the other side replaced', () => {
    expect(mergeTouching(['a', 'Q', 'd'], base, ['a', 'b', 'X', 'c', 'd'])).toBeUndefined();
  });
});

describe('threeWayMerge with touching changes', () => {
  it('merges them without conflict markers', () => {
    const r = threeWayMerge('  a: 1,\n  b: 2,\n', '  a: 0,\n  b: 2,\n', '  a: 0,\n  x: 9,\n  b: 2,\n');
    expect(r).toEqual({ text: '  a: 1,\n  x: 9,\n  b: 2,\n', conflicts: 0 });
  });
  it('still reports a real conflict', () => {
    const r = threeWayMerge('  a: 1,\n', '  a: 0,\n', '  a: 2,\n');
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< your edit');
  });
});
