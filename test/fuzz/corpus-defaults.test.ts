/**
 * Defaults that keep work, through the CLI: a corpus folder per target when none is given, the
 * seed printed (and `--seed` repeating the run), another target's corpus recognised in one line
 * and left untouched, a read-only corpus folder a coded warning (the run goes on), `--max-memory`
 * as a flag, and `--json`'s failure.value the value itself.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';
import { targets } from './helpers.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const simple = resolve(`${targets}/simple.ts`);

/** the built CLI in a child process, as a user runs it (optionally as another user) */
function bin(args: string[], cwd: string, env: Record<string, string | undefined> = {}, uid?: number): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [resolve('dist/cli/main.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, DERIVE_MUTATORS_CORPUS_ROOT: undefined, ...env }, ...(uid === undefined ? {} : { uid, gid: uid }) });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const files = (dir: string): string[] => readdirSync(dir).sort();

describe('corpus defaults', () => {
  test('without --corpus a run keeps its inputs in .fuzz-corpus/<target>/, says so once, and the next run reads them', () => {
    const cwd = dirs.make('cwd');
    const first = bin(['fuzz', simple, '--export', 'clean', '--seed', '1', '--max-iterations', '5000', '--artifacts', 'art'], cwd);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/^note: created \.fuzz-corpus\/simple\.clean\/, this target's default corpus folder: commit \.fuzz-corpus\/ to keep what the fuzzer learned, or add it to \.gitignore$/m);
    const saved = files(join(cwd, '.fuzz-corpus/simple.clean'));
    expect(saved).toContain('.derive-mutators-target');
    expect(saved.filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
    const second = bin(['fuzz', simple, '--export', 'clean', '--max-iterations', '5000', '--artifacts', 'art'], cwd);
    expect(second.code).toBe(0);
    expect(second.err).not.toMatch(/note: created/);
    expect(second.err).toMatch(/^fuzz: seed \d+ \(--seed \d+ repeats this run\), corpus \.fuzz-corpus\/simple\.clean$/m);
    expect(Number(/corpus (\d+)/.exec(second.out)![1])).toBeGreaterThanOrEqual(saved.length - 1);
    const none = bin(['fuzz', simple, '--export', 'sum', '--no-corpus', '--max-iterations', '100', '--artifacts', 'art'], cwd);
    expect(none.err).toMatch(/corpus none$/m);
    expect(files(join(cwd, '.fuzz-corpus'))).toEqual(['simple.clean']);
  });

  test('the seed is printed at the start and --seed repeats the run', async () => {
    const run = (extra: string[]) => cli('fuzz', simple, '--export', 'shallow', '--no-corpus', '--minimize-time', '0', '--max-iterations', '100000', '--artifacts', dirs.make('art'), ...extra);
    const first = await run([]);
    expect(first.code).toBe(1);
    const seed = /^fuzz: seed (\d+) \(--seed \1 repeats this run\)/m.exec(first.err)![1]!;
    const again = await run(['--seed', seed]);
    const found = (r: { err: string }) => [/error after (\d+) iterations/.exec(r.err)![1], basename(/artifact: (\S+)/.exec(r.err)![1]!)];
    expect(found(again)).toEqual(found(first));
    const json = await run(['--seed', seed, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ seed: Number(seed), iterations: Number(found(first)[0]) });
  });

  test("another target's corpus folder: one coded line, its files skipped, nothing added", async () => {
    const corpus = dirs.make('owned');
    expect((await cli('fuzz', simple, '--export', 'clean', '--max-iterations', '3000', '--corpus', corpus, '--artifacts', dirs.make('art'))).code).toBe(0);
    const before = files(corpus);
    const r = await cli('fuzz', simple, '--export', 'sum', '--max-iterations', '3000', '--minimize-time', '0', '--corpus', corpus, '--artifacts', dirs.make('art'));
    expect(r.err.match(/DM3301/g)).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`warning: DM3301: corpus folder \\S+ belongs to \\S*simple\\.ts --export clean: its ${before.length - 1} files? (is|are) skipped and this run saves nothing there`));
    expect(r.err).toMatch(/\n {2}Each target keeps its own corpus/);
    expect(files(corpus)).toEqual(before);
    // a folder without an owner record where no file decodes: the same, in one line, not 105
    const legacy = dirs.make('legacy');
    for (let i = 0; i < 105; i++) writeFileSync(join(legacy, `f${i}.json`), JSON.stringify(`not a number ${i}`));
    const l = await cli('fuzz', simple, '--export', 'clean', '--max-iterations', '3000', '--corpus', legacy, '--artifacts', dirs.make('art'));
    expect(l.code).toBe(0);
    expect(l.err).toMatch(/warning: DM3301: none of the 105 files in corpus folder \S+ decodes to this target's type: it looks like another target's corpus/);
    expect(l.err.split('\n').filter((x) => x.includes('.json')).length).toBe(0);
    expect(files(legacy)).toHaveLength(105);
    expect(l.err).not.toMatch(TOOL_FRAME);
  });

  test('a read-only corpus folder: a coded warning, its files read, the run goes on', () => {
    // root writes anywhere: run as nobody, for whom the folder is read-only (in /tmp, which nobody
    // can reach; the tests' own temporary root is private)
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const top = uid === undefined ? dirs.make('ro') : mkdtempSync('/tmp/dm-fuzz-ro-');
    chmodSync(top, 0o755);
    const corpus = join(top, 'corpus');
    const work = join(top, 'work');
    mkdirSync(corpus);
    mkdirSync(work, { mode: 0o777 });
    chmodSync(work, 0o777);
    writeFileSync(join(corpus, 'seed.json'), '600');
    chmodSync(corpus, 0o555);
    let r: ReturnType<typeof bin>;
    let after: string[];
    try {
      r = bin(['fuzz', simple, '--export', 'clean', '--max-iterations', '3000', '--corpus', corpus, '--artifacts', join(work, 'art')], work, { TMPDIR: work }, uid);
    } finally {
      after = files(corpus);
      chmodSync(corpus, 0o755);
      if (uid !== undefined) rmSync(top, { recursive: true, force: true });
    }
    expect(r.err).toMatch(/warning: DM3302: corpus folder \S+ is not writable \(EACCES\): its 1 file is read, this run's new inputs are not saved\n {2}Make the folder writable/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^passed: 3000 iterations/);
    expect(r.err).toMatch(/corpus \S+ \(read only\)$/m);
    expect(r.err).not.toMatch(/\n\s+at |data:text/);
    expect(r.err).not.toMatch(/EACCES: permission denied|cannot write to artifacts/);
    expect(after).toEqual(['seed.json']);
  });

  test('--json: failure.value is the value itself; the report prints it readably', async () => {
    const r = await cli('fuzz', simple, '--export', 'shallow', '--seed', '4', '--no-corpus', '--minimize-time', '0', '--json', '--artifacts', dirs.make('art'));
    expect(r.code).toBe(1);
    const { failure, artifact } = JSON.parse(r.out) as { failure: { value: unknown; valueText: string }; artifact: string };
    expect(Array.isArray(failure.value)).toBe(true);
    expect((failure.value as unknown[]).slice(0, 3)).toEqual([true, false, true]);
    expect(failure.value).toEqual(JSON.parse(readFileSync(artifact, 'utf8')));
    expect(failure.valueText).toMatch(/^\[\n {2}true,/);
  });

  test('--max-memory sets the heap limit of the out-of-memory guard', async () => {
    const r = await cli('fuzz', `${targets}/deaths.ts`, '--export', 'alloc', '--seed', '1', '--max-memory', '48', '--max-time', '20', '--no-corpus', '--artifacts', dirs.make('art'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/out-of-memory DM3203: the worker's heap reached its hard limit \(72 MB: 1\.5 x maxMemory 48 MB\)/);
    const bad = await cli('fuzz', simple, '--export', 'clean', '--max-memory', '0', '--artifacts', dirs.make('art'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/option 'maxMemory' must be a positive number, got 0/);
  });
});
