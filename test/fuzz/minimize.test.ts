/**
 * Failures come minimized (fuzz spends a bounded time, the small input is saved beside the
 * original), `minify` exits 0 with one result file, and a failure becomes a vitest regression
 * test (printed with the report, written by `read --test`) that replays it through the serializer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';
import { targets } from './helpers.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const simple = `${targets}/simple.ts`;

/** a corpus whose one input fails the `seven` target and is far from minimal */
function bigCorpus(): string {
  const d = dirs.make('corpus');
  writeFileSync(join(d, 'big.json'), JSON.stringify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  return d;
}

describe('minimized failures', () => {
  test('fuzz minimizes a failure and saves the small input beside the original; both replay', async () => {
    const artifacts = dirs.make('min');
    const r = await cli('fuzz', simple, '--export', 'seven', '--seed', '3', '--max-time', '10', '--corpus', bigCorpus(), '--artifacts', artifacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fuzz: error after \d+ iterations/);
    expect(r.err).toMatch(/\nminimized: complexity [\d.]+ -> [\d.]+ in [\d.]+s, fails the same way \(Error: seven found\)\nvalue:\n {2}\[\n {4}7\n {2}\]\n/);
    expect(r.err).toMatch(/fuzz: error after 1 iterations/);
    expect(r.err).not.toMatch(TOOL_FRAME);
    const original = /artifact: (\S+)/.exec(r.err)![1]!;
    const small = original.replace(/\.json$/, '.min.json');
    expect(r.err).toContain(`artifact: ${small}`);
    expect(JSON.parse(readFileSync(small, 'utf8'))).toEqual([7]);
    expect((JSON.parse(readFileSync(original, 'utf8')) as number[]).length).toBeGreaterThan(1);
    const again = await cli('read', small, simple, '--export', 'seven');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/seven found/);
  }, 60_000);

  test('--minimize-time 0 turns it off', async () => {
    const r = await cli('fuzz', simple, '--export', 'seven', '--seed', '3', '--max-time', '10', '--minimize-time', '0', '--corpus', bigCorpus(), '--artifacts', dirs.make('min'));
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/minimized:/);
  });

  test('minify exits 0 with one result file when it found a smaller input, 1 when it could not', async () => {
    const dir = dirs.make('min');
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    const artifacts = join(dir, 'out');
    const r = await cli('minify', big, simple, '--export', 'seven', '--seed', '1', '--max-time', '3', '--artifacts', artifacts);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/minify: complexity [\d.]+ -> [\d.]+ in [\d.]+s, fails the same way/);
    const files = readdirSync(artifacts).sort();
    expect(files).toHaveLength(2);
    expect(files[1]).toBe(`${files[0]}.error.txt`);
    expect(JSON.parse(readFileSync(join(artifacts, files[0]!), 'utf8'))).toEqual([7]);
    const smallest = join(dir, 'seven.json');
    writeFileSync(smallest, '[7]');
    const none = await cli('minify', smallest, simple, '--export', 'seven', '--seed', '1', '--max-time', '1', '--artifacts', join(dir, 'none'));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/minify: no smaller input fails the same way/);
    expect(existsSync(join(dir, 'none')) ? readdirSync(join(dir, 'none')) : []).toEqual([]);
  });
});

describe('regression tests', () => {
  test('the report prints a vitest test; read --test writes it; it fails with the bug and passes without it', async () => {
    const dir = dirs.make('reg');
    const artifacts = join(dir, 'artifacts');
    const r = await cli('fuzz', simple, '--export', 'seven', '--seed', '3', '--max-time', '4', '--corpus', bigCorpus(), '--artifacts', artifacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/regression test \(derive-mutators read --test writes it\):\n\/\/ Regression test written by derive-mutators from error-[0-9a-f]{16}\.min\.json/);
    expect(r.err).toContain("import { seven as target } from './simple.js';");
    const small = /artifact: (\S+\.min\.json)/.exec(r.err)![1]!;
    expect(readFileSync(`${small}.error.txt`, 'utf8')).toContain("import { readValue } from 'derive-mutators';");

    const testFile = join(dir, 'seven.test.ts');
    const read = await cli('read', small, simple, '--export', 'seven', '--test', testFile);
    expect(read.code).toBe(1);
    expect(read.err).toContain(`regression test written: ${testFile}`);
    const text = readFileSync(testFile, 'utf8');
    expect(text).toContain(`import { seven as target } from '${relative(dir, resolve(simple)).replace(/\.ts$/, '.js')}';`);
    expect(text).toMatch(/const input = new TextEncoder\(\)\.encode\("\[7\]\\n"\);/);
    // never overwritten: a second --test to the same file is DM3206, exit 2
    const twice = await cli('read', small, simple, '--export', 'seven', '--test', testFile);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/DM3206 cannot write the regression test .*seven\.test\.ts: the file exists \(never overwritten\)\nhint: /);

    // run the written test with vitest: it fails (the bug is there); with the bug fixed it passes
    const config = join(dir, 'vitest.config.mjs');
    const src = resolve('src');
    writeFileSync(config, `export default { root: ${JSON.stringify(dir)}, resolve: { alias: { 'derive-mutators': ${JSON.stringify(`${src}/index.ts`)} } }, test: { include: ['*.test.ts'] } };\n`);
    const run = (): { code: number; out: string } => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', config], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (e) {
        const x = e as { status: number; stdout: string; stderr: string };
        return { code: x.status, out: x.stdout + x.stderr };
      }
    };
    const failing = run();
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(/seven found/);
    writeFileSync(testFile, text.replace(/from '[^']*simple\.js'/, "from './fixed.js'"));
    writeFileSync(
      join(dir, 'fixed.ts'),
      [
        `import { array, integer, jsonSerializer } from '${src}/index.ts';`,
        `import { defineFuzzTarget } from '${src}/fuzz/index.ts';`,
        'const many = array(integer({ min: 0, max: 100 }), { maxItems: 40 });',
        'export const seven = defineFuzzTarget({ mutator: many, serializer: jsonSerializer(many), test(v) { void v.includes(7); } });',
        '',
      ].join('\n'),
    );
    const fixed = run();
    expect(fixed.out).toMatch(/1 passed/);
    expect(fixed.code).toBe(0);
  }, 120_000);
});
