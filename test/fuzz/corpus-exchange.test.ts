/**
 * `derive-mutators corpus export/import` through the built CLI (a child process, as a user runs
 * it): corpora both ways between our engine and libFuzzer-style engines, crash files as artifacts
 * that `read` replays, bad files named and skipped, nothing overwritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fromBytes, jsonSerializer, integer, object, string, toBytes } from '../../src/index.js';
import { scratch, targets } from './helpers.js';

const dirs: string[] = [];
const tmp = (name: string): string => {
  const d = scratch(name);
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const target = `${targets}/exchange.ts`;
const pair = object<{ a: number; s: string }>({ a: integer({ min: 0, max: 1000 }), s: string({ maxLength: 8 }) });
const ser = jsonSerializer(pair);

describe('corpus export / import', () => {
  test('a corpus goes to libFuzzer byte files and comes back as the same corpus files', () => {
    const d = tmp('exchange');
    const corpus = join(d, 'corpus');
    const nested = 'examples/nested-enum/fuzz.ts';
    const fuzzed = cli('fuzz', nested, '--corpus', corpus, '--max-iterations', '3000', '--seed', '3', '--artifacts', join(d, 'art'));
    expect(fuzzed.code).toBe(0);
    // (the folder's owner record, .derive-mutators-target, is not a corpus file)
    const names = readdirSync(corpus).filter((n) => !n.startsWith('.')).sort();
    expect(names.length).toBeGreaterThan(1);
    const ex = cli('corpus', 'export', corpus, nested, join(d, 'bytes'), '--json');
    expect(ex.code).toBe(0);
    const exported = JSON.parse(ex.out) as { written: string[]; skipped: unknown[] };
    expect(exported.written).toHaveLength(names.length);
    expect(exported.skipped).toEqual([]);
    // libFuzzer's naming: the SHA-1 of the content
    expect(readdirSync(join(d, 'bytes')).every((n) => /^[0-9a-f]{40}$/.test(n))).toBe(true);
    const im = cli('corpus', 'import', join(d, 'bytes'), nested, join(d, 'back'));
    expect(im.code).toBe(0);
    expect(im.out).toContain(`imported ${names.length} inputs`);
    expect(readdirSync(join(d, 'back')).sort()).toEqual(names);
    // a second import writes nothing and overwrites nothing
    const again = cli('corpus', 'import', join(d, 'bytes'), nested, join(d, 'back'));
    expect(again.out).toContain(`imported 0 inputs`);
    expect(again.out).toContain(`(${names.length} there already)`);
  });

  test('a libFuzzer crash file becomes an artifact that read replays', () => {
    const d = tmp('exchange');
    const crashes = join(d, 'jazzer');
    mkdirSync(crashes);
    writeFileSync(join(crashes, 'crash-0123abcd'), toBytes(pair, { a: 777, s: 'x' })!);
    writeFileSync(join(crashes, 'plain-input'), Uint8Array.of(1, 2, 3, 4, 5));
    const im = cli('corpus', 'import', crashes, target, join(d, 'corpus'), '--artifacts', join(d, 'art'), '--json');
    expect(im.code).toBe(0);
    const r = JSON.parse(im.out) as { written: string[]; artifacts: Array<{ file: string; replay: string }> };
    expect(r.written).toHaveLength(1);
    expect(ser.fromData(new Uint8Array(readFileSync(r.written[0]!)))).toEqual(fromBytes(pair, Uint8Array.of(1, 2, 3, 4, 5)));
    expect(r.artifacts).toHaveLength(1);
    const artifact = r.artifacts[0]!.file;
    expect(artifact).toMatch(/error-[0-9a-f]+\.json$/);
    expect(r.artifacts[0]!.replay).toContain('derive-mutators read');
    const replay = cli('read', artifact, target, '--artifacts', join(d, 'art'));
    expect(replay.code).toBe(1);
    expect(replay.err).toContain('exchange bug: a is 777');
  });

  test('files that decode to no valid value, or have no byte form, are named and skipped', () => {
    const d = tmp('exchange');
    const inputs = join(d, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'garbage'), Uint8Array.of(9, 9, 9, 9, 9, 9));
    const im = cli('corpus', 'import', inputs, target, join(d, 'corpus'), '--export', 'strict');
    expect(im.code).toBe(0);
    expect(im.err).toMatch(/skipped 1:\n.*garbage: decodes to a value the target's mutator does not accept/);
    expect(readdirSync(join(d, 'corpus'))).toEqual([]);

    const corpus = join(d, 'mine');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'small.json'), ser.toData({ a: 1, s: '' }));
    writeFileSync(join(corpus, 'big.json'), ser.toData({ a: 1000, s: 'abcdefgh' }));
    writeFileSync(join(corpus, 'broken.json'), 'not json');
    const ex = cli('corpus', 'export', corpus, target, join(d, 'bytes'), '--max-complexity', '20');
    expect(ex.code).toBe(0);
    expect(ex.out).toContain('exported 1 input ');
    expect(ex.err).toMatch(/big\.json: no byte form: its complexity .* exceeds the decoder's bound 20/);
    expect(ex.err).toMatch(/broken\.json: does not decode to a value of the target's type/);
  });

  test('--max-bytes skips inputs whose bytes are longer, names them, and says which -max_len to pass', () => {
    const d = tmp('exchange');
    const corpus = join(d, 'mine');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'short.json'), ser.toData({ a: 1, s: '' }));
    writeFileSync(join(corpus, 'long.json'), ser.toData({ a: 7, s: 'abcdefgh' }));
    const sizes = [toBytes(pair, { a: 1, s: '' })!.length, toBytes(pair, { a: 7, s: 'abcdefgh' })!.length];
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    const limit = sizes[0]!;
    const ex = cli('corpus', 'export', corpus, target, join(d, 'bytes'), '--max-bytes', String(limit));
    expect(ex.code).toBe(0);
    expect(ex.out).toContain('exported 1 input ');
    expect(ex.out).toContain(`pass -max_len=${limit} to libFuzzer`);
    expect(ex.err).toContain(`long.json: its ${sizes[1]} bytes exceed --max-bytes ${limit}`);
    const [only] = readdirSync(join(d, 'bytes'));
    expect(fromBytes(pair, new Uint8Array(readFileSync(join(d, 'bytes', only!))))).toEqual({ a: 1, s: '' });
    // without it, both; a bad value is refused before anything is read
    const all = cli('corpus', 'export', corpus, target, join(d, 'all'), '--json');
    expect((JSON.parse(all.out) as { written: string[] }).written).toHaveLength(2);
    const bad = cli('corpus', 'export', corpus, target, join(d, 'none'), '--max-bytes', '0');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain("expects a positive number, got '0'");
  });

  test('a module without a fuzz target, or a missing folder, cannot start (exit 2, no stack)', () => {
    const d = tmp('exchange');
    const none = cli('corpus', 'export', d, target, join(d, 'out'), '--export', 'nope');
    expect(none.code).toBe(2);
    expect(none.err).toContain("has no export 'nope'");
    expect(none.err).not.toMatch(/\n\s+at /);
    const missing = cli('corpus', 'import', join(d, 'no-such-dir'), target, join(d, 'c'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read folder .*no-such-dir/);
  });

  test('a target importing a missing module: DM3002 with its hint, no loader frame', () => {
    const d = tmp('exchange');
    const r = cli('corpus', 'export', d, 'test/fixtures/fuzz-bundler/src/missing.ts', join(d, 'out'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error DM3002: cannot load target .*uses-missing\.ts imports '\.\/no-such-helper', which cannot be found/);
    expect(r.err).toMatch(/\n {2}Check the specifier/);
    expect(r.err).not.toMatch(/\n\s+at |data:text/);
  });
});
