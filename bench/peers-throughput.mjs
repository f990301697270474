// Execs/s on a trivial target, in one run: our engine (instrumented and not) on
// test/fuzz/targets/simple.ts `clean` (an integer mutator and one comparison), Jazzer.js `--sync`
// on a no-op `fuzz(data)` and on the same integer mutator through `fromBytes`, and jsfuzz on a
// no-op. The peers need ../shared/peers (setup.sh, as root); a missing one is a row that says so.
// PEERS_SECONDS=s per run (default 10). Run alone: node bench/peers-throughput.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const peers = join(repo, '../shared/peers');
const log = (s) => process.stderr.write(`${s}\n`);
const jazzerReady = () => existsSync('/opt/trixie/opt/jazzer/node_modules/@jazzer.js/core/dist/cli.js') && existsSync(join(peers, 'jazzer.sh')) && process.getuid?.() === 0;
const jsfuzzReady = () => existsSync('/tmp/peers/jsfuzz/node_modules/jsfuzz/build/src/index.js') && existsSync(join(peers, 'jsfuzz.sh'));

async function ours(instrument, seconds) {
  const { fuzz } = await import(pathToFileURL(join(repo, 'dist/fuzz/index.js')).href);
  const artifacts = mkdtempSync(join(tmpdir(), 'dm-peers-'));
  try {
    const r = await fuzz({ target: join(repo, 'test/fuzz/targets/simple.ts'), export: 'clean', seed: 1, maxTime: seconds, instrument, artifacts, corpus: false });
    return { execs: r.iterations, perSecond: r.execsPerSecond };
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}

function jazzer(wrapper, seconds) {
  const r = spawnSync('bash', [join(peers, 'jazzer.sh'), repo, wrapper, '--sync', `-max_total_time=${seconds}`, '-print_final_stats=1'], { cwd: repo, encoding: 'utf8', timeout: (seconds + 90) * 1000 });
  const out = `${r.stdout}${r.stderr}`;
  const execs = Number(/stat::number_of_executed_units:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  const rate = Number(/stat::average_exec_per_sec:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  return { execs, perSecond: Number.isFinite(rate) ? rate : execs / seconds };
}

function jsfuzz(seconds) {
  const dir = mkdtempSync(join(tmpdir(), 'dm-peers-jsfuzz-'));
  try {
    writeFileSync(join(dir, 'noop.js'), 'module.exports.fuzz = function fuzz(buf) { return buf.length < 0; };\n');
    const r = spawnSync('bash', [join(peers, 'jsfuzz.sh'), dir, 'noop.js', `-max_total_time=${seconds}`, '-seed=1'], { encoding: 'utf8', timeout: (seconds + 60) * 1000 });
    const m = /jsfuzz\.sh: (\d+) execs in ([\d.]+) s/.exec(`${r.stdout}${r.stderr}`);
    return m ? { execs: Number(m[1]), perSecond: Number(m[1]) / Number(m[2]) } : { execs: NaN, perSecond: NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPeersThroughput() {
  const seconds = Number(process.env.PEERS_SECONDS ?? 10);
  const rows = [];
  log('peers throughput: ours, uninstrumented');
  rows.push(['derive-mutators engine, uninstrumented (integer mutator, one comparison)', await ours(false, seconds)]);
  log('peers throughput: ours, instrumented');
  rows.push(['derive-mutators engine, instrumented (same target)', await ours(true, seconds)]);
  if (jazzerReady()) {
    const wrappers = join(repo, '.bench-peers');
    mkdirSync(wrappers, { recursive: true });
    try {
      writeFileSync(join(wrappers, 'noop.mjs'), 'export function fuzz(data) { return data.length < 0; }\n');
      writeFileSync(join(wrappers, 'ints.mjs'), "import { fromBytes, integer } from '../dist/index.js';\nconst ints = integer({ min: 0, max: 1000 });\nexport function fuzz(data) { if (fromBytes(ints, data) < 0) throw new Error('impossible'); }\n");
      log('peers throughput: Jazzer.js, no-op');
      rows.push(['Jazzer.js 4.0 `--sync`, no-op `fuzz(data)`', jazzer('.bench-peers/noop.mjs', seconds)]);
      log('peers throughput: Jazzer.js, fromBytes');
      rows.push(['Jazzer.js 4.0 `--sync`, the same integer mutator through `fromBytes`', jazzer('.bench-peers/ints.mjs', seconds)]);
    } finally {
      rmSync(wrappers, { recursive: true, force: true });
    }
  } else rows.push(['Jazzer.js', null]);
  if (jsfuzzReady()) {
    log('peers throughput: jsfuzz, no-op');
    rows.push(['jsfuzz 1.0.15, no-op `fuzz(buf)` (instruments what it loads)', jsfuzz(seconds)]);
  } else rows.push(['jsfuzz', null]);
  const fmt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
  const base = rows[1][1].perSecond;
  const table = ['| fuzzer and target | execs/s | ours instrumented ÷ it |', '|---|---:|---:|'];
  for (const [what, r] of rows) table.push(r === null ? `| ${what} | (not set up: ../shared/peers/setup.sh) | |` : `| ${what} | ${fmt(r.perSecond)} | ${(base / r.perSecond).toFixed(2)}× |`);
  return { title: 'Throughput against the peer fuzzers', markdown: `One process each, ${seconds} s per run, one after another on a shared 2-core machine.\n\n${table.join('\n')}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runPeersThroughput();
  process.stdout.write(`## ${r.title}\n\n${r.markdown}\n`);
}
