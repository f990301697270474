/**
 * A target written for a bundler (extensionless imports, folder index files, `.js` for `.ts`,
 * tsconfig `paths` and `baseUrl`, JSON without an import attribute) loads in the fuzz worker as
 * tsx and vitest would load it; a missing module is DM3002 naming the importing file and the
 * specifier, without a frame of the loader or a data: URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const project = 'test/fixtures/fuzz-bundler/src';

describe('bundler-style imports in fuzz targets', () => {
  test.each([[[]], [['--no-instrument']]])('the target loads through every kind of import and its failure replays (%j)', async (extra) => {
    const artifacts = dirs.make('bundler');
    const r = await cli('fuzz', `${project}/target.ts`, '--seed', '3', '--max-time', '20', '--minimize-time', '0', '--artifacts', artifacts, ...extra);
    expect(r.err).toMatch(/fuzz: error after \d+ iterations/);
    expect(r.err).toMatch(/Error: bundled: sum \d+/);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(TOOL_FRAME);
    const artifact = /artifact: (\S+)/.exec(r.err)![1]!;
    const value = JSON.parse(readFileSync(artifact, 'utf8')) as { xs: number[] };
    expect(value.xs.length).toBeGreaterThan(3);
    expect(value.xs.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    const again = await cli('read', artifact, `${project}/target.ts`);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Error: bundled: sum \d+/);
  });

  test.each([
    ['missing.ts', 'uses-missing.ts', './no-such-helper', /as a folder with an index file/],
    ['missing-package.ts', 'missing-package.ts', 'left-pad-not-installed', /no installed package and no tsconfig "paths" or "baseUrl" entry matches it/],
  ])('a missing module (%s) is DM3002 naming the importer and the specifier, exit 2', async (file, importer, spec, why) => {
    for (const extra of [[], ['--no-instrument']]) {
      const r = await cli('fuzz', `${project}/${file}`, '--max-time', '5', '--artifacts', dirs.make('missing'), ...extra);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^error DM3002: cannot load target /m);
      expect(r.err).toContain(`${project}/${importer} imports '${spec}', which cannot be found`);
      expect(r.err).toMatch(why);
      expect(r.err).toMatch(/\n {2}Check the specifier and the file name/);
      expect(r.err).not.toMatch(TOOL_FRAME);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    // a run that could not start leaves no default corpus folder behind
    expect(existsSync(join(process.env.DERIVE_MUTATORS_CORPUS_ROOT!, file.replace('.ts', '')))).toBe(false);
    const json = await cli('fuzz', `${project}/${file}`, '--json', '--artifacts', dirs.make('missing'));
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ status: 'error', code: 'DM3002' });
  });
});
