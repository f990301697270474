/** Turns parsed flags into DeriveOptions, reporting every usage error (exit 2) at once. */
import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import { Codes } from './codes.js';
import type { DeriveOptions } from './derive.js';
import { absolute } from './paths.js';

export interface RawFlags {
  out?: string;
  project?: string;
  check?: boolean;
  watch?: boolean;
  force?: boolean;
  quiet?: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function resolveOptions(files: string[], flags: RawFlags, cwd: string): Promise<{ options: DeriveOptions & { watch: boolean }; usage: Diagnostic[] }> {
  const usage: Diagnostic[] = [];
  if (files.length === 0) {
    usage.push({ code: Codes.noInputFiles, severity: 'error', message: 'no input files', hint: 'Usage: derive-mutators <files...> [--out dir] [--project tsconfig.json] [--check] [--watch] [--force] [--quiet]' });
  }
  const inputs = [...new Set(files.map((f) => absolute(cwd, f)))];
  for (const file of new Set(files)) {
    if (!(await isFile(absolute(cwd, file)))) {
      usage.push({ code: Codes.inputNotFound, severity: 'error', file, message: 'input file not found', hint: 'Check the path; it is resolved against the current folder.' });
    }
  }
  const project = flags.project === undefined ? undefined : absolute(cwd, flags.project);
  if (project !== undefined && !(await isFile(project))) {
    usage.push({ code: Codes.projectNotFound, severity: 'error', file: flags.project!, message: '--project names a tsconfig that does not exist', hint: 'Pass the path of an existing tsconfig.json, or leave --project out.' });
  }
  for (const [a, b] of [['check', 'watch'], ['check', 'force']] as const) {
    if (flags[a] && flags[b]) usage.push({ code: Codes.conflictingFlags, severity: 'error', message: `--${a} cannot be combined with --${b}`, hint: '--check only compares and writes nothing.' });
  }
  return {
    options: {
      files: inputs, out: absolute(cwd, flags.out ?? 'generated'), ...(project ? { project } : {}),
      check: !!flags.check, force: !!flags.force, quiet: !!flags.quiet, watch: !!flags.watch,
    },
    usage,
  };
}
