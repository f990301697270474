/**
 * `fuzz --coverage [dir]` writes what the pool reached in istanbul's formats: lcov.info lists the
 * target's file with the branch the fuzzer never took at 0, and an HTML report (index.html) shows
 * it; bad combinations are coded start errors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';
import { targets } from './helpers.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const target = `${targets}/branches.ts`;

/** lcov's records of one source file */
function record(lcov: string, file: string): string {
  const r = lcov.split('end_of_record').find((x) => x.includes(`SF:${file}`));
  expect(r, `lcov.info has a record for ${file}`).toBeDefined();
  return r!;
}

describe('--coverage', () => {
  test.each([['1'], ['2']])('lcov.info has the untaken branch at 0 and index.html exists (--jobs %s)', async (jobs) => {
    const dir = join(dirs.make('cov'), 'report');
    const r = await cli('fuzz', target, '--seed', '1', '--max-iterations', '4000', '--no-corpus', '--jobs', jobs, '--coverage', dir, '--artifacts', dirs.make('art'));
    expect(r.code).toBe(0);
    expect(r.err).toContain(`coverage: 5/6 edges in 1 file; ${dir}/index.html (HTML), ${dir}/lcov.info (lcov)`);
    const lcov = record(readFileSync(join(dir, 'lcov.info'), 'utf8'), target);
    // if (v > 1000): the then arm never ran, the (implicit) else always did
    expect(lcov).toMatch(/^BRDA:9,0,0,0$/m);
    expect(lcov).toMatch(/^BRDA:9,0,1,[1-9]\d*$/m);
    // v > 10 ? 'big' : 'small': both arms ran
    expect(lcov).toMatch(/^BRDA:12,1,0,[1-9]\d*$/m);
    expect(lcov).toMatch(/^BRDA:12,1,1,[1-9]\d*$/m);
    expect(lcov).toMatch(/^BRF:4$/m);
    expect(lcov).toMatch(/^BRH:3$/m);
    expect(lcov).toMatch(/^DA:10,0$/m);
    expect(lcov).toMatch(/^FNDA:[1-9]\d*,classify$/m);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, 'branches.ts.html'), 'utf8')).toMatch(/title="statement not covered" >.*title="if path not taken" >I<\/span>return 'never';/);
  });

  test('--json names the report; the status line counts the same edges', async () => {
    const dir = dirs.make('cov');
    const r = await cli('fuzz', target, '--seed', '1', '--max-iterations', '2000', '--no-corpus', '--coverage', dir, '--json', '--artifacts', dirs.make('art'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'passed', coverageReport: { dir, lcov: join(dir, 'lcov.info'), html: join(dir, 'index.html'), edges: { covered: 5, total: 6 }, files: 1 } });
    const timed = await cli('fuzz', target, '--seed', '1', '--max-time', '1.5', '--no-corpus', '--artifacts', dirs.make('art'));
    expect(timed.err).toMatch(/, cov 5\/6 edges, /);
  });

  test('a folder that cannot be written (DM3003) and --no-instrument (DM3004) cannot start', async () => {
    const file = join(dirs.make('cov'), 'a-file');
    writeFileSync(file, '');
    const bad = await cli('fuzz', target, '--coverage', join(file, 'sub'), '--artifacts', dirs.make('art'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error DM3003: cannot write to coverage folder .*a-file\/sub: ENOTDIR/);
    expect(bad.err).toMatch(/\n {2}Pass --coverage a folder you can write/);
    const blind = await cli('fuzz', target, '--coverage', dirs.make('cov'), '--no-instrument', '--artifacts', dirs.make('art'));
    expect(blind.code).toBe(2);
    expect(blind.err).toMatch(/^error DM3004: --coverage reports what the instrumented code reached/);
    expect(bad.err + blind.err).not.toMatch(TOOL_FRAME);
  });
});
