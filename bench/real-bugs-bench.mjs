// Real npm bugs bench (after `npm run build`): for each target under bench/real/ (a published
// bug in a pinned, buggy version of an npm package), iterations and seconds until the bug is
// found, medians over seeds, by (a) the engine (`fuzz()`, the package instrumented through
// `include`, no corpus), (b) plain random generation with the same derived mutators at budget
// 4096 (bench/random-side.mjs, as the schedule bench), (c) fast-check `fc.check` — the runner of
// `fc.assert`, reporting instead of throwing — over `toArbitrary(mutator)` (its default budget).
// Every failure the engine reports is replayed: its artifact is decoded through the target's
// serializer; the test must throw on it again, and pass on it with the fixed version.
// `node bench/real-bugs-bench.mjs` prints markdown and refreshes its section of bench/results.md
// (not with REAL_BENCH_ONLY); bench/run.mjs calls runRealBugsBench().
// REAL_BENCH_SEEDS=n (default 5); REAL_BENCH_TIME=s bounds each run of each side (default 60);
// REAL_BENCH_ONLY=substring picks targets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { median, RANDOM_BUDGET, randomRun, randomSide } from './random-side.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const log = (s) => process.stderr.write(`${s}\n`);
const CAP = 5_000_000;

const targets = [
  { name: 'minimist 1.2.5: constructor path pollutes', dir: 'minimist', include: 'minimist-buggy' },
  { name: 'flat 5.0.0: unflatten __proto__', dir: 'flat', include: 'flat-buggy' },
  { name: 'ini 1.3.5: [__proto__] section', dir: 'ini', include: 'ini-buggy' },
  { name: 'dot-prop 4.2.0: set __proto__', dir: 'dot-prop', include: 'dot-prop-buggy' },
  { name: 'json5 2.2.1: "__proto__" member vs JSON.parse', dir: 'json5', include: 'json5-buggy' },
  { name: 'semver 7.3.4: subset with prereleases', dir: 'semver', include: 'semver-buggy' },
  { name: 'yaml 1.1.0: stringify/parse round trip', dir: 'yaml', include: 'yaml-buggy' },
  { name: 'lru_map 0.3.2: delete vs a model', dir: 'lru-map', include: 'lru-map-buggy' },
];

const file = (t) => join(root, 'bench/real', t.dir, 'fuzz.ts');

