/** The comparison hooks beyond `===`: semantics kept, hits scored, container keys harvested once. */
import { describe, expect, test } from 'vitest';
import { instrumentSource } from '../../src/fuzz/worker/instrument/transform.js';
import { FuzzRuntime } from '../../src/fuzz/worker/instrument/runtime.js';
import { regexExample, regexFragments } from '../../src/fuzz/worker/instrument/regex-fragments.js';

/** instruments a script (no imports/exports) and returns its function `f` bound to a fresh runtime */
function load(src: string): { f: (...a: any[]) => any; rt: FuzzRuntime; literals: Array<string | number> } {
  const state: { counterBase: number; counters: number; siteBase: number; sites: number; literals?: Array<string | number> } = { counterBase: 0, counters: 0, siteBase: 0, sites: 0 };
  const js = instrumentSource(src, 'snippet.ts', state).replace(/\/\/# sourceMappingURL.*$/m, '');
  const rt = new FuzzRuntime();
  const g = globalThis as { __dmFuzz?: FuzzRuntime };
  const saved = g.__dmFuzz;
  g.__dmFuzz = rt;
  try {
    return { f: new Function(`${js}\nreturn f;`)() as (...a: any[]) => any, rt, literals: state.literals ?? [] };
  } finally {
    g.__dmFuzz = saved;
  }
}

/** runs f with sampling on, as the engine does every 64th execution */
function sampled<T>(rt: FuzzRuntime, run: () => T): T {
  rt.collect = true;
  try {
    return run();
  } finally {
    rt.collect = false;
  }
}

describe('comparison hooks', () => {
  test('switch cases are compared with the discriminant; semantics and fall-through kept', () => {
    const { f, rt, literals } = load(`function f(x: string) { let s = ''; switch (x) { case 'SAVE10': s += 'a'; case 'HALF': s += 'b'; break; default: s += 'd'; } return s; }`);
    expect([f('SAVE10'), f('HALF'), f('other')]).toEqual(['ab', 'b', 'd']);
    expect(literals).toEqual(expect.arrayContaining(['SAVE10', 'HALF']));
    rt.scores.fill(0);
    f('SAVE1');
    expect(Math.max(...rt.scores.subarray(0, 4))).toBeGreaterThan(10); // 'SAVE1' is close to 'SAVE10'
  });

  test('Object.hasOwn, in, hasOwnProperty and Map/Set lookups keep their results and score hits', () => {
    const { f, rt } = load(`const T = { A1: 1, B2: 2 }; const M = new Map([['k1', 1]]); const S = new Set([7]);
      function f(k: any) { return [Object.hasOwn(T, k), k in T, T.hasOwnProperty(k), Object.prototype.hasOwnProperty.call(T, k), M.get(k), M.has(k), S.has(k), new Map([['z', 2]]).get(k)]; }`);
    expect(f('A1')).toEqual([true, true, true, true, undefined, false, false, undefined]);
    expect(f('k1')).toEqual([false, false, false, false, 1, true, false, undefined]);
    expect(f(7)).toEqual([false, false, false, false, undefined, false, true, undefined]);
    expect(f('z')[7]).toBe(2);
    expect(f('toString')[1]).toBe(true); // `in` sees inherited names, as before
    rt.scores.fill(0);
    f('nothing');
    const missed = Array.from(rt.scores.subarray(0, rt.usedSites));
    f('A1');
    expect(Array.from(rt.scores.subarray(0, rt.usedSites)).filter((s, i) => s > missed[i]!).length).toBeGreaterThanOrEqual(4);
  });

  test('a constant container is harvested on the second sample, once; containers built from the input are not', () => {
    const { f, rt } = load(`const T = { SPRING24: 1, XMAS99: 2 }; function f(k: string, own: Record<string, number>) { return (T[k] ?? 0) + (own[k] ?? 0) + (['STAFF', 'PARTNER'].includes(k) ? 1 : 0); }`);
    f('x', { a1: 1 }); // not sampled: nothing harvested
    expect(rt.literals).toEqual([]);
    sampled(rt, () => f('x', { first: 1 }));
    expect(rt.literals).toEqual([]);
    sampled(rt, () => f('y', { second: 2 }));
    expect(rt.literals).toEqual(expect.arrayContaining(['SPRING24', 'XMAS99', 'STAFF', 'PARTNER']));
    expect(rt.literals).not.toContain('first');
    expect(rt.literals).not.toContain('second');
    const n = rt.literals.length;
    sampled(rt, () => f('z', { third: 3 }));
    sampled(rt, () => f('w', { fourth: 4 }));
    expect(rt.literals.length).toBe(n); // the array literal rebuilt per call is taken once
  });

  test('computed reads and writes keep `this` and assignment targets', () => {
    const { f } = load(`function f(k: string) { const h: any = { run() { return this === h; } }; const t: any = {}; t[k] = 1; t[k]++; const got = h[k === 'x' ? 'run' : k](); delete t[k]; return [got, k in t]; }`);
    expect(f('run')).toEqual([true, false]);
    expect(f('x')).toEqual([true, false]);
  });

  test('parsing hooks keep results and errors and score how far a parse got', () => {
    const { f, rt } = load(`function f(s: any) { return [Number(s), parseInt(s, 16), parseFloat(s), Number.parseInt(s), (() => { try { return JSON.parse(s); } catch (e) { return (e as Error).name; } })()]; }`);
    expect(f('12')).toEqual([12, 18, 12, 12, 12]);
    expect(f('ff')).toEqual([NaN, 255, NaN, NaN, 'SyntaxError']);
    expect(f(7)).toEqual([7, 7, 7, 7, 7]);
    rt.scores.fill(0);
    f('{"a": 1');
    const short = Math.max(...rt.scores.subarray(0, rt.usedSites));
    rt.scores.fill(0);
    f('{"a": 1}');
    expect(Math.max(...rt.scores.subarray(0, rt.usedSites))).toBeGreaterThan(short);
  });

  test('localeCompare and array includes/indexOf are hooked; string hooks unchanged', () => {
    const { f, rt, literals } = load(`function f(s: string) { return [s.localeCompare('WINTER'), ['A', 'B'].indexOf(s), [1, 2].includes(s as any), s.startsWith('ab')]; }`);
    expect(f('WINTER')).toEqual([0, -1, false, false]);
    expect(f('B')).toEqual(['B'.localeCompare('WINTER'), 1, false, false]);
    expect(literals).toEqual(expect.arrayContaining(['WINTER', 'ab']));
    rt.scores.fill(0);
    f('WINTE');
    expect(rt.scores[0]).toBeGreaterThan(10);
  });

  test('RegExp literals give their fragments and an example match to the static dictionary', () => {
    const { f, literals } = load(`function f(s: string) { return /^promo-(spring|autumn)$/.test(s) || new RegExp('^v\\\\d+-beta').test(s); }`);
    expect(f('promo-spring')).toBe(true);
    expect(literals).toEqual(expect.arrayContaining(['promo-', 'spring', 'autumn', 'promo-spring', '-beta', 'v0-beta']));
    for (const r of [/^v(\d+)\.(alpha|beta)$/, /[a-z]+@(?:x|y)\.com/, /a(b(c|d)|e)f?g{2}/, /\bword\b/]) expect(r.test(regexExample(r.source)!)).toBe(true);
    expect(regexExample('(a)\\1')).toBeUndefined();
    expect(regexFragments('ab?cd*ef')).toEqual(['ef', 'acef']); // b and d are optional: no run holds them
  });
});
