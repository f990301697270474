/** The derive command: generate, merge with what is on disk, then write (or, with --check, compare). */
import type { Diagnostic } from '../model/diagnostic.js';
import { Codes } from './codes.js';
import type { GenerateFn } from './generator.js';
import type { CliIo } from './io.js';
import { planOutput, summarize, type FilePlan } from './plan.js';
import { count, describeError, Reporter } from './report.js';
import { writeAll, type PlannedWrite } from './write.js';
import { display } from './paths.js';

export interface DeriveOptions {
  /** absolute paths of the input files */
  files: string[];
  /** absolute output folder */
  out: string;
  /** absolute path of the tsconfig */
  project?: string;
  check: boolean;
  force: boolean;
  quiet: boolean;
}

export interface DeriveRun {
  exitCode: number;
  /** outputs written (or, with --check, stale) */
  changed: number;
  outputs: number;
  reporter: Reporter;
  /** the project files the analysis read (inputs and what they import), when the generator says */
  sources: string[];
}

export async function runDerive(opts: DeriveOptions, io: CliIo, generate: GenerateFn): Promise<DeriveRun> {
  const reporter = new Reporter(io, opts.quiet);
  const started = Date.now();
  reporter.progress(`derive-mutators: deriving ${count(opts.files.length, 'file')}${opts.check ? ' (check only, writing nothing)' : ''}…`);
  let result;
  try {
    result = await generate({ files: opts.files, root: io.cwd, out: opts.out, ...(opts.project ? { project: opts.project } : {}) });
  } catch (err) {
    reporter.diagnostics([{
      code: Codes.codegenFailed, severity: 'error',
      message: `code generation failed: ${describeError(err)}`,
      hint: 'Nothing was written. If the message does not point at your input, please report it (set DERIVE_MUTATORS_DEBUG=1 for a stack trace).',
    }]);
    if (process.env.DERIVE_MUTATORS_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack);
    return { exitCode: 1, changed: 0, outputs: 0, reporter, sources: [] };
  }
  reporter.diagnostics(result.diagnostics);
  const ctx = { root: io.cwd, cwd: io.cwd, outDir: opts.out, force: opts.force };
  const plans: FilePlan[] = [];
  for (const output of result.outputs) {
    const plan = await planOutput(output, ctx);
    plans.push(plan);
    reporter.diagnostics(plan.diagnostics);
  }
  const changed = opts.check ? check(plans, reporter, io.cwd) : await write(plans, reporter, io);
  const ms = Date.now() - started;
  const verb = opts.check ? 'stale' : 'written';
  reporter.progress(`derive-mutators: ${count(plans.length, 'output')}, ${changed} ${verb}, ${reporter.tally()} (${ms} ms)`);
  return { exitCode: reporter.errors > 0 ? 1 : 0, changed, outputs: plans.length, reporter, sources: result.sources ?? [] };
}

function check(plans: FilePlan[], reporter: Reporter, cwd: string): number {
  let stale = 0;
  for (const p of plans) {
    if (p.content === undefined) continue; // already reported
    let d: Diagnostic | undefined;
    if (p.existing === undefined) {
      d = { code: Codes.outputMissing, severity: 'error', file: p.shown, message: 'generated file is missing', hint: 'Run derive-mutators without --check and commit the result.' };
    } else if (p.content !== p.existing || p.base !== p.generated) {
      const why = p.content !== p.existing ? 'its types changed since it was generated' : `its merge base ${display(cwd, p.basePath)} is missing or out of date`;
      d = { code: Codes.outputStale, severity: 'error', file: p.shown, message: `generated file is stale: ${why}`, hint: 'Run derive-mutators without --check and commit the result (including the .derive-mutators folder).' };
    }
    if (d) {
      stale++;
      reporter.diagnostics([d]);
      reporter.progress(`stale  ${p.shown}`);
    } else {
      reporter.progress(`fresh  ${p.shown}`);
    }
  }
  return stale;
}

async function write(plans: FilePlan[], reporter: Reporter, io: CliIo): Promise<number> {
  const writes: PlannedWrite[] = [];
  const touched: FilePlan[] = [];
  for (const p of plans) {
    if (p.content === undefined) continue;
    if (p.content !== p.existing) {
      writes.push({ path: p.path, content: p.content });
      touched.push(p);
    }
    if (p.generated !== p.base) writes.push({ path: p.basePath, content: p.generated });
  }
  const failures = await writeAll(writes);
  if (failures.length) {
    reporter.diagnostics(failures.map((f) => ({
      code: Codes.cannotWrite, severity: 'error', file: display(io.cwd, f.path),
      message: `cannot write the output: ${describeError(f.error)}`,
      hint: 'Nothing was written (no file is half-updated). Check that the --out folder is writable and is a folder, then run again.',
    })));
    return 0;
  }
  for (const p of plans) {
    if (p.content === undefined) continue;
    reporter.progress(`${touched.includes(p) ? (p.existing === undefined ? 'created' : 'updated') : 'unchanged'}  ${p.shown} (${summarize(p)})`);
  }
  return touched.length;
}
