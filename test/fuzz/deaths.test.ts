/**
 * Failures that end or block the worker still leave an artifact that `read` replays: the main
 * thread reads the last input from shared memory (no question to the dying worker). A hang in
 * native code is ended after a few per-input timeouts, not 30 s.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fuzz, replay } from '../../src/fuzz/index.js';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';
import { targets } from './helpers.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const deaths = `${targets}/deaths.ts`;

/** fuzz until the failure, check the report, then replay the artifact with `read` */
async function failsAndReplays(exportName: string, kind: string, message: RegExp, extra: string[] = []): Promise<string> {
  const artifacts = dirs.make('death');
  const r = await cli('fuzz', deaths, '--export', exportName, '--seed', '1', '--max-time', '20', '--artifacts', artifacts, ...extra);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(new RegExp(`fuzz: ${kind} after \\d+ iterations`));
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(TOOL_FRAME);
  const artifact = /artifact: (\S+)/.exec(r.err)![1]!;
  expect(artifact).toMatch(new RegExp(`${kind}-[0-9a-f]{16}\\.json$`));
  const value = JSON.parse(readFileSync(artifact, 'utf8')) as number;
  expect(value).toBeGreaterThan(300);
  expect(readFileSync(`${artifact}.error.txt`, 'utf8')).toMatch(message);
  const again = await cli('read', artifact, deaths, '--export', exportName, ...extra);
  expect(again.code).toBe(1);
  expect(again.err).toMatch(new RegExp(`read: ${kind} after 1 iterations`));
  expect(again.err).toMatch(message);
  expect(again.err).toContain(`value:\n  ${value}`);
  return artifact;
}

describe('failures that end the worker leave an artifact', () => {
  test('a catastrophic regular expression (native code) is a timeout after 3 per-input timeouts', async () => {
    const artifact = await failsAndReplays('regex', 'timeout', /timeout DM3202: input ran longer than 600 ms \(3 x the 200 ms timeout\) where the deadline cannot stop it: native code such as a regular expression/);
    expect(readFileSync(`${artifact}.error.txt`, 'utf8')).toMatch(/hint: Look for a regular expression with nested quantifiers/);
  });

  test('process.exit in the target', async () => {
    await failsAndReplays('exit', 'exit', /exit DM3204: the target ended the worker with process\.exit\(3\)/);
  });

  test('process.abort in the target', async () => {
    await failsAndReplays('abort', 'abort', /abort: TypeError: process\.abort\(\) is not supported in workers/);
  });

  test('a fast allocation loop reaches the heap limit: out-of-memory, with the input', async () => {
    const artifacts = dirs.make('oom');
    const o = { target: deaths, export: 'alloc', seed: 1, maxMemory: 48, artifacts };
    const r = await fuzz(o);
    expect(r).toMatchObject({ status: 'failed', failure: { kind: 'out-of-memory', value: expect.any(Number) } });
    expect(r.failure).toMatchObject({ code: 'DM3203', hint: expect.stringMatching(/allocation that grows with the input/) });
    expect(r.failure!.message).toMatch(/heap reached its hard limit \(72 MB: 1\.5 x maxMemory 48 MB\)/);
    expect(Number(r.failure!.value)).toBeGreaterThan(300);
    expect(existsSync(r.artifact!)).toBe(true);
    const again = await replay(r.artifact!, o);
    expect(again).toMatchObject({ status: 'failed', artifact: r.artifact, failure: { kind: 'out-of-memory', value: r.failure!.value } });
  });

  test('an error thrown from a timer the target left behind is a crash, reported with the last input', async () => {
    const artifacts = dirs.make('late');
    const r = await cli('fuzz', deaths, '--export', 'late', '--seed', '1', '--max-time', '20', '--artifacts', artifacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hint: The error was thrown outside the test call/);
    expect(r.err).toMatch(/crash DM3205: uncaught in the worker, outside the test call: Error: late failure for \d+, after this input had finished/);
    expect(r.err).toMatch(/at .*deaths\.ts:\d+:\d+/);
    expect(r.err).not.toMatch(TOOL_FRAME);
    expect(existsSync(/artifact: (\S+)/.exec(r.err)![1]!)).toBe(true);
  });

  test('a hang inside a dependency that is not instrumented (node_modules) is a timeout with its input', async () => {
    const dir = dirs.make('dep');
    const dep = join(dir, 'node_modules', 'busy-dep');
    mkdirSync(dep, { recursive: true });
    writeFileSync(join(dep, 'package.json'), JSON.stringify({ name: 'busy-dep', type: 'module', main: 'index.js' }));
    // a plain loop: in node_modules it gets no deadline check, so only the main thread can end it
    writeFileSync(join(dep, 'index.js'), 'export function spin(n) { let i = 0; while (n > 300) i++; return i; }\n');
    const src = resolve('src');
    writeFileSync(
      join(dir, 'fuzz.ts'),
      [
        `import { integer, jsonSerializer } from '${src}/index.ts';`,
        `import { defineFuzzTarget } from '${src}/fuzz/index.ts';`,
        `import { spin } from 'busy-dep';`,
        'const ints = integer({ min: 0, max: 1000 });',
        'export default defineFuzzTarget({ mutator: ints, serializer: jsonSerializer(ints), test(v) { spin(v); } });',
        '',
      ].join('\n'),
    );
    const artifacts = join(dir, 'artifacts');
    const started = Date.now();
    const r = await cli('fuzz', join(dir, 'fuzz.ts'), '--seed', '1', '--timeout', '250', '--max-time', '20', '--artifacts', artifacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/timeout DM3202: input ran longer than 750 ms \(3 x the 250 ms timeout\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
    const artifact = /artifact: (\S+)/.exec(r.err)![1]!;
    expect(Number(readFileSync(artifact, 'utf8'))).toBeGreaterThan(300);
    const again = await cli('read', artifact, join(dir, 'fuzz.ts'), '--timeout', '250');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/read: timeout after 1 iterations/);
  });
});
