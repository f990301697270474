// `npm run bench` (after `npm run build`): runs the runtime bench, then the fuzz and swarm benches
// when their files exist (bench/fuzz-bench.mjs `runFuzzBench()`, bench/real-bugs-bench.mjs `runRealBugsBench()`, bench/swarm-bench.mjs
// `runSwarmBench()`, bench/peers-throughput.mjs `runPeersThroughput()`, bench/union-floor.mjs `runUnionFloor()`, bench/codegen-bench.mjs `runCodegenBench()`; each returns markdown, or { markdown } / { title, markdown }), prints one
// markdown report and writes bench/results.md and bench/chart.svg.
// BENCH_TIME=ms sets the time per measured task (default 500, in 5 interleaved rounds).
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chartSvg } from './chart.mjs';
import { runRuntimeBench, runtimeMarkdown } from './runtime-bench.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);

async function optionalSection(file, fn, fallbackTitle) {
  if (!existsSync(here(file))) return null;
  try {
    const mod = await import(pathToFileURL(here(file)).href);
    if (typeof mod[fn] !== 'function') return `## ${fallbackTitle}\n\n(${file} has no ${fn}() export)`;
    const r = await mod[fn]();
    const md = typeof r === 'string' ? r : r?.markdown ?? '';
    return `## ${r?.title ?? fallbackTitle}\n\n${md.trim()}`;
  } catch (e) {
    return `## ${fallbackTitle}\n\n(failed: ${e.message})`;
  }
}

async function main() {
  if (!existsSync(here('./typia/random.mjs'))) {
    log('generating typia.random functions (bench/typia/build.mjs)');
    (await import('./typia/build.mjs')).buildTypia();
  }
  const started = Date.now();
  const time = Number(process.env.BENCH_TIME ?? 500);
  const rows = await runRuntimeBench({ time, log });
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const machine = `${cpu}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}, Node ${process.versions.node}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const sections = [`Measured ${date} on ${machine}; fast-check ${(await import('fast-check')).default.__version}, typia 12.2.1, tinybench, ${time} ms per task.`, '', runtimeMarkdown(rows)];
  for (const [file, fn, title] of [['./fuzz-bench.mjs', 'runFuzzBench', 'Fuzz engine'], ['./schedule-bench.mjs', 'runScheduleBench', 'Fuzz engine: schedule against plain generation'], ['./real-bugs-bench.mjs', 'runRealBugsBench', 'Fuzz engine: real npm bugs'], ['./swarm-bench.mjs', 'runSwarmBench', 'Swarm generation'], ['./union-floor.mjs', 'runUnionFloor', 'Union: how close to the floor'], ['./codegen-bench.mjs', 'runCodegenBench', 'Codegen'], ['./jazzer-bench.mjs', 'runJazzerBench', 'Jazzer.js through derive-mutators/jazzer'], ['./calls-bench.mjs', 'runCallsBench', 'Fuzz a class'], ['./peers-throughput.mjs', 'runPeersThroughput', 'Throughput against the peer fuzzers']]) {
    const s = await optionalSection(file, fn, title);
    if (s !== null) sections.push('', s);
  }
  const report = `${sections.join('\n')}\n\n_Whole bench: ${((Date.now() - started) / 1000).toFixed(0)} s._\n`;
  writeFileSync(here('./results.md'), report);
  writeFileSync(here('./chart.svg'), chartSvg(rows, `Seeded generation, MB/s of JSON (log scale) — ${date}`));
  process.stdout.write(report);
}

await main();
