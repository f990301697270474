// The "plain random generation" side shared by bench/schedule-bench.mjs and
// bench/real-bugs-bench.mjs: draw `randomArbitrary(rng, 4096)` from the target's own derived
// mutator, run the target's test on it, until it throws — no coverage, no pool, no mutation. It
// is what the engine's schedule has to beat. Targets load in this process through the workers'
// TypeScript loader (uninstrumented), with the rng of the runtime they import (src/).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const RANDOM_BUDGET = 4096;

/** { load(file, exportName), createRng(seed) }: the in-process loader and the targets' rng */
export async function randomSide() {
  const { loadTargetInProcess } = await import(pathToFileURL(join(root, 'dist/fuzz/main/load-in-process.js')).href);
  // registers the loader, so the runtime under src/ (what targets import) can be imported next
  await loadTargetInProcess(join(root, 'test/fuzz/targets/simple.ts'), 'clean');
  const { createRng } = await import(pathToFileURL(join(root, 'src/runtime/core/rng.ts')).href);
  return { load: loadTargetInProcess, createRng };
}

/** one seed: iterations and seconds until the test throws, bounded by `cap` draws and `seconds` */
export async function randomRun(side, file, exportName, seed, seconds, cap) {
  const target = await side.load(file, exportName);
  const rng = side.createRng(seed);
  const stop = performance.now() + seconds * 1000;
  const t0 = performance.now();
  for (let i = 1; i <= cap; i++) {
    const { value } = target.mutator.randomArbitrary(rng, RANDOM_BUDGET);
    try {
      const r = target.test(value);
      if (r && typeof r.then === 'function') await r;
    } catch {
      return { found: true, iterations: i, seconds: (performance.now() - t0) / 1000 };
    }
    if ((i & 1023) === 0 && performance.now() > stop) return { found: false, iterations: i, seconds: (performance.now() - t0) / 1000 };
  }
  return { found: false, iterations: cap, seconds: (performance.now() - t0) / 1000 };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
