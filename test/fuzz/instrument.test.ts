/** The instrumentation pass: edges counted, comparisons scored and collected, loops bounded. */
import { describe, expect, test } from 'vitest';
import { instrumentSource } from '../../src/fuzz/worker/instrument/transform.js';
import { FuzzRuntime, closeness } from '../../src/fuzz/worker/instrument/runtime.js';

/** instruments a script (no imports/exports) and returns its function `f` bound to a fresh runtime */
function load(src: string): { f: (...a: unknown[]) => unknown; rt: FuzzRuntime; state: { counters: number; sites: number } } {
  const state = { counterBase: 0, counters: 0, siteBase: 0, sites: 0 };
  const js = instrumentSource(src, 'snippet.ts', state).replace(/\/\/# sourceMappingURL.*$/m, '');
  const rt = new FuzzRuntime();
  const g = globalThis as { __dmFuzz?: FuzzRuntime };
  const saved = g.__dmFuzz;
  g.__dmFuzz = rt;
  try {
    const f = new Function(`${js}\nreturn f;`)() as (...a: unknown[]) => unknown;
    return { f, rt, state };
  } finally {
    g.__dmFuzz = saved;
  }
}

function hits(rt: FuzzRuntime, n: number): number[] {
  return Array.from(rt.counters.subarray(0, n));
}

describe('instrumentation', () => {
  test('counts each edge: function entry, both arms of if, &&, ?:, loop bodies', () => {
    const { f, rt, state } = load(`function f(x: number, ys: number[]): number {
      let s = 0;
      for (const y of ys) s += y > 2 ? 1 : 0;
      if (x > 10 && x < 20) return s;
      return -s;
    }`);
    expect(state.counters).toBeGreaterThanOrEqual(7);
    expect(rt.usedCounters).toBe(state.counters);
    f(15, [1, 5, 7]);
    const first = hits(rt, state.counters);
    expect(first.some((c) => c === 3)).toBe(true); // loop body ran three times
    rt.counters.fill(0);
    f(5, []);
    const second = hits(rt, state.counters);
    // a different path lights a different set of counters
    expect(second.map((c) => c > 0)).not.toEqual(first.map((c) => c > 0));
    expect(f(15, [5])).toBe(1); // semantics kept
    expect(f(30, [5])).toBe(-1);
  });

  test('comparisons keep their value, record closeness and collect operands', () => {
    const { f, rt } = load(`function f(s: string, n: number) { return s === 'magic' || n == 0x1234 || s.startsWith('ab'); }`);
    rt.collect = true;
    expect(f('mag', 1)).toBe(false);
    expect(f('abc', 1)).toBe(true);
    expect(f('x', 0x1234)).toBe(true);
    expect(rt.scores[0]).toBe(closeness('mag', 'magic'));
    expect(rt.operands).toContain('magic');
    expect(rt.operands).toContain(0x1234);
    expect(rt.literals).toEqual(expect.arrayContaining(['magic', 0x1234, 'ab']));
  });

  test('closer operands score higher', () => {
    expect(closeness('magic', 'magic')).toBe(255);
    expect(closeness('magi', 'magic')).toBeGreaterThan(closeness('ma', 'magic'));
    expect(closeness(4660, 4661)).toBeGreaterThan(closeness(4660, 99999));
    expect(closeness(65535, 65534)).toBeGreaterThan(closeness(65535, 1));
    expect(closeness(1, 'x')).toBe(0);
  });

  test('a synchronous infinite loop ends at the deadline', () => {
    const { f, rt } = load(`function f() { let i = 0; while (true) i++; }`);
    rt.timeoutMs = 50;
    rt.deadline = performance.now() + 50;
    const t0 = performance.now();
    expect(() => f()).toThrow(/timeout/);
    expect(rt.timedOut).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
