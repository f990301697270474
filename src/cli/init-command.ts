/**
 * `derive-mutators init oss-fuzz <targets...>`: writes the planned files (init-oss-fuzz.ts).
 * Exit 0 written (or already identical), 1 when an existing file differs and --force was not
 * given (nothing is written then), 2 when a target cannot be loaded.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { makeDirsSync } from '../fuzz/store/dirs.js';
import { planOssFuzz } from './init-oss-fuzz.js';

interface Flags {
  project?: string;
  tsconfig?: string;
  force?: boolean;
}

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const warn = (s: string): void => void process.stderr.write(`${s}\n`);

async function initOssFuzz(targets: string[], f: Flags): Promise<number> {
  const root = process.cwd();
  let plan;
  try {
    plan = await planOssFuzz(root, targets, f);
  } catch (e) {
    warn(`error: ${(e as Error).message}`);
    warn('hint: each target is a module whose default export is defineFuzzTarget({ mutator, serializer, test })');
    return 2;
  }
  const differing = plan.filter((p) => existsSync(join(root, p.path)) && readFileSync(join(root, p.path), 'utf8') !== p.content);
  if (differing.length > 0 && !f.force) {
    warn(`error: ${differing.length} file${differing.length === 1 ? '' : 's'} exist${differing.length === 1 ? 's' : ''} with other content (nothing written):`);
    for (const p of differing) warn(`  ${p.path}`);
    warn('hint: move them away (or pass --force to overwrite them) and run init again');
    return 1;
  }
  for (const p of plan) {
    const file = join(root, p.path);
    const same = existsSync(file) && readFileSync(file, 'utf8') === p.content;
    if (!same) {
      makeDirsSync(dirname(file));
      writeFileSync(file, p.content);
    }
    if (p.executable) chmodSync(file, 0o755);
    say(`${same ? 'unchanged' : differing.some((d) => d.path === p.path) ? 'overwrote' : 'wrote'}  ${p.path}`);
  }
  say('next: commit .clusterfuzzlite/ and the workflow; add .clusterfuzzlite/build/ to .gitignore (build.sh writes it)');
  return 0;
}

export function registerInitCommands(program: Command): void {
  const init = program.command('init').description('write configuration for other fuzzing infrastructure');
  init
    .command('oss-fuzz <targets...>')
    .description('ClusterFuzzLite / OSS-Fuzz files (.clusterfuzzlite/, a PR workflow) running the fuzz targets under Jazzer.js')
    .option('--project <name>', "project name in the build image (default: package.json's name)")
    .option('--tsconfig <file>', 'tsconfig that compiles the TypeScript targets (default: tsconfig.json)')
    .option('--force', 'overwrite files that exist with other content')
    .action(async (targets: string[], _f: Flags, cmd: Command) => {
      // --force is also the top-level flag of derive: read it wherever commander put it
      process.exitCode = await initOssFuzz(targets, cmd.optsWithGlobals<Flags>());
    });
}
