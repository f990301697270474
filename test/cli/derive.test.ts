import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSections } from '../../src/emit/sections.js';
import { Project } from './helpers.js';

let project: Project;
afterEach(() => project?.remove());

describe('derive-mutators <files...>', () => {
  it('writes one output per input under --out, mirroring the input path, plus its merge base', async () => {
    project = await Project.create({ 'src/types.ts': 'export type Color = Red | Green;\n' });
    const run = await project.run(['src/types.ts', '--out', 'gen']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = await project.read('gen/src/types.mutators.ts');
    expect(parseSections(text).sections.map((s) => s.name)).toEqual(['Color', 'index']);
    expect(await project.read('gen/.derive-mutators/src/types.mutators.ts')).toBe(text);
    expect(run.stdout).toMatch(/created {2}gen\/src\/types\.mutators\.ts \(2 sections\)/);
  });

  it('defaults --out to generated/ and leaves an up-to-date file untouched', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    expect((await project.run(['types.ts'])).code).toBe(0);
    const again = await project.run(['types.ts']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged {2}generated\/types\.mutators\.ts/);
    expect(again.stdout).toMatch(/1 output, 0 written/);
  });

  it('--quiet prints no progress', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts', '--quiet']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports every diagnostic of a run in compiler style, exits 1, and still writes what could be derived', async () => {
    project = await Project.create({
      'a.ts': 'export type Ok = X;\nexport type F = (x: number) => void;\n',
      'b.ts': 'SYNTAX ERROR\n',
      'c.ts': 'export type G = () => void;\n',
    });
    const run = await project.run(['a.ts', 'b.ts', 'c.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a.ts:2:13 - error DM1003: function-typed type cannot be derived (at F)\n  Supply a mutator by hand with @mutator.');
    expect(run.stderr).toContain('b.ts:1:1 - error DM1002: syntax error');
    expect(run.stderr).toContain('c.ts:1:13 - error DM1003');
    expect(run.stdout).toMatch(/3 errors, 0 warnings/);
    expect(parseSections(await project.read('generated/a.mutators.ts')).sections.map((s) => s.name)).toEqual(['Ok', 'index']);
    expect(await readdir(project.dir + '/generated')).not.toContain('b.mutators.ts');
  });

  it('turns a generator crash into a coded diagnostic, exit 1, no stack trace, nothing written', async () => {
    project = await Project.create({ 'types.ts': 'export type A = X;\n' });
    const run = await project.run(['types.ts'], async () => {
      throw new TypeError('boom');
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error DM2303: code generation failed: boom/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(project.dir)).toEqual(['types.ts']);
  });
});
