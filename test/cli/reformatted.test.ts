/**
 * A user who runs their own prettier over a generated file (double quotes, width 80, no
 * semicolons) has edited no code: through the CLI with the real codegen, regeneration leaves
 * such sections as they are and counts no edit, a type change regenerates them without a
 * conflict, and a real edit made in the reformatted file still merges with a type change.
 */
import prettier from 'prettier';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGenerate } from '../../src/cli/generator.js';
import type { GenerateFn } from '../../src/cli/generator.js';
import { parseSections } from '../../src/emit/sections.js';
import { Project } from './helpers.js';

const OUT = 'generated/types.mutators.ts';
const TYPES = "export interface K {\n  a: string;\n  n: number;\n  mode: 'on';\n}\nexport type Color = 'red' | 'green';\n";
let project: Project;
let generate: GenerateFn;

const theirPrettier = (text: string) => prettier.format(text, { parser: 'typescript', singleQuote: false, semi: false, printWidth: 80 });
const body = async (name: string) => parseSections(await project.read(OUT)).sections.find((s) => s.name === name)!.body;

beforeEach(async () => {
  generate = await loadGenerate();
  project = await Project.create({ 'types.ts': TYPES });
  expect((await project.run(['types.ts'], generate)).code).toBe(0);
  const before = await project.read(OUT);
  await project.write(OUT, await theirPrettier(before));
  expect(await project.read(OUT)).not.toBe(before); // their style really differs from ours
});
afterEach(() => project.remove());

describe('a generated file run through the user\'s prettier', () => {
  it('is left as it is, with no kept edit, while the types are unchanged', async () => {
    const theirs = await project.read(OUT);
    const run = await project.run(['types.ts'], generate);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/kept edit|conflict/);
    expect(run.stdout).toMatch(/only reformatted/);
    expect(await project.read(OUT)).toBe(theirs);
  });

  it('is regenerated without a conflict when a type changes', async () => {
    await project.write('types.ts', TYPES.replace("'green'", "'green' | 'blue'"));
    const run = await project.run(['types.ts'], generate);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/kept edit|conflict/);
    expect(await body('Color')).toContain("'blue'");
    expect(await body('K')).not.toContain("'"); // K is left in their style (double quotes)
  });

  /** edits field `a` in their style, applies `change` to the types, regenerates: K's merged body */
  const editAThenChange = async (change: (types: string) => string) => {
    const text = await project.read(OUT);
    const line = (await body('K')).split('\n').find((l) => /^\s*a: /.test(l));
    expect(line).toBeDefined();
    await project.write(OUT, text.replace(line!, line!.replace(/a: .*?(,?)$/, 'a: dm.string({ maxLength: 3 })$1')));
    await project.write('types.ts', change(TYPES));
    const run = await project.run(['types.ts'], generate);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 merged edit/);
    const merged = await body('K');
    expect(merged).toMatch(/a: dm\.string\(\{\s*maxLength: 3,?\s*\}\)/);
    expect(merged).not.toMatch(/<<<<<<<|>>>>>>>/);
    return merged;
  };

  it('merges a real edit made in their style with a new field of the same section, as text', async () => {
    const merged = await editAThenChange((t) => t.replace('  n: number;\n', '  n: number;\n  flag: boolean;\n'));
    expect(merged).toMatch(/flag: dm\.boolean\(\)/);
    expect(merged).toMatch(/^  \)\n/m); // the plain merge was clean: their style is kept (no semicolon)
  });

  it('merges on the canonical forms when the type change rewrites a line their prettier reformatted', async () => {
    // their prettier turned 'on' into "on" on the line the type change rewrites: a conflict as text
    const merged = await editAThenChange((t) => t.replace("mode: 'on';", "mode: 'on' | 'off';"));
    expect(merged).toMatch(/mode: dm\.literals\(\['on', 'off'\]/);
    expect(merged).toMatch(/^  \);\n/m); // reprinted in the generated style
  });
});
