/** The status line printed about once a second: every number named, so it reads without a legend. */
import type { EngineStats } from '../engine/engine.js';

function si(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : String(Math.round(n));
}

/** `5.1M execs, 214k exec/s, pool 37, cov 120/480 edges, budget 64, 12s`; edges per worker: [covered, total] */
export function statusLine(all: EngineStats[], mode: string, edges: Array<[number, number]> = []): string {
  const iterations = all.reduce((s, x) => s + x.iterations, 0);
  const seconds = Math.max(...all.map((x) => x.seconds), 0.001);
  const pool = Math.max(...all.map((x) => x.poolSize));
  const covered = Math.max(0, ...edges.map((e) => e[0]));
  const total = Math.max(0, ...edges.map((e) => e[1]));
  const cplx = Math.max(...all.map((x) => x.budget));
  if (mode === 'minify') return `minify: ${si(iterations)} tries, complexity ${cplx.toFixed(1)}, ${seconds.toFixed(0)}s`;
  return `${si(iterations)} execs, ${si(iterations / seconds)} exec/s, pool ${pool}, cov ${covered}/${total} edges, budget ${Math.round(cplx)}, ${seconds.toFixed(0)}s${all.length > 1 ? `, jobs ${all.length}` : ''}`;
}
