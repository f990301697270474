import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeGenerate, Project } from './helpers.js';

let project: Project;
afterEach(() => project?.remove());

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('--watch', () => {
  it('regenerates on change, prints a line per regeneration, survives errors, stops on abort', async () => {
    project = await Project.create({ 'types.ts': 'export type Color = Red;\n' });
    const out: string[] = [];
    const err: string[] = [];
    const controller = new AbortController();
    const done = main(['types.ts', '--watch'], { stdout: (l) => out.push(l), stderr: (l) => err.push(l), cwd: project.dir, signal: controller.signal }, { generate: fakeGenerate });
    await until(() => out.some((l) => l.startsWith('derive-mutators: watching 1 file')), 'the watcher');
    expect(await project.read('generated/types.mutators.ts')).toContain('"Red"');

    await project.write('types.ts', 'export type Color = Red | Blue;\n');
    await until(async () => (await project.read('generated/types.mutators.ts')).includes('"Blue"'), 'the regeneration');
    await until(() => out.some((l) => /^\[\d\d:\d\d:\d\d\] types\.ts changed: regenerated 1 output, 1 written, 0 errors/.test(l)), 'the line');

    await project.write('types.ts', 'export type Color = Red | Blue;\nexport type F = () => void;\n');
    await until(() => err.some((l) => l.includes('DM1003')), 'the diagnostic');
    await until(() => out.some((l) => /regenerated 1 output, 1 written, 1 error/.test(l)), 'the error line');

    await project.write('types.ts', 'export type Color = Green;\n');
    await until(async () => (await project.read('generated/types.mutators.ts')).includes('"Green"'), 'recovery after an error');

    controller.abort();
    expect(await done).toBe(0);
  });

  it('also regenerates when a file the input imports changes (real analysis)', async () => {
    project = await Project.create({
      'types.ts': "import type { Shape } from './shapes.js';\nexport interface Scene { shapes: Shape[] }\n",
      'shapes.ts': "export type Shape = 'circle' | 'square';\n",
    });
    const out: string[] = [];
    const controller = new AbortController();
    const done = main(['types.ts', '--watch'], { stdout: (l) => out.push(l), stderr: () => {}, cwd: project.dir, signal: controller.signal });
    await until(() => out.some((l) => l.startsWith('derive-mutators: watching 2 files')), 'the watcher on the input and its import', 30_000);
    expect(await project.read('generated/types.mutators.ts')).not.toContain('triangle');

    await project.write('shapes.ts', "export type Shape = 'circle' | 'square' | 'triangle';\n");
    await until(async () => (await project.read('generated/types.mutators.ts')).includes('triangle'), 'the regeneration after the import changed', 30_000);
    await until(() => out.some((l) => /^\[\d\d:\d\d:\d\d\] shapes\.ts changed: regenerated 1 output, 1 written, 0 errors/.test(l)), 'the line naming the import', 30_000);

    controller.abort();
    expect(await done).toBe(0);
  }, 60_000);
});
