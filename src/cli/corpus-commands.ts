/**
 * `corpus export <corpus> <target> <dir>` and `corpus import <dir> <target> <corpus>`: corpora
 * both ways between our engine and libFuzzer-style engines (Jazzer.js, ClusterFuzzLite,
 * OSS-Fuzz). Exit 0 when the conversion ran (files that could not be converted are listed and
 * skipped), 2 when it could not start (no target, unreadable folder).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { relative } from 'node:path';
import { loadTargetInProcess } from '../fuzz/main/load-in-process.js';
import { exportCorpus, importCorpus, type ExchangeResult } from '../fuzz/store/corpus-exchange.js';
import { writeDictionary } from '../fuzz/store/dictionary-export.js';
import type { AnyMutator } from '../runtime/core/mutator.js';
import { FuzzStartError } from '../fuzz/options.js';

interface Flags {
  export?: string;
  dict?: string;
  maxBytes?: number;
  maxComplexity?: number;
  artifacts?: string;
  json?: boolean;
}

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);
const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') ? p : r;
};

function positive(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError(`expects a positive number, got '${v}'`);
  return n;
}

function report(r: ExchangeResult, f: Flags, verb: string, dest: string): void {
  if (f.json) {
    out(JSON.stringify({ status: 'done', ...r }));
    return;
  }
  out(`${verb} ${r.written.length} input${r.written.length === 1 ? '' : 's'} to ${rel(dest)}${r.existing > 0 ? ` (${r.existing} there already)` : ''}`);
  for (const a of r.artifacts) out(`artifact: ${rel(a.file)} (from ${rel(a.from)})\nreplay:   ${a.replay}`);
  if (r.skipped.length > 0) {
    err(`skipped ${r.skipped.length}:`);
    for (const s of r.skipped) err(`  ${rel(s.file)}: ${s.reason}`);
  }
}

async function guarded(f: Flags, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    process.exitCode = 0;
  } catch (e) {
    const message = e instanceof FuzzStartError || e instanceof Error ? e.message : String(e);
    const code = e instanceof FuzzStartError ? e.code : undefined;
    const hint = e instanceof FuzzStartError ? e.hint : undefined;
    if (f.json) out(JSON.stringify({ status: 'error', message, ...(code ? { code } : {}) }));
    err(`error${code ? ` ${code}` : ''}: ${message}${hint ? `\n  ${hint}` : ''}`);
    if (!(e instanceof FuzzStartError) && process.env.DERIVE_MUTATORS_DEBUG && e instanceof Error) err(e.stack ?? '');
    process.exitCode = 2;
  }
}

export function registerCorpusCommands(program: Command): void {
  const corpus = program.command('corpus').description('exchange corpora with libFuzzer-style engines (Jazzer.js, ClusterFuzzLite, OSS-Fuzz)');
  corpus
    .command('export <corpus> <target> <dir>')
    .description('write each corpus file as the bytes fromBytes decodes to it (libFuzzer corpus files, SHA-1 names)')
    .option('--export <name>', 'the export holding the fuzz target (default: the default export)')
    .option('--max-complexity <c>', 'the bound the byte-driven side decodes under (default 4096)', positive)
    .option('--max-bytes <n>', 'skip inputs whose bytes are longer than n, and pass libFuzzer -max_len=n with the corpus (default: no limit)', positive)
    .option('--dict <file>', "also write a libFuzzer dictionary (-dict=) of the constants the target's code compares against, as the byte layout writes them")
    .option('--json', 'print one JSON result object')
    .action((dir: string, target: string, dest: string, f: Flags) =>
      guarded(f, async () => {
        const t = await loadTargetInProcess(target, f.export);
        report(exportCorpus(t, dir, dest, f.maxComplexity ?? 4096, f.maxBytes ?? Infinity), f, 'exported', dest);
        if (f.maxBytes !== undefined && !f.json) out(`(inputs of at most ${f.maxBytes} bytes: pass -max_len=${f.maxBytes} to libFuzzer with this corpus)`);
        if (f.dict !== undefined) {
          const n = writeDictionary(target, t.mutator as AnyMutator<unknown>, f.dict);
          if (!f.json) out(`wrote ${n} dictionary words to ${rel(f.dict)}`);
        }
      }),
    );
  corpus
    .command('import <dir> <target> <corpus>')
    .description('turn libFuzzer inputs into corpus files, and crash-/timeout-/oom- files into artifacts that `read` replays')
    .option('--export <name>', 'the export holding the fuzz target (default: the default export)')
    .option('--artifacts <dir>', 'where imported crash files go', 'fuzz-artifacts')
    .option('--max-complexity <c>', 'the bound the byte-driven side decoded under (default 4096)', positive)
    .option('--json', 'print one JSON result object')
    .action((dir: string, target: string, dest: string, f: Flags) =>
      guarded(f, async () => {
        const t = await loadTargetInProcess(target, f.export);
        const r = importCorpus(t, dir, dest, f.artifacts ?? 'fuzz-artifacts', { maxComplexity: f.maxComplexity ?? 4096, targetPath: target, exportName: f.export });
        report(r, f, 'imported', dest);
      }),
    );
}
