import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/model/ir.js';
import { normaliseUnion } from '../../src/model/normalise.js';
import { printNode } from '../../src/model/print.js';

const str: Node = { kind: 'string', constraints: {} };
const num: Node = { kind: 'number', integer: false, constraints: {} };
const lit = (v: string): Node => ({ kind: 'constant', value: v });

describe('normaliseUnion', () => {
  it('flattens nested unions and merges literals into one literals member', () => {
    const inner: Node = { kind: 'union', members: [{ node: num }, { node: lit('b') }] };
    expect(printNode(normaliseUnion([{ node: lit('a') }, { node: inner }, { node: lit('a') }]))).toBe('union(("a" | "b") | number)');
  });
  it('lifts undefined and null into optional(nullable(...)) and unwraps a single member', () => {
    expect(printNode(normaliseUnion([{ node: { kind: 'undefined' } }, { node: str }, { node: { kind: 'constant', value: null } }]))).toBe('optional(nullable(string))');
  });
  it('drops never members; all never stays never', () => {
    expect(printNode(normaliseUnion([{ node: { kind: 'never' } }, { node: str }]))).toBe('string');
    expect(normaliseUnion([{ node: { kind: 'never' } }]).kind).toBe('never');
  });
  it('keeps weighted members apart and keeps the discriminant', () => {
    const n = normaliseUnion([{ node: lit('a'), weight: 2 }, { node: lit('b') }, { node: str }], 'kind');
    expect(printNode(n)).toBe('union[kind]("a" @weight 2 | "b" | string)');
  });
  it('a single literal becomes a constant; enum flags survive the merge', () => {
    expect(normaliseUnion([{ node: { kind: 'constant', value: 1, enum: true } }, { node: { kind: 'constant', value: 2 } }])).toEqual({ kind: 'literals', values: [1, 2], enum: true });
    expect(normaliseUnion([{ node: lit('x') }, { node: lit('x') }])).toEqual({ kind: 'constant', value: 'x' });
  });
});

describe('normaliseUnion dedupe', () => {
  it('collapses members with the same model (T[] and readonly T[])', () => {
    const arr: Node = { kind: 'array', element: str, constraints: {} };
    expect(printNode(normaliseUnion([{ node: arr }, { node: num }, { node: structuredClone(arr) }]))).toBe('union(string[] | number)');
  });
});
