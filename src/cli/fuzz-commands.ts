/**
 * The `fuzz`, `minify` and `read` subcommands. They report through `process.exitCode`:
 * 0 passed, 1 failed (artifact written), 2 cannot start (bad target, flags or folders);
 * `minify`: 0 when it wrote a smaller failing input, 1 when it found none.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { fuzz, minify, replay } from '../fuzz/fuzz.js';
import { FuzzStartError, type FuzzOptions, type FuzzResult } from '../fuzz/options.js';
import { failureText, minimizedText } from '../fuzz/failure/report.js';

/** what commander parses: the API's options (the target is an argument) plus --json */
type Flags = Omit<FuzzOptions, 'target' | 'status' | 'regressionTest'> & { json?: boolean; test?: string | boolean };

function num(name: string, integer: boolean) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`${name} expects a non-negative ${integer ? 'integer' : 'number'}, got '${v}'`);
    }
    return n;
  };
}

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);

function toOptions(target: string, { json, test, ...flags }: Flags): FuzzOptions {
  return { ...flags, target, status: !json, ...(test === undefined ? {} : { regressionTest: test }) };
}

function print(r: FuzzResult, f: Flags, verb: string): void {
  if (f.json) out(JSON.stringify(r));
  else if (verb === 'minify' && r.failure) {
    if (r.minimized) err(`\nminify: ${minimizedText(r.minimized)}`);
    else err(`\nminify: no smaller input fails the same way (${r.iterations} tries, ${r.seconds}s); the input still fails:\n${failureText(r.failure)}`);
  } else if (r.status === 'failed' && r.failure) {
    err(`\n${verb}: ${r.failure.kind} after ${r.iterations} iterations (${r.seconds}s)`);
    err(failureText(r.failure));
    if (r.artifact) err(`artifact: ${r.artifact}`);
    if (r.failure.replay) err(`replay:   ${r.failure.replay}`);
    if (r.minimized) err(`\nminimized: ${minimizedText(r.minimized)}`);
    const test = r.minimized?.regressionTest ?? r.failure.regressionTest;
    if (test && verb === 'fuzz') err(`\nregression test (derive-mutators read --test writes it):\n${test}`);
  } else if (verb === 'read') out(`passed: the input no longer fails (${r.seconds}s)`);
  else out(`passed: ${r.iterations} iterations in ${r.seconds}s (${r.execsPerSecond} exec/s), corpus ${r.corpusSize}, coverage ${r.coverage}`);
  if (r.testFile && !f.json) err(`regression test written: ${r.testFile}`);
  const c = r.coverageReport;
  if (c && !f.json) err(`coverage: ${c.edges.covered}/${c.edges.total} edges in ${c.files} file${c.files === 1 ? '' : 's'}; ${c.html} (HTML), ${c.lcov} (lcov)`);
  // minify succeeds when it found a smaller failing input
  process.exitCode = verb === 'minify' ? (r.minimized ? 0 : 1) : r.status === 'failed' ? 1 : 0;
}

async function guarded(f: Flags, run: () => Promise<FuzzResult>, verb: string): Promise<void> {
  try {
    print(await run(), f, verb);
  } catch (e) {
    // every error before a result means the run could not start (or finish): exit 2
    const message = e instanceof FuzzStartError ? e.message : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    const code = e instanceof FuzzStartError ? e.code : undefined;
    const hint = e instanceof FuzzStartError ? e.hint : undefined;
    if (f.json) out(JSON.stringify({ status: 'error', message, ...(code ? { code } : {}) }));
    err(`error${code ? ` ${code}` : ''}: ${message}${hint ? `\n  ${hint}` : ''}`);
    process.exitCode = 2;
  }
}

function common(cmd: Command): Command {
  return cmd
    .option('--export <name>', 'the export holding the fuzz target (default: the default export)')
    .option('--seed <n>', 'random seed', num('--seed', true))
    .option('--artifacts <dir>', 'where failing inputs are written', 'fuzz-artifacts')
    .option('--timeout <ms>', 'per-input timeout in milliseconds', num('--timeout', false))
    .option('--max-memory <MB>', 'heap limit of the out-of-memory guard, in MB (default 2048)', num('--max-memory', false))
    .option('--json', 'print one JSON result object');
}

export function registerFuzzCommands(program: Command): void {
  common(program.command('fuzz <target>').description('coverage-guided fuzzing of a target module (default export: defineFuzzTarget(...))'))
    .option('--max-iterations <n>', 'stop after n executions', num('--max-iterations', true))
    .option('--max-time <s>', 'stop after s seconds', num('--max-time', false))
    .option('--corpus <dir>', 'corpus folder: read at start, extended with new inputs (default .fuzz-corpus/<target>/)')
    .option('--no-corpus', 'no corpus folder: start from nothing, keep nothing')
    .option('--max-complexity <c>', 'largest input complexity (default 4096)', num('--max-complexity', false))
    .option('--jobs <n>', 'worker threads sharing the corpus', num('--jobs', true))
    .option('--no-instrument', 'no coverage instrumentation (plain random mutation)')
    .option('--include <package-or-path>', 'instrument this dependency too (node_modules is not instrumented otherwise); repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--coverage [dir]', 'write what the pool reached as lcov.info and an HTML report (default folder fuzz-coverage)')
    .option('--minimize-time <s>', 'seconds to minimize a failure (default 10% of --max-time, 1 to 10; 0: off)', num('--minimize-time', false))
    .action((target: string, f: Flags) => guarded(f, () => fuzz(toOptions(target, f)), 'fuzz'));
  common(program.command('minify <artifact> <target>').description('search for a less complex input that fails the same way'))
    .option('--max-iterations <n>', 'stop after n attempts', num('--max-iterations', true))
    .option('--max-time <s>', 'stop after s seconds (default 30)', num('--max-time', false))
    .action((artifact: string, target: string, f: Flags) => guarded(f, () => minify(artifact, toOptions(target, f)), 'minify'));
  common(program.command('read <file> <target>').description('run the target once on an input file (replay an artifact)'))
    .option('--test [file]', 'also write a vitest regression test replaying the file (default: beside the target)')
    .action((file: string, target: string, f: Flags) => guarded(f, () => replay(file, toOptions(target, f)), 'read'));
}
