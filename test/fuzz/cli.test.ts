/** The fuzz, read and minify subcommands on a commander program: output and exit codes. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerFuzzCommands } from '../../src/cli/fuzz-commands.js';
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

  test('an unwritable artifacts folder is a start error', async () => {
    const file = join(scratch('cli'), 'a-file');
    writeFileSync(file, '');
    const r = await cli('fuzz', `${targets}/magic.ts`, '--artifacts', join(file, 'sub'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write to artifacts folder/);
  });
});
