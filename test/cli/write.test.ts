import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from './helpers.js';

let project: Project;
afterEach(() => project?.remove());

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('writing outputs', () => {
  it('an unwritable output location is a diagnostic, exit 1, and nothing is written, not even the outputs that could be', async () => {
    project = await Project.create({ 'a/x.ts': 'export type A = X;\n', 'b/y.ts': 'export type B = Y;\n' });
    expect((await project.run(['a/x.ts'])).code).toBe(0);
    const before = await project.read('generated/a/x.mutators.ts');
    await project.write('a/x.ts', 'export type A = X | Z;\n');
    await writeFile(project.path('generated/b'), 'a file where a folder should be');
    const listing = await tree(project.dir);
    const run = await project.run(['a/x.ts', 'b/y.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^generated\/b\/y\.mutators\.ts - error DM2301: cannot write the output: (ENOTDIR|EEXIST)/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await project.read('generated/a/x.mutators.ts')).toBe(before);
    expect(await tree(project.dir)).toEqual(listing);
  });

  // Node's recursive mkdir spins forever on a folder under /proc; the write must fail at once
  it.runIf(existsSync('/proc/self'))('an output folder under /proc is DM2301 and exit 1, not a hang', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--out', '/proc/derive-mutators-test/out']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error DM2301: cannot write the output: ENOENT/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 15_000);

  it('does not rewrite a file whose content would not change', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    await project.run(['types.ts']);
    const { mtimeMs } = await import('node:fs/promises').then((fs) => fs.stat(project.path('generated/types.mutators.ts')));
    await new Promise((r) => setTimeout(r, 20));
    await project.run(['types.ts']);
    const after = await import('node:fs/promises').then((fs) => fs.stat(project.path('generated/types.mutators.ts')));
    expect(after.mtimeMs).toBe(mtimeMs);
  });

  it('an output path that is a folder is reported and left alone, other outputs are written', async () => {
    project = await Project.create({ 'a.ts': 'export type A = X;\n', 'b.ts': 'export type B = Y;\n' });
    await project.write('generated/b.mutators.ts/keep.txt', 'mine');
    const run = await project.run(['a.ts', 'b.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/generated\/b\.mutators\.ts - error DM2302: cannot read the existing output: EISDIR/);
    expect(await project.read('generated/b.mutators.ts/keep.txt')).toBe('mine');
    expect(await project.read('generated/a.mutators.ts')).toContain('aMutator');
  });
});
