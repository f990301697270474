import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashText, parseSections } from '../../src/emit/sections.js';
import { edit, Project } from './helpers.js';

const OUT = 'generated/types.mutators.ts';
let project: Project;

beforeEach(async () => {
  project = await Project.create({ 'types.ts': 'export type Color = Red | Green;\nexport type Size = S | M;\n' });
  expect((await project.run(['types.ts'])).code).toBe(0);
});
afterEach(() => project.remove());

const section = async (name: string) => parseSections(await project.read(OUT)).sections.find((s) => s.name === name);

describe('regeneration over hand edits', () => {
  it('untouched sections follow the type', async () => {
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    const color = await section('Color');
    expect(color!.body).toContain('dm.literal("Blue")');
    expect(color!.hash).toBe(hashText(color!.body));
  });

  it('an edited section is kept while its type is unchanged, other sections are regenerated', async () => {
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    await project.write('types.ts', 'export type Color = Red | Green;\nexport type Size = S | M | L;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect((await section('Color'))!.body).toContain('dm.literal("Red", { weight: 5 })');
    expect((await section('Size'))!.body).toContain('dm.literal("L")');
    expect(run.stdout).toMatch(/1 kept edit/);
  });

  it('an edited section whose type changed gets a clean three-way merge', async () => {
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    const body = (await section('Color'))!.body;
    expect(body).toBe('export const colorMutator = dm.union([\n  dm.literal("Red", { weight: 5 }),\n  dm.literal("Green"),\n  dm.literal("Blue"),\n]);\n');
    expect(run.stdout).toMatch(/1 merged edit/);
    // the merged edit is now based on the new generation: a rerun keeps it as it is
    const again = await project.run(['types.ts']);
    expect(again.code).toBe(0);
    expect((await section('Color'))!.body).toBe(body);
  });

  it('an edit of the arguments of a line the type change rewrites merges on the canonical forms', async () => {
    // one argument per line in the canonical print: the edit adds a line, the type change rewrites the one before it
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    await project.write('types.ts', 'export type Color = Crimson | Green;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 merged edit/);
    expect((await section('Color'))!.body).toMatch(/dm\.literal\(\s*'Crimson',\s*\{\s*weight: 5,?\s*\},?\s*\)/);
  });

  it('a conflicting change writes conflict markers in that section, names it, and exits 1 until resolved', async () => {
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Ruby", { weight: 5 })'));
    await project.write('types.ts', 'export type Color = Crimson | Green;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(1);
    const text = await project.read(OUT);
    const line = text.split('\n').indexOf('<<<<<<< your edit') + 1;
    expect(line).toBeGreaterThan(0);
    expect(run.stderr).toContain(`${OUT}:${line}:1 - error DM2202: merge conflict in section 'Color'`);
    expect(text).toContain('<<<<<<< your edit\n  dm.literal("Ruby", { weight: 5 }),\n||||||| generated before\n  dm.literal("Red"),\n=======\n  dm.literal("Crimson"),\n>>>>>>> generated now\n');
    const again = await project.run(['types.ts']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("error DM2203: section 'Color' still contains conflict markers");
    // resolving the conflict by hand ends it
    const resolved = text.replace(/<<<<<<< your edit\n.*\n\|{7} generated before\n.*\n=======\n.*\n>>>>>>> generated now\n/, '  dm.literal("Crimson", { weight: 5 }),\n');
    await project.write(OUT, resolved);
    const third = await project.run(['types.ts']);
    expect(third.code).toBe(0);
    expect((await section('Color'))!.body).toContain('dm.literal("Crimson", { weight: 5 })');
  });

  it('a deleted output is regenerated', async () => {
    const before = await project.read(OUT);
    await rm(project.path(OUT));
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    expect(await project.read(OUT)).toBe(before);
  });

  it('a file whose markers were broken by hand is left untouched, with a located diagnostic', async () => {
    const broken = edit(await project.read(OUT), '// #endregion derive-mutators: Color\n', '');
    await project.write(OUT, broken);
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${OUT}:\\d+:1 - error DM2201: cannot merge into this generated file: section 'Size' begins inside section 'Color'`));
    expect(run.stderr).toContain('--force');
    expect(await project.read(OUT)).toBe(broken);
  });

  it('--force overwrites edits and lists what it discarded', async () => {
    let text = edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })');
    text = edit(text, 'dm.literal("S")', 'dm.literal("XS")');
    await project.write(OUT, text);
    const run = await project.run(['types.ts', '--force']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${OUT} - warning DM2206: --force discarded hand edits: section 'Color', section 'Size'`);
    expect(await project.read(OUT)).not.toContain('weight: 5');
  });

  it('--force replaces an unparseable file and says so', async () => {
    await project.write(OUT, edit(await project.read(OUT), '// #endregion derive-mutators: Color\n', ''));
    const run = await project.run(['types.ts', '--force']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning DM2206: --force replaced the whole file/);
    expect((await section('Color'))!.hash).toBe(hashText((await section('Color'))!.body));
  });

  it('an edited section whose type was deleted is kept with a warning; an untouched one goes', async () => {
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    await project.write('types.ts', 'export type Other = Q;\n');
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    const names = parseSections(await project.read(OUT)).sections.map((s) => s.name);
    expect(names).toEqual(['Color', 'Other', 'index']);
    expect(run.stderr).toMatch(/types\.mutators\.ts:\d+:1 - warning DM2205: the generator no longer produces section 'Color'/);
  });

  it('without the merge base an edit under a changed type is kept, with an error (exit 1), every run', async () => {
    await project.write(OUT, edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })'));
    await rm(project.path('generated/.derive-mutators'), { recursive: true });
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\nexport type Size = S | M;\n');
    for (let i = 0; i < 2; i++) {
      const run = await project.run(['types.ts']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/error DM2204: the type of edited section 'Color' changed/);
      expect(run.stderr).toMatch(/Delete the section \(from its #region line to its #endregion line\) and rerun/);
      expect((await section('Color'))!.body).not.toContain('Blue');
      expect((await section('Color'))!.body).toContain('weight: 5');
    }
    // the fix the hint gives: without the section, it is regenerated and the error ends
    const text = await project.read(OUT);
    await project.write(OUT, text.replace(/\/\/ #region derive-mutators: Color [^]*?\/\/ #endregion derive-mutators: Color\n/, ''));
    const fixed = await project.run(['types.ts']);
    expect(fixed.code).toBe(0);
    expect((await section('Color'))!.body).toContain('Blue');
  });

  it('an import added to the header survives regeneration', async () => {
    const extra = "import { heavyRed } from '../my-mutators.js';\n";
    const oldHeader = (await project.read(OUT)).split('\n')[0];
    await project.write(OUT, edit(await project.read(OUT), "import * as dm from 'derive-mutators';\n", `import * as dm from 'derive-mutators';\n${extra}`));
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\nexport type Size = S | M;\n');
    const run = await project.run(['types.ts']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = await project.read(OUT);
    expect(text).toContain(extra);
    expect(text.split('\n')[0]).toMatch(/input hash [0-9a-f]{16}\)\.$/);
    expect(text.split('\n')[0]).not.toBe(oldHeader); // the header itself was regenerated
  });

  it('text typed between sections is moved to the end of the file, not dropped', async () => {
    await project.write(OUT, edit(await project.read(OUT), '// #endregion derive-mutators: Color\n', '// #endregion derive-mutators: Color\nconst mine = 1;\n'));
    const run = await project.run(['types.ts']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning DM2207');
    expect((await project.read(OUT)).trimEnd().endsWith('const mine = 1;')).toBe(true);
    const again = await project.run(['types.ts']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('line endings and --check over edits', () => {
  beforeEach(async () => {
    await project.write('types.ts', 'export type Color = Red | Green;\n');
    await project.run(['types.ts']);
  });

  it('a file converted to CRLF keeps its edits and its line endings', async () => {
    const crlf = edit(await project.read(OUT), 'dm.literal("Red")', 'dm.literal("Red", { weight: 5 })').replace(/\n/g, '\r\n');
    await project.write(OUT, crlf);
    expect((await project.run(['types.ts', '--check'])).code).toBe(0);
    await project.write('types.ts', 'export type Color = Red | Green | Blue;\n');
    const run = await project.run(['types.ts']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = await project.read(OUT);
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
    expect(text).toContain('dm.literal("Red", { weight: 5 }),\r\n  dm.literal("Green"),\r\n  dm.literal("Blue"),\r\n');
  });

  it('--check fails on a file with broken markers and leaves it alone', async () => {
    const broken = edit(await project.read(OUT), '// #endregion derive-mutators: index\n', '');
    await project.write(OUT, broken);
    const run = await project.run(['types.ts', '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DM2201: cannot merge into this generated file: section 'index' is never closed/);
    expect(await project.read(OUT)).toBe(broken);
  });
});
