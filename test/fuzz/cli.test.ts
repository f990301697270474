/** The fuzz, read and minify subcommands on a commander program: output and exit codes. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerFuzzCommands } from '../../src/cli/fuzz-commands.js';
import { main } from '../../src/cli/main.js';
import { scratch, targets } from './helpers.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const program = new Command('derive-mutators').exitOverride();
  registerFuzzCommands(program);
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out: out.join(''), err: err.join('') };
}

afterEach(() => {
  process.exitCode = 0;
});

describe('derive-mutators fuzz / read', () => {
  test('fuzz --json prints one result object and exits 1 on a failure; read replays the artifact', async () => {
    const artifacts = scratch('cli');
    const r = await cli('fuzz', `${targets}/magic.ts`, '--seed', '1', '--max-iterations', '200000', '--artifacts', artifacts, '--json');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.out.trim()) as { status: string; artifact: string; iterations: number; execsPerSecond: number; corpusSize: number; coverage: number };
    expect(result).toMatchObject({ status: 'failed' });
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['status', 'iterations', 'seconds', 'execsPerSecond', 'artifact', 'corpusSize', 'coverage']));
    expect(readdirSync(artifacts).some((f) => f.endsWith('.error.txt'))).toBe(true);
    const replay = await cli('read', result.artifact, `${targets}/magic.ts`);
    expect(replay.code).toBe(1);
    expect(replay.err).toMatch(/magic reached/);
    expect(replay.err).toMatch(/"s": "open sesame"/);
  });

  test('a passing run exits 0 with a summary line', async () => {
    const r = await cli('fuzz', `${targets}/simple.ts`, '--export', 'clean', '--max-iterations', '3000', '--artifacts', scratch('cli'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/passed: 3000 iterations/);
  });

  test.each([
    [['fuzz', 'no/such/target.ts'], /does not exist/],
    [['fuzz', `${targets}/broken.ts`], /cannot load target.*broken at import time/s],
    [['fuzz', `${targets}/simple.ts`, '--export', 'nope'], /no export 'nope'.*shallow/],
    [['fuzz', `${targets}/simple.ts`, '--export', 'notATarget'], /not a fuzz target/],
    [['fuzz', `${targets}/magic.ts`, '--jobs', '0'], /jobs/],
  ])('cannot start: %j exits 2 with a message', async (args, message) => {
    const r = await cli(...args, '--artifacts', scratch('cli'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test('a target that does not load: its error and its own frames, no engine or node internals', async () => {
    const dir = scratch('cli');
    writeFileSync(join(dir, 'syntax.ts'), 'export const x = 1;\nexport default ))) 1 +;\n');
    for (const extra of [[], ['--no-instrument']]) {
      const r = await cli('fuzz', join(dir, 'syntax.ts'), ...extra, '--artifacts', dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot load target .*syntax\.ts: SyntaxError: .*syntax\.ts:2:16: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const broken = await cli('fuzz', `${targets}/broken.ts`, '--artifacts', dir);
    expect(broken.err).toMatch(/Error: broken at import time\n\s+at .*broken\.ts:2:\d+/);
    expect(broken.err).not.toMatch(/node:internal|worker-main/);
  });

  test('a status line about once a second on stderr; with --json none, and stdout is exactly the result object', async () => {
    const plain = await cli('fuzz', `${targets}/simple.ts`, '--export', 'clean', '--max-time', '2.5', '--artifacts', scratch('cli'));
    expect(plain.code).toBe(0);
    const lines = plain.err.split('\n').filter((l) => / execs, /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const l of lines) expect(l).toMatch(/^[\d.]+[kM]? execs, [\d.]+[kM]? exec\/s, pool \d+, cov (\d+)\/(\d+) edges, budget \d+, \d+s$/);
    const [, covered, total] = /cov (\d+)\/(\d+) edges/.exec(lines.at(-1)!)!;
    expect(Number(covered)).toBeGreaterThan(0);
    expect(Number(covered)).toBeLessThanOrEqual(Number(total));
    const json = await cli('fuzz', `${targets}/simple.ts`, '--export', 'clean', '--max-time', '2.5', '--artifacts', scratch('cli'), '--json');
    expect(json.code).toBe(0);
    expect(json.err).not.toMatch(/exec\/s/);
    expect(json.out.endsWith('\n') && json.out.indexOf('\n') === json.out.length - 1).toBe(true);
    const result = JSON.parse(json.out) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['status', 'iterations', 'seconds', 'execsPerSecond', 'artifact', 'corpusSize', 'coverage', 'seed']);
    expect(result).toMatchObject({ status: 'passed', artifact: null });
    for (const k of ['iterations', 'seconds', 'execsPerSecond', 'corpusSize', 'coverage', 'seed']) expect(result[k]).toBeTypeOf('number');
  });

  test('--json on a run that cannot start prints {status: "error", message} and exits 2', async () => {
    const r = await cli('fuzz', 'no/such/target.ts', '--json', '--artifacts', scratch('cli'));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ status: 'error', message: 'target no/such/target.ts does not exist' });
  });

  test('minify writes a smaller failing input, prints its replay and exits 0; a passing or undecodable input exits 2', async () => {
    const dir = scratch('cli');
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify(Array.from({ length: 30 }, () => 90)));
    const r = await cli('minify', big, `${targets}/simple.ts`, '--export', 'sum', '--seed', '1', '--max-time', '3', '--artifacts', dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/minify: complexity [\d.]+ -> [\d.]+ in [\d.]+s, fails the same way \(Error: sum too large\)/);
    const artifact = /artifact: (\S+)/.exec(r.err)?.[1];
    expect(artifact).not.toBe(big);
    expect((JSON.parse(readFileSync(artifact!, 'utf8')) as number[]).length).toBeLessThan(30);
    expect(r.err).toContain(`replay:   derive-mutators read ${artifact} ${targets}/simple.ts --export sum`);
    writeFileSync(join(dir, 'small.json'), '[1, 2]');
    writeFileSync(join(dir, 'garbage.json'), 'not json');
    const passing = await cli('minify', join(dir, 'small.json'), `${targets}/simple.ts`, '--export', 'sum', '--artifacts', dir);
    expect(passing).toMatchObject({ code: 2, err: expect.stringMatching(/small\.json does not fail \(nothing to minify\)/) });
    const garbage = await cli('read', join(dir, 'garbage.json'), `${targets}/simple.ts`, '--export', 'sum', '--artifacts', dir);
    expect(garbage).toMatchObject({ code: 2, err: expect.stringMatching(/garbage\.json does not decode to a value of the target's type/) });
    expect(passing.err + garbage.err).not.toMatch(/\n\s+at /);
  });

  test('bad number flags through the bin: exit 2 with DM2001 naming the flag, or the start error naming the option', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--max-iterations', 'abc'], /^error DM2001: option '--max-iterations <n>' argument 'abc' is invalid\. --max-iterations expects a non-negative integer, got 'abc'/],
      [['--seed', '-1'], /^error DM2001: .*--seed expects a non-negative integer, got '-1'/],
      [['--max-time', '1e999'], /^error DM2001: .*--max-time expects a non-negative number/],
      [['--jobs', '0'], /^error: option 'jobs' must be a positive integer, got 0/],
      [['--max-iterations', '0'], /^error: option 'maxIterations' must be a positive integer, got 0/],
    ];
    for (const [flags, message] of cases) {
      const err: string[] = [];
      const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
      process.exitCode = 0;
      const code = await main(['fuzz', `${targets}/simple.ts`, '--export', 'clean', '--artifacts', scratch('cli'), ...flags], { stdout: () => {}, stderr: (l) => err.push(l), cwd: process.cwd() }).finally(() => e.mockRestore());
      process.exitCode = 0;
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(message);
      expect(err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });

  test('an unwritable artifacts folder is a start error', async () => {
    const file = join(scratch('cli'), 'a-file');
    writeFileSync(file, '');
    const r = await cli('fuzz', `${targets}/magic.ts`, '--artifacts', join(file, 'sub'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write to artifacts folder/);
  });

  // Node's recursive mkdir spins forever on such a path; the start check must fail at once
  test.runIf(existsSync('/proc/self'))('an artifacts folder under /proc is a start error, not a hang', async () => {
    const r = await cli('fuzz', `${targets}/magic.ts`, '--artifacts', '/proc/derive-mutators-test/artifacts');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write to artifacts folder \/proc\/derive-mutators-test\/artifacts: ENOENT/);
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 10_000);
});