async function engineRun(fuzz, replayOk, t, seed, seconds) {
  const artifacts = mkdtempSync(join(tmpdir(), 'dm-real-'));
  try {
    const r = await fuzz({ target: file(t), include: [t.include], seed, maxIterations: CAP, maxTime: seconds, minimizeTime: 0, artifacts, corpus: false });
    const found = r.status === 'failed';
    const replayed = found && r.artifact !== null ? await replayOk(t, r.artifact) : false;
    return { found, iterations: r.iterations, seconds: r.seconds, replayed, message: r.failure?.message.split('\n')[0] };
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}

async function fastCheckRun(side, toArbitrary, t, seed, seconds) {
  const target = await side.load(file(t), undefined);
  const t0 = performance.now();
  const r = fc.check(fc.property(toArbitrary(target.mutator), (v) => void target.test(v)), { seed, numRuns: CAP, endOnFailure: true, interruptAfterTimeLimit: seconds * 1000 });
  return { found: r.failed, iterations: r.numRuns, seconds: (performance.now() - t0) / 1000 };
}

function cell(runs) {
  const found = runs.filter((r) => r.found).length;
  const it = median(runs.map((r) => (r.found ? r.iterations : Infinity)));
  const s = median(runs.map((r) => (r.found ? r.seconds : Infinity)));
  return { found, n: runs.length, iterations: it, text: Number.isFinite(it) ? String(it) : `> ${median(runs.map((r) => r.iterations))}`, seconds: Number.isFinite(s) ? s.toFixed(2) : `> ${median(runs.map((r) => r.seconds)).toFixed(0)}` };
}

export async function runRealBugsBench() {
  const seeds = Number(process.env.REAL_BENCH_SEEDS ?? 5);
  const seconds = Number(process.env.REAL_BENCH_TIME ?? 60);
  const only = process.env.REAL_BENCH_ONLY;
  const { fuzz } = await import(dist('fuzz/index.js'));
  const { toArbitrary } = await import(dist('interop/fast-check.js'));
  const { readValue } = await import(dist('index.js'));
  const side = await randomSide();
  const fails = async (target, value) => {
    try {
      await target.test(value);
      return false;
    } catch {
      return true;
    }
  };
  // the artifact fails the buggy version again, and passes the fixed one (it is the pinned bug)
  const replayOk = async (t, artifact) => {
    const buggy = await side.load(file(t), undefined);
    const read = readValue(buggy.serializer, readFileSync(artifact));
    return read !== undefined && (await fails(buggy, read.value)) && !(await fails(await side.load(file(t), 'fixed'), read.value));
  };
  const rows = [];
  for (const t of targets) {
    if (only !== undefined && !t.name.includes(only) && !t.dir.includes(only)) continue;
    const engine = [];
    const random = [];
    const fast = [];
    for (let seed = 1; seed <= seeds; seed++) {
      engine.push(await engineRun(fuzz, replayOk, t, seed, seconds));
      random.push(await randomRun(side, file(t), undefined, seed, seconds, CAP));
      fast.push(await fastCheckRun(side, toArbitrary, t, seed, seconds));
      const say = (r) => `${r.found ? '' : 'not '}found at ${r.iterations} (${r.seconds.toFixed(2)} s)`;
      log(`  ${t.dir} seed ${seed}: engine ${say(engine.at(-1))}${engine.at(-1).found ? (engine.at(-1).replayed ? ', replays (fixed passes)' : ', DOES NOT REPLAY or fails the fixed version') : ''}; random ${say(random.at(-1))}; fast-check ${say(fast.at(-1))}`);
    }
    const e = cell(engine);
    const r = cell(random);
    const f = cell(fast);
    const ratio = Number.isFinite(e.iterations) && Number.isFinite(r.iterations) ? (e.iterations / r.iterations).toFixed(2) : Number.isFinite(e.iterations) ? '< 1 (random: not found)' : Number.isFinite(r.iterations) ? '> 1 (engine: not found)' : 'neither found';
    const replayed = engine.filter((x) => x.replayed).length;
    rows.push({ ...t, engine: e, random: r, fastCheck: f, ratio, replayed, messages: [...new Set(engine.map((x) => x.message).filter(Boolean))] });
  }
  const lines = [
    `Published bugs in pinned npm versions (bench/real/). Per side, found/seeds and the medians over ${seeds} seeds of iterations and seconds to the bug (a run not found counts as infinite; \`>\` gives the median reached). Each run is bounded by ${seconds} s and ${CAP.toLocaleString('en')} iterations. Engine: \`fuzz()\` with the package in \`include\`, no corpus, one worker; random: \`randomArbitrary(rng, ${RANDOM_BUDGET})\` of the same derived mutator; fast-check: \`fc.check\` over \`toArbitrary(mutator)\` (default budget 256), no shrinking. Replayed: engine failures whose artifact fails the test again and passes with the fixed version.`,
    '',
    '| bug | engine found | engine iterations | engine s | replayed | random found | random iterations | random s | fast-check found | fast-check runs | fast-check s | engine ÷ random (iterations) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((x) => `| ${x.name} | ${x.engine.found}/${x.engine.n} | ${x.engine.text} | ${x.engine.seconds} | ${x.replayed}/${x.engine.found} | ${x.random.found}/${x.random.n} | ${x.random.text} | ${x.random.seconds} | ${x.fastCheck.found}/${x.fastCheck.n} | ${x.fastCheck.text} | ${x.fastCheck.seconds} | ${x.ratio} |`),
  ];
  return { title: 'Fuzz engine: real npm bugs', markdown: lines.join('\n'), rows };
}

/** replaces this bench's section of bench/results.md (or appends it), as a standalone run */
function refreshResults(r) {
  const results = join(root, 'bench/results.md');
  const env = ['REAL_BENCH_SEEDS', 'REAL_BENCH_TIME', 'REAL_BENCH_ONLY'].filter((k) => process.env[k] !== undefined).map((k) => `${k}=${process.env[k]} `).join('');
  const when = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const section = `## ${r.title}\n\n_Measured ${when} alone (\`${env}node bench/real-bugs-bench.mjs\`); the rest of this file comes from other runs._\n\n${r.markdown}\n`;
  const text = readFileSync(results, 'utf8');
  const start = text.indexOf(`## ${r.title}\n`);
  if (start === -1) return writeFileSync(results, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf('\n## ', start + 1);
  writeFileSync(results, `${text.slice(0, start)}${section}${next === -1 ? '' : text.slice(next)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runRealBugsBench();
  process.stdout.write(`${r.markdown}\n`);
  if (process.env.REAL_BENCH_ONLY === undefined) refreshResults(r);
}
