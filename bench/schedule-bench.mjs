// Schedule bench (after `npm run build`): per target, iterations until its bug is found by the
// engine (`fuzz()`, coverage + comparison feedback, the bandit schedule) and by plain random
// generation with the same derived mutators at the full budget (4096), medians over seeds, and
// their ratio. Targets: every example with a bug, a six-calls-on-one-handle protocol, and the
// cart reducer's bug behind Object.hasOwn, switch and a Map of codes.
// `node bench/schedule-bench.mjs` prints markdown; bench/run.mjs calls runScheduleBench().
// SCHEDULE_BENCH_SEEDS=n (default 5); SCHEDULE_BENCH_ONLY=substring picks targets;
// SCHEDULE_BENCH_TIME=s bounds each target-seed run (default 60); SCHEDULE_BENCH_SIDES=engine
// (or random) runs one side only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, RANDOM_BUDGET as BUDGET, randomRun, randomSide } from './random-side.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const log = (s) => process.stderr.write(`${s}\n`);

/** kind: deep/protocol targets aim at 1/3 of random's iterations, the others at random's */
const targets = [
  { name: 'nested-enum', target: 'examples/nested-enum/fuzz.ts', cap: 2_000_000, kind: 'deep' },
  { name: 'parser', target: 'examples/parser/fuzz.ts', cap: 2_000_000, kind: 'deep' },
  { name: 'wasm-api', target: 'examples/wasm-api/fuzz.ts', cap: 500_000, kind: 'protocol' },
  { name: 'job-queue', target: 'examples/job-queue/fuzz.ts', cap: 200_000, kind: 'protocol' },
  { name: 'handles (6 calls on one handle)', target: 'test/fuzz/targets/handles.ts', cap: 1_000_000, kind: 'protocol' },
  { name: 'cart: Object.hasOwn', target: 'test/fuzz/targets/cart.ts', export: 'hasOwn', cap: 1_000_000, kind: 'plain' },
  { name: 'cart: switch', target: 'test/fuzz/targets/cart.ts', export: 'switchCase', cap: 1_000_000, kind: 'plain' },
  { name: 'cart: Map of codes', target: 'test/fuzz/targets/cart.ts', export: 'mapGet', cap: 1_000_000, kind: 'plain' },
];

async function engineRun(fuzz, t, seed, seconds) {
  const artifacts = mkdtempSync(join(tmpdir(), 'dm-schedule-'));
  try {
    const r = await fuzz({ target: join(root, t.target), export: t.export, seed, maxIterations: t.cap, maxTime: seconds, minimizeTime: 0, artifacts, corpus: false });
    return { found: r.status === 'failed', iterations: r.iterations, seconds: r.seconds };
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}

function summary(runs) {
  if (runs.every((r) => Number.isNaN(r.iterations))) return { found: 0, n: 0, median: NaN, text: '(not run)' };
  const found = runs.filter((r) => r.found).length;
  const it = median(runs.map((r) => (r.found ? r.iterations : Infinity)));
  return { found, n: runs.length, median: it, text: Number.isFinite(it) ? String(it) : `> ${median(runs.map((r) => r.iterations))}` };
}

export async function runScheduleBench() {
  const seeds = Number(process.env.SCHEDULE_BENCH_SEEDS ?? 5);
  const seconds = Number(process.env.SCHEDULE_BENCH_TIME ?? 60);
  const only = process.env.SCHEDULE_BENCH_ONLY;
  const sides = process.env.SCHEDULE_BENCH_SIDES ?? 'engine,random';
  const skipped = { found: false, iterations: NaN, seconds: NaN };
  const { fuzz } = await import(dist('fuzz/index.js'));
  const side = await randomSide();
  const rows = [];
  for (const t of targets) {
    if (only !== undefined && !t.name.includes(only)) continue;
    const engine = [];
    const random = [];
    for (let seed = 1; seed <= seeds; seed++) {
      engine.push(sides.includes('engine') ? await engineRun(fuzz, t, seed, seconds) : skipped);
      random.push(sides.includes('random') ? await randomRun(side, join(root, t.target), t.export, seed, seconds, t.cap) : skipped);
      log(`  ${t.name} seed ${seed}: engine ${engine.at(-1).found ? '' : 'not '}found at ${engine.at(-1).iterations}, random ${random.at(-1).found ? '' : 'not '}found at ${random.at(-1).iterations}`);
    }
    const e = summary(engine);
    const r = summary(random);
    const ratio = Number.isFinite(e.median) && Number.isFinite(r.median) ? (e.median / r.median).toFixed(2) : Number.isFinite(e.median) ? '< 1 (random: not found)' : 'engine not found';
    const goal = t.kind === 'plain' ? '≤ 1' : '≤ 1/3';
    rows.push({ ...t, engine: e, random: r, ratio, goal });
  }
  const lines = [
    `Iterations to the bug, median over ${seeds} seeds (each run bounded by ${seconds} s and the cap); random: \`randomArbitrary(rng, ${BUDGET})\` of the same derived mutator, run until it throws.`,
    '',
    '| target | engine found | engine median | random found | random median | engine / random | goal |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((x) => `| ${x.name} | ${x.engine.found}/${x.engine.n} | ${x.engine.text} | ${x.random.found}/${x.random.n} | ${x.random.text} | ${x.ratio} | ${x.goal} |`),
  ];
  return { title: 'Fuzz engine: schedule against plain generation', markdown: lines.join('\n'), rows };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runScheduleBench();
  process.stdout.write(`${r.markdown}\n`);
}
