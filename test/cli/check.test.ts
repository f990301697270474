import { readdir, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { edit, Project } from './helpers.js';

const OUT = 'generated/types.mutators.ts';
let project: Project;

beforeEach(async () => {
  project = await Project.create({ 'types.ts': 'export type Color = Red | Green;\n' });
});
afterEach(() => project.remove());

describe('--check', () => {
  it('reports a missing output, exits 1 and writes nothing', async () => {
    const run = await project.run(['types.ts', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${OUT} - error DM2101: generated file is missing`);
    expect(await readdir(project.dir)).toEqual(['types.ts']);
  });

  it('passes when outputs are fresh', async () => {
    await project.run(['types.ts']);
    const run = await project.run(['types.ts', '--check']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`fresh  ${OUT}`);
  });

  it('fails when a type changed, without touching the file', async () => {
    await project.run(['types.ts']);
    const before = await project.read(OUT);
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\n');
    const run = await project.run(['types.ts', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${OUT} - error DM2102: generated file is stale: its types changed`);
    expect(await project.read(OUT)).toBe(before);
  });

  it('treats a hand-edited file as fresh when regenerating would keep it as it is', async () => {
    await project.run(['types.ts']);
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    expect((await project.run(['types.ts', '--check'])).code).toBe(0);
    // ...but stale once the type under the edit changes, even if the merge would be clean
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\n');
    expect((await project.run(['types.ts', '--check'])).code).toBe(1);
  });

  it('fails when the merge base copy is missing', async () => {
    await project.run(['types.ts']);
    await rm(project.path('generated/.derive-mutators'), { recursive: true });
    const run = await project.run(['types.ts', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DM2102: generated file is stale: its merge base generated\/\.derive-mutators\/types\.mutators\.ts is missing/);
  });
});
