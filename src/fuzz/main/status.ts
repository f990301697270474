/** The status line printed about once a second. */
import type { EngineStats } from '../engine/engine.js';

function si(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : String(Math.round(n));
}

export function statusLine(all: EngineStats[], mode: string): string {
  const iterations = all.reduce((s, x) => s + x.iterations, 0);
  const seconds = Math.max(...all.map((x) => x.seconds), 0.001);
  const pool = Math.max(...all.map((x) => x.poolSize));
  const cov = Math.max(...all.map((x) => x.coverage));
  const cplx = Math.max(...all.map((x) => x.budget));
  if (mode === 'minify') return `minify #${si(iterations)} complexity ${cplx.toFixed(1)} ${seconds.toFixed(0)}s`;
  return `#${si(iterations)} exec/s ${si(iterations / seconds)} pool ${pool} cov ${cov} cplx ${cplx.toFixed(1)} ${seconds.toFixed(0)}s${all.length > 1 ? ` jobs ${all.length}` : ''}`;
}
