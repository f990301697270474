// Fuzz engine bench (after `npm run build`): execs/s on a trivial target with and without
// instrumentation, and iterations/seconds to find each seeded bug of examples/ — the engine
// (coverage + comparison feedback) against fast-check's fc.check with equivalent arbitraries.
// `node bench/fuzz-bench.mjs` prints markdown; bench/run.mjs calls runFuzzBench().
// FUZZ_BENCH_SEEDS=n seeds per bug (default 3); FUZZ_BENCH_FC_RUNS caps fast-check (default 1e6).
import { register } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const log = (s) => process.stderr.write(`${s}\n`);

let tsReady = false;
/** lets this process import the TypeScript examples (for the fast-check side) */
async function enableTs() {
  if (tsReady) return;
  const { bootstrapUrl, loaderPaths } = await import(dist('fuzz/worker/loader/bootstrap.js'));
  register(bootstrapUrl(loaderPaths()));
  tsReady = true;
}

const COLORS = ['red', 'green', 'blue', 'yellow'];
const i32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const shape = fc.oneof(
  fc.record({ kind: fc.constant('circle'), radius: fc.double() }),
  fc.record({ kind: fc.constant('square'), side: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ kind: fc.constant('line') }),
);
const cell = fc.record({ color: fc.constantFrom(...COLORS), shape, weight: i32, flag: fc.boolean() });

const bugs = [
  {
    name: 'nested-enum (7 nested conditions)',
    target: 'examples/nested-enum/fuzz.ts',
    maxIterations: 2_000_000,
    fastCheck: async () => {
      const { render } = await import(pathToFileURL(join(root, 'examples/nested-enum/render.ts')).href);
      return fc.property(fc.array(cell), (d) => void render(d));
    },
  },
  {
    name: 'parser ([server] port > 0xffff)',
    target: 'examples/parser/fuzz.ts',
    maxIterations: 4_000_000,
    fastCheck: async () => {
      const { parse, ParseError } = await import(pathToFileURL(join(root, 'examples/parser/parse.ts')).href);
      return fc.property(fc.array(fc.string({ maxLength: 24 }), { maxLength: 8 }), (lines) => {
        try {
          parse(lines);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
      });
    },
  },
  {
    name: 'wasm-api (5-call slot-reuse sequence)',
    target: 'examples/wasm-api/fuzz.ts',
    maxIterations: 1_000_000,
    // no hand-written fast-check equivalent of the sequence mutator: its own generator, through
    // the fast-check interop, without coverage feedback
    fastCheck: async () => {
      const { mutators } = await import(pathToFileURL(join(root, 'generated/examples/wasm-api/types.mutators.ts')).href);
      const { run } = await import(pathToFileURL(join(root, 'examples/wasm-api/engine.ts')).href);
      const { toArbitrary } = await import(dist('interop/fast-check.js'));
      return fc.property(toArbitrary(mutators.ApiCalls()), (input) => void run(input));
    },
  },
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function throughput(fuzz, instrument) {
  const artifacts = mkdtempSync(join(tmpdir(), 'dm-bench-'));
  const r = await fuzz({ target: join(root, 'test/fuzz/targets/simple.ts'), export: 'clean', seed: 1, maxIterations: 3_000_000, instrument, artifacts, corpus: false }).finally(() => rmSync(artifacts, { recursive: true, force: true }));
  return r.execsPerSecond;
}

async function engineRuns(fuzz, bug, seeds) {
  const out = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const artifacts = mkdtempSync(join(tmpdir(), 'dm-bench-'));
    const r = await fuzz({ target: join(root, bug.target), seed, maxIterations: bug.maxIterations, maxTime: 60, artifacts, corpus: false }).finally(() => rmSync(artifacts, { recursive: true, force: true }));
    out.push({ found: r.status === 'failed', iterations: r.iterations, seconds: r.seconds });
    log(`  engine seed ${seed}: ${r.status} after ${r.iterations} iterations, ${r.seconds}s`);
  }
  return out;
}

async function fastCheckRuns(bug, seeds, cap) {
  await enableTs();
  const prop = await bug.fastCheck();
  const out = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const t0 = performance.now();
    const r = fc.check(prop, { seed, numRuns: cap, endOnFailure: true });
    const seconds = (performance.now() - t0) / 1000;
    out.push({ found: r.failed, iterations: r.failed ? r.numRuns : cap, seconds });
    log(`  fast-check seed ${seed}: ${r.failed ? 'failed' : 'passed'} after ${r.failed ? r.numRuns : cap} runs, ${seconds.toFixed(2)}s`);
  }
  return out;
}

function cell3(runs) {
  const found = runs.filter((r) => r.found).length;
  const it = median(runs.map((r) => (r.found ? r.iterations : Infinity)));
  const secs = median(runs.map((r) => (r.found ? r.seconds : Infinity)));
  const fmt = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : `> budget`);
  return { found: `${found}/${runs.length}`, iterations: Number.isFinite(it) ? String(it) : `> ${Math.max(...runs.map((r) => r.iterations))}`, seconds: fmt(secs, 2) };
}

/** runs everything; resolves to { title, markdown, rows } */
export async function runFuzzBench() {
  const { fuzz } = await import(dist('fuzz/index.js'));
  const seeds = Number(process.env.FUZZ_BENCH_SEEDS ?? 3);
  const cap = Number(process.env.FUZZ_BENCH_FC_RUNS ?? 1_000_000);
  const rows = [];
  log('fuzz bench: throughput');
  const plain = await throughput(fuzz, false);
  const inst = await throughput(fuzz, true);
  rows.push({ kind: 'throughput', target: 'trivial (integer, one comparison)', uninstrumented: plain, instrumented: inst });
  for (const bug of bugs) {
    log(`fuzz bench: ${bug.name}`);
    const engine = cell3(await engineRuns(fuzz, bug, seeds));
    const fast = cell3(await fastCheckRuns(bug, seeds, cap));
    rows.push({ kind: 'bug', bug: bug.name, engine, fastCheck: fast });
  }
  const lines = [
    `Execs/s on a trivial target (one worker): **${plain.toLocaleString('en')}** uninstrumented, **${inst.toLocaleString('en')}** instrumented.`,
    '',
    `Iterations (median over ${seeds} seeds) until the seeded bug is found; fast-check: \`fc.check\` with equivalent arbitraries, at most ${cap.toLocaleString('en')} runs.`,
    '',
    '| bug | engine found | engine iterations | engine s | fast-check found | fast-check runs | fast-check s |',
    '|---|---|---|---|---|---|---|',
    ...rows.filter((r) => r.kind === 'bug').map((r) => `| ${r.bug} | ${r.engine.found} | ${r.engine.iterations} | ${r.engine.seconds} | ${r.fastCheck.found} | ${r.fastCheck.iterations} | ${r.fastCheck.seconds} |`),
  ];
  return { title: 'Fuzz engine', markdown: lines.join('\n'), rows };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runFuzzBench();
  process.stdout.write(`${r.markdown}\n`);
}
