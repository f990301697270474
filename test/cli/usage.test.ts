import { afterEach, describe, expect, it } from 'vitest';
import { Project, type Run } from './helpers.js';

let project: Project;
afterEach(() => project?.remove());

function noStack(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('bad usage exits 2 with a coded diagnostic', () => {
  it('unknown flag', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--chek']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error DM2001: unknown option '--chek'/);
    expect(run.stderr).toContain('(Did you mean --check?)');
    noStack(run);
  });

  it('flag missing its value', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--out']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DM2001: option '--out <dir>' argument missing/);
  });

  it('no input files', async () => {
    project = await Project.create();
    const run = await project.run([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error DM2002: no input files\n {2}Usage: derive-mutators <files\.\.\.>/);
  });

  it('every missing input file is reported, and nothing is generated', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    let called = false;
    const run = await project.run(['nope.ts', 'types.ts', 'src/gone.ts'], async () => {
      called = true;
      return { outputs: [], diagnostics: [] };
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.ts - error DM2003: input file not found');
    expect(run.stderr).toContain('src/gone.ts - error DM2003: input file not found');
    expect(called).toBe(false);
  });

  it('a --project that does not exist', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--project', 'tsconfig.missing.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tsconfig\.missing\.json - error DM2004: --project names a tsconfig that does not exist/);
  });

  it('passes an existing --project on to the generator as an absolute path', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n', 'tsconfig.json': '{}' });
    let seen: string | undefined;
    const run = await project.run(['types.ts', '--project', 'tsconfig.json'], async (req) => {
      seen = req.project;
      return { outputs: [], diagnostics: [] };
    });
    expect(run.code).toBe(0);
    expect(seen).toBe(project.path('tsconfig.json'));
  });

  it('--check with --watch or --force', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--check', '--watch', '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error DM2005: --check cannot be combined with --watch');
    expect(run.stderr).toContain('error DM2005: --check cannot be combined with --force');
  });

  it('--help exits 0 and lists the flags', async () => {
    project = await Project.create();
    const run = await project.run(['--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--out', '--project', '--check', '--watch', '--force', '--quiet']) expect(run.stdout).toContain(flag);
  });

  it('dispatches subcommands: a bad subcommand invocation is bad usage too', async () => {
    project = await Project.create();
    const run = await project.run(['fuzz']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error DM2001: missing required argument 'target'/);
  });

  it('the same input named twice is derived once', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    let files: string[] = [];
    await project.run(['types.ts', './types.ts'], async (req) => {
      files = req.files;
      return { outputs: [], diagnostics: [] };
    });
    expect(files).toEqual([project.path('types.ts')]);
  });
});
