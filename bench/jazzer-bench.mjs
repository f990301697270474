// Jazzer.js through derive-mutators/jazzer on the three examples, and the nested-enum example from
// an empty corpus against a corpus exported from our engine (`corpus export`). Needs the peer
// chroot of ../shared/peers (setup.sh, as root); skipped with a message when it is absent. Never
// part of `npm test` or CI. Executions are counted by libFuzzer; JAZZER_SECONDS caps each run
// (default 60), JAZZER_SEEDS the seeds (default 3), JAZZER_ENGINE_ITERATIONS the engine run the
// corpus is exported from (default 4000, before the engine itself reaches the bug: ~6k since its
// warm-up), JAZZER_EXAMPLES which examples run from an empty corpus (default all three, comma-
// separated); each also gets a row from empty with the dictionary `corpus export --dict` writes for
// it (JAZZER_DICT_ONLY=1: only that row). JAZZER_CORPUS_ROWS=0 skips the nested-enum corpus rows. The exported corpus comes with that
// dictionary too, and is exported with `--max-bytes JAZZER_MAX_BYTES` (default 128, 0 for
// no limit) and run with the same -max_len. Run alone: node bench/jazzer-bench.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const jazzerSh = join(repo, '../shared/peers/jazzer.sh');
const ready = () => existsSync('/opt/trixie/opt/jazzer/node_modules/@jazzer.js/core/dist/cli.js') && existsSync(jazzerSh) && process.getuid?.() === 0;
const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function jazzerRun(wrapper, example, seed, seconds, corpus, dict, maxLen) {
  // the bug detectors off: a finding is the example's own bug, not (as on parser) Jazzer.js's
  // prototype-pollution detector flagging a `[__proto__]` section
  const args = [jazzerSh, repo, wrapper, '--sync', `--includes=examples/${example}`, '--disable_bug_detectors=.*', ...(corpus ? [corpus] : []), `-max_total_time=${seconds}`, `-seed=${seed}`, '-print_final_stats=1', ...(dict ? [`-dict=${dict}`] : []), ...(maxLen ? [`-max_len=${maxLen}`] : [])];
  const r = spawnSync('bash', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--import ${join(repo, 'dist/interop/register.js')}` }, timeout: (seconds + 90) * 1000 });
  const out = `${r.stdout}${r.stderr}`;
  const stat = /stat::number_of_executed_units:\s+(\d+)/.exec(out);
  const lines = [...out.matchAll(/^#(\d+)\s/gm)];
  const execs = stat ? Number(stat[1]) : lines.length ? Number(lines.at(-1)[1]) : NaN;
  const cov = [...out.matchAll(/cov: (\d+)/g)].map((m) => Number(m[1]));
  return { found: r.status === 77, execs, cov: cov.length ? Math.max(...cov) : 0 };
}

/** the dictionary `corpus export --dict` writes for `example`'s target (from an empty corpus) */
function exportedDictionary(example) {
  const dir = mkdtempSync(join(tmpdir(), 'dm-bench-dict-'));
  mkdirSync(join(dir, 'corpus'));
  const dict = join(dir, 'target.dict');
  const r = spawnSync(process.execPath, [join(repo, 'dist/cli/main.js'), 'corpus', 'export', join(dir, 'corpus'), join(repo, `examples/${example}/fuzz.ts`), join(dir, 'bytes'), '--dict', dict], { encoding: 'utf8' });
  if (!existsSync(dict)) {
    log(`no dictionary for ${example}: ${r.stdout}${r.stderr}`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return { dir, dict, words: readFileSync(dict, 'utf8').split('\n').filter((l) => /^kw\d+=/.test(l)).length };
}

function engineCorpus(example, seed, iterations, maxBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'dm-bench-corpus-'));
  const corpus = join(dir, 'corpus');
  const target = join(repo, `examples/${example}/fuzz.ts`);
  spawnSync(process.execPath, [join(repo, 'dist/cli/main.js'), 'fuzz', target, '--corpus', corpus, '--max-iterations', String(iterations), '--seed', String(seed), '--artifacts', join(dir, 'art')], { encoding: 'utf8' });
  // only inputs that did not fail: a corpus of a run that found the bug would hand the bug over
  // with the dictionary of the constants the target compares against (Jazzer.js does not trace `=== -1234567`)
  spawnSync(process.execPath, [join(repo, 'dist/cli/main.js'), 'corpus', 'export', corpus, target, join(dir, 'bytes'), '--dict', join(dir, 'target.dict'), ...(maxBytes ? ['--max-bytes', String(maxBytes)] : [])], { encoding: 'utf8' });
  return { dir, bytes: join(dir, 'bytes'), dict: join(dir, 'target.dict'), files: existsSync(join(dir, 'bytes')) ? readdirSync(join(dir, 'bytes')).length : 0 };
}

export async function runJazzerBench() {
  const title = 'Jazzer.js through derive-mutators/jazzer';
  if (!ready()) return { title, markdown: '(skipped: the Jazzer.js peer chroot of ../shared/peers is not set up, or not running as root)' };
  const seconds = Number(process.env.JAZZER_SECONDS ?? 60);
  const seeds = Array.from({ length: Number(process.env.JAZZER_SEEDS ?? 3) }, (_, i) => i + 1);
  const wrappers = join(repo, '.bench-jazzer');
  mkdirSync(wrappers, { recursive: true });
  const rows = [];
  try {
    for (const ex of ['nested-enum', 'parser', 'wasm-api']) writeFileSync(join(wrappers, `${ex}.mjs`), `import * as target from '../examples/${ex}/fuzz.ts';\nimport { jazzer } from '../dist/interop/jazzer.js';\nexport const fuzz = jazzer(target);\n`);
    for (const ex of (process.env.JAZZER_EXAMPLES ?? 'nested-enum,parser,wasm-api').split(',').filter(Boolean)) {
      writeFileSync(join(wrappers, `${ex}.mjs`), `import * as target from '../examples/${ex}/fuzz.ts';\nimport { jazzer } from '../dist/interop/jazzer.js';\nexport const fuzz = jazzer(target);\n`);
      if (process.env.JAZZER_DICT_ONLY !== '1') {
        const runs = seeds.map((s) => (log(`jazzer ${ex} seed ${s}`), jazzerRun(`.bench-jazzer/${ex}.mjs`, ex, s, seconds)));
        rows.push({ what: `${ex}, empty corpus`, runs });
      }
      // the same from empty, with the dictionary `corpus export --dict` writes for this target
      const d = exportedDictionary(ex);
      if (d !== undefined) {
        const dictRuns = seeds.map((s) => (log(`jazzer ${ex} seed ${s}, empty corpus, the exported dictionary`), jazzerRun(`.bench-jazzer/${ex}.mjs`, ex, s, seconds, undefined, d.dict)));
        rows.push({ what: `${ex}, empty corpus, exported dictionary (${d.words} words)`, runs: dictRuns });
        rmSync(d.dir, { recursive: true, force: true });
      }
    }
    if (process.env.JAZZER_CORPUS_ROWS === '0') return finish(rows, seconds, seeds, title, wrappers);
    // the engine's corpus before it reaches the bug, and the dictionary `corpus export --dict`
    // writes beside it (the same for every seed: the target's constants), also from empty
    const engineIterations = Number(process.env.JAZZER_ENGINE_ITERATIONS ?? 4000);
    // as the README says to: `corpus export --max-bytes N` and libFuzzer's -max_len=N with that
    // corpus (JAZZER_MAX_BYTES, default 128; 0 exports everything and leaves -max_len unset)
    const maxBytes = Number(process.env.JAZZER_MAX_BYTES ?? 128);
    const runs = [];
    for (const s of seeds) {
      const c = engineCorpus('nested-enum', s, engineIterations, maxBytes);
      const seedCopy = join(c.dir, 'jazzer-corpus');
      spawnSync('cp', ['-r', c.bytes, seedCopy]);
      const dict = existsSync(c.dict) ? c.dict : undefined;
      log(`jazzer nested-enum seed ${s} from ${c.files} exported inputs and the dictionary`);
      runs.push(jazzerRun('.bench-jazzer/nested-enum.mjs', 'nested-enum', s, seconds, seedCopy, dict, maxBytes));
      rmSync(c.dir, { recursive: true, force: true });
    }
    rows.push({ what: `nested-enum, corpus exported from ${engineIterations.toLocaleString('en-US')} engine iterations, and its dictionary${maxBytes ? ` (\`--max-bytes ${maxBytes}\`, \`-max_len=${maxBytes}\`)` : ''}`, runs });
  } finally {
    rmSync(wrappers, { recursive: true, force: true });
  }
  return finish(rows, seconds, seeds, title, wrappers);
}

function finish(rows, seconds, seeds, title, wrappers) {
  rmSync(wrappers, { recursive: true, force: true });
  const fmt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
  const table = ['| target | found | median executions (to the bug, else run length) | median max cov | per seed (* found) |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const found = r.runs.filter((x) => x.found);
    table.push(`| ${r.what} | ${found.length}/${r.runs.length} | ${fmt(median((found.length ? found : r.runs).map((x) => x.execs)))}${found.length ? '' : ' (not found)'} | ${fmt(median(r.runs.map((x) => x.cov)))} | ${r.runs.map((x) => `${fmt(x.execs)}${x.found ? '*' : ''}`).join(', ')} |`);
  }
  const markdown = `Jazzer.js 4.0 (\`--sync\`, instrumenting only the example's folder, ${seconds} s per run, seeds ${seeds.join(', ')}), each example's own fuzz target through \`jazzer(target)\` and the TypeScript loader \`derive-mutators/register\`. The machine is shared, so executions, not seconds, are the figure to compare.\n\n${table.join('\n')}`;
  return { title, markdown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runJazzerBench();
  process.stdout.write(`## ${r.title}\n\n${r.markdown}\n`);
}
