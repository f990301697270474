/**
 * `--coverage`, worker side: what the pool reached, as istanbul coverage data. Each pool input
 * is run once more with the counters cleared (the engine's own counts saturate and are reset per
 * execution), and every counter scores the number of pool inputs that reached it; the modules'
 * location tables (instrument/locations.ts) turn counters into istanbul's statements (every
 * counted region), functions and branches. The main thread merges the workers' data and writes
 * the reports (main/coverage-report.ts).
 */
import type { CoverageMapData, FileCoverageData, Range } from 'istanbul-lib-coverage';
import type { Executor } from './execute.js';
import type { FuzzRuntime, ModuleMap } from './instrument/runtime.js';
import { BRANCH_TYPES, PER_COUNTER, PER_GROUP, SITE } from './instrument/locations.js';

/** per counter, how many of `values` reached it */
export async function poolHits<T>(values: T[], exec: Executor<T>, rt: FuzzRuntime): Promise<Uint32Array> {
  const hits = new Uint32Array(rt.counters.length);
  for (const v of values) {
    rt.counters.fill(0, 0, rt.usedCounters);
    const r = exec.run(v);
    if (r instanceof Promise) await r;
    const c = rt.counters;
    for (let i = 0, n = rt.usedCounters; i < n; i++) if (c[i] !== 0) hits[i]!++;
  }
  return hits;
}

function range(xs: number[], at: number): Range {
  const line = (l: number): number => Math.max(1, l);
  return { start: { line: line(xs[at]!), column: xs[at + 1]! }, end: { line: line(xs[at + 2]!), column: xs[at + 3]! } };
}

function fileCoverage(m: ModuleMap, hits: Uint32Array): FileCoverageData {
  const fc: FileCoverageData = { path: m.file, statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
  const arms = new Map<number, Array<{ loc: Range; count: number }>>();
  for (let i = 0, k = 0; k < m.counters.length; i++, k += PER_COUNTER) {
    const [kind, group, arm] = [m.counters[k]!, m.counters[k + 1]!, m.counters[k + 2]!];
    const loc = range(m.counters, k + 3);
    const count = hits[m.base + i] ?? 0;
    fc.statementMap[i] = loc;
    fc.s[i] = count;
    if (kind === SITE.fn) {
      const id = Object.keys(fc.fnMap).length;
      fc.fnMap[id] = { name: m.names[group] ?? `(anonymous_${id})`, decl: loc, loc, line: loc.start.line };
      fc.f[id] = count;
    } else if (kind === SITE.arm) {
      const list = arms.get(group) ?? [];
      list[arm] = { loc, count };
      arms.set(group, list);
    }
  }
  let id = 0;
  for (const [g, list] of [...arms].sort((a, b) => a[0] - b[0])) {
    const present = list.filter((x) => x !== undefined);
    const at = g * PER_GROUP;
    const loc = range(m.groups, at + 1);
    fc.branchMap[id] = { type: BRANCH_TYPES[m.groups[at]!] ?? 'if', loc, locations: present.map((x) => x.loc), line: loc.start.line };
    fc.b[id] = present.map((x) => x.count);
    id++;
  }
  return fc;
}

/** istanbul data for every instrumented module */
export function coverageData(maps: ModuleMap[], hits: Uint32Array): CoverageMapData {
  const out: CoverageMapData = {};
  for (const m of maps) out[m.file] = fileCoverage(m, hits);
  return out;
}
