#!/usr/bin/env node
/**
 * The `derive-mutators` bin. `derive-mutators <files...>` derives mutators; `fuzz`, `minify`
 * and `read` are subcommands registered by the fuzz engine. `main` runs in-process for tests and
 * returns the exit code: 0 success, 1 diagnostics or merge conflicts, 2 bad usage.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { formatDiagnostic } from '../model/diagnostic.js';
import { Codes } from './codes.js';
import { runDerive } from './derive.js';
import { registerCorpusCommands } from './corpus-commands.js';
import { registerFuzzCommands } from './fuzz-commands.js';
import { registerInitCommands } from './init-command.js';
import { loadGenerate, type GenerateFn } from './generator.js';
import { processIo, type CliIo } from './io.js';
import { resolveOptions, type RawFlags } from './options.js';
import { describeError } from './report.js';
import { runWatch } from './watch.js';

export interface CliDeps {
  /** the codegen API; defaults to src/codegen.ts, loaded on first use */
  generate?: GenerateFn;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function buildProgram(io: CliIo, derive: (files: string[], flags: RawFlags) => Promise<void>): Command {
  const program = new Command('derive-mutators')
    .description('Derive structure-aware fuzzing mutators and serializers from TypeScript types')
    .usage('<files...> [options]')
    .version(version())
    .argument('[files...]', 'TypeScript files whose exported types get mutators')
    .option('--out <dir>', 'output folder', 'generated')
    .option('--project <tsconfig>', 'tsconfig.json to compile the inputs with')
    .option('--check', 'write nothing; exit 1 when an output is missing or stale (for CI)')
    .option('--watch', 'regenerate whenever an input changes')
    .option('--force', 'overwrite hand edits, listing what was discarded')
    .option('--quiet', 'print diagnostics only, no progress lines')
    .action(derive);
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout(s.replace(/\n$/, '')), writeErr: (s) => io.stderr(s.replace(/\n$/, '')), outputError: () => {} });
  registerFuzzCommands(program);
  registerCorpusCommands(program);
  registerInitCommands(program);
  const override = (cmd: Command): void => {
    for (const sub of cmd.commands) {
      sub.exitOverride().configureOutput(program.configureOutput());
      override(sub);
    }
  };
  override(program);
  return program;
}

export async function main(argv: readonly string[], io: CliIo = processIo(), deps: CliDeps = {}): Promise<number> {
  let exitCode: number | undefined;
  const derive = async (files: string[], flags: RawFlags): Promise<void> => {
    const { options, usage } = await resolveOptions(files, flags, io.cwd);
    if (usage.length) {
      usage.forEach((d) => io.stderr(formatDiagnostic(d)));
      exitCode = 2;
      return;
    }
    const generate = deps.generate ?? (await loadGenerate());
    exitCode = options.watch ? await runWatch(options, io, generate) : (await runDerive(options, io, generate)).exitCode;
  };
  try {
    await buildProgram(io, derive).parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      io.stderr(formatDiagnostic({
        code: Codes.unknownOption, severity: 'error',
        message: err.message.replace(/^error: /, ''),
        hint: 'Run derive-mutators --help for the flags.',
      }));
      return 2;
    }
    io.stderr(formatDiagnostic({
      code: Codes.codegenFailed, severity: 'error', message: `internal error: ${describeError(err)}`,
      hint: 'Please report this (set DERIVE_MUTATORS_DEBUG=1 for a stack trace).',
    }));
    if (process.env.DERIVE_MUTATORS_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack);
    return 1;
  }
  // subcommands registered by the fuzz engine report through process.exitCode
  return exitCode ?? (typeof process.exitCode === 'number' ? process.exitCode : 0);
}

function isBin(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isBin()) {
  const controller = new AbortController();
  // under --watch, Ctrl-C stops the watcher cleanly; otherwise it keeps its default meaning
  if (process.argv.includes('--watch')) {
    process.once('SIGINT', () => {
      controller.abort();
      process.once('SIGINT', () => process.exit(130)); // a second Ctrl-C does not wait
    });
  }
  process.exitCode = await main(process.argv.slice(2), processIo(controller.signal));
}
