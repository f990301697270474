// `@calls` bench (after `npm run build`): an API whose bug needs a particular order of calls
// (examples/wasm-api's Engine: moduleNew, instanceNew, moduleDrop, moduleNew, callExportedFunc on
// the old instance). The engine over the harness derived from `@calls` (examples/wasm-api/fuzz.ts)
// against fast-check's fc.commands written by hand for the same class (bench/calls/engine-commands.ts):
// iterations and seconds to the bug, medians over seeds, and the lines of harness code in each.
// `node bench/calls-bench.mjs` prints markdown; bench/run.mjs calls runCallsBench().
// CALLS_BENCH_SEEDS=n (default 5); CALLS_BENCH_CAP caps iterations/runs (default 200000).
import { register } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const log = (s) => process.stderr.write(`${s}\n`);

/** lines of code: not blank, not only a comment */
function loc(file) {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(l)).length;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cell(runs, cap) {
  const found = runs.filter((r) => r.found).length;
  const it = median(runs.map((r) => (r.found ? r.iterations : Infinity)));
  const s = median(runs.map((r) => (r.found ? r.seconds : Infinity)));
  return { found: `${found}/${runs.length}`, iterations: Number.isFinite(it) ? String(it) : `> ${cap}`, seconds: Number.isFinite(s) ? s.toFixed(2) : '> budget' };
}

export async function runCallsBench() {
  const seeds = Number(process.env.CALLS_BENCH_SEEDS ?? 5);
  const cap = Number(process.env.CALLS_BENCH_CAP ?? 200_000);
  const { fuzz } = await import(dist('fuzz/index.js'));
  const engine = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const artifacts = mkdtempSync(join(tmpdir(), 'dm-calls-bench-'));
    const r = await fuzz({ target: join(root, 'examples/wasm-api/fuzz.ts'), seed, maxIterations: cap, maxTime: 120, artifacts, corpus: false });
    rmSync(artifacts, { recursive: true, force: true });
    engine.push({ found: r.status === 'failed', iterations: r.iterations, seconds: r.seconds });
    log(`  derived harness, seed ${seed}: ${r.status} after ${r.iterations} iterations, ${r.seconds}s`);
  }
  const { bootstrapUrl, loaderPaths } = await import(dist('fuzz/worker/loader/bootstrap.js'));
  register(bootstrapUrl(loaderPaths()));
  const { property } = await import(pathToFileURL(join(root, 'bench/calls/engine-commands.ts')).href);
  const fast = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const t0 = performance.now();
    const r = fc.check(property, { seed, numRuns: cap, endOnFailure: true });
    const seconds = (performance.now() - t0) / 1000;
    fast.push({ found: r.failed, iterations: r.failed ? r.numRuns : cap, seconds });
    log(`  fc.commands, seed ${seed}: ${r.failed ? 'failed' : 'passed'} after ${r.failed ? r.numRuns : cap} runs, ${seconds.toFixed(2)}s`);
  }
  const e = cell(engine, cap);
  const f = cell(fast, cap);
  // the derived side: the target file plus the tags written on the class (@calls, two @drops)
  const derivedLines = loc('examples/wasm-api/fuzz.ts') + 3;
  const handLines = loc('bench/calls/engine-commands.ts');
  const lines = [
    `examples/wasm-api's Engine (bug: moduleNew, instanceNew, moduleDrop, moduleNew, callExportedFunc on the old instance). Medians over ${seeds} seeds, at most ${cap.toLocaleString('en')} iterations/runs; seconds include the fuzzer's worker start.`,
    '',
    '| harness | lines a user writes | found | iterations | seconds |',
    '|---|---:|---|---:|---:|',
    `| derived from \`@calls\` (engine, examples/wasm-api/fuzz.ts + 3 tags) | ${derivedLines} | ${e.found} | ${e.iterations} | ${e.seconds} |`,
    `| fast-check \`fc.commands\` by hand (\`fc.check\`, bench/calls/engine-commands.ts) | ${handLines} | ${f.found} | ${f.iterations} | ${f.seconds} |`,
  ];
  return { title: 'Fuzz a class: derived harness vs fc.commands', markdown: lines.join('\n'), engine, fast, derivedLines, handLines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runCallsBench();
  process.stdout.write(`${r.markdown}\n`);
}
