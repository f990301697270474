/**
 * Finds how a pattern tree derives a string (a backtracking match, as RegExp.test would find
 * somewhere in the string) and returns the spans of its character sets, repetitions and chosen
 * alternatives, so a mutation can regenerate one sub-part. Bounded work: pathological inputs
 * give up (undefined) instead of hanging.
 */
import type { Node } from './parse.js';

export interface Span {
  node: Node;
  start: number;
  end: number;
}

const MAX_STEPS = 20000;
const ABORT = new Error('derive: too many steps');

function inSet(r: readonly number[], c: number): boolean {
  for (let i = 0; i < r.length; i += 2) if (c >= r[i]! && c <= r[i + 1]!) return true;
  return false;
}

export function derive(root: Node, s: string): Span[] | undefined {
  const spans: Span[] = [];
  let steps = 0;
  const open = (n: Node, pos: number): Span => {
    const span = { node: n, start: pos, end: pos };
    spans.push(span);
    return span;
  };
  const m = (n: Node, pos: number, k: (p: number) => boolean): boolean => {
    if (++steps > MAX_STEPS) throw ABORT;
    switch (n.t) {
      case 'lit': return s.startsWith(n.s, pos) && k(pos + n.s.length);
      case 'anchor': return (n.end ? pos === s.length : pos === 0) && k(pos);
      case 'set': {
        if (pos >= s.length || !inSet(n.r, s.charCodeAt(pos))) return false;
        const mark = spans.length;
        open(n, pos).end = pos + 1;
        if (k(pos + 1)) return true;
        spans.length = mark;
        return false;
      }
      case 'seq': {
        const go = (i: number, p: number): boolean => (i === n.items.length ? k(p) : m(n.items[i]!, p, (q) => go(i + 1, q)));
        return go(0, pos);
      }
      case 'alt': {
        for (const o of n.opts) {
          const mark = spans.length;
          const span = open(n, pos);
          if (m(o, pos, (q) => { span.end = q; return k(q); })) return true;
          spans.length = mark;
        }
        return false;
      }
      case 'rep': {
        const mark = spans.length;
        const span = open(n, pos);
        const go = (count: number, p: number): boolean => {
          if (count < n.max && m(n.n, p, (q) => (q !== p || count < n.min) && go(count + 1, q))) return true;
          if (count < n.min) return false;
          span.end = p;
          return k(p);
        };
        if (go(0, pos)) return true;
        spans.length = mark;
        return false;
      }
    }
  };
  try {
    for (let start = 0; start <= s.length; start++) {
      spans.length = 0;
      if (m(root, start, () => true)) return spans;
    }
  } catch (e) {
    if (e !== ABORT && !(e instanceof RangeError)) throw e;
  }
  return undefined;
}
