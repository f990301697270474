/**
 * The real npm bugs of bench/real/ (measured by bench/real-bugs-bench.mjs): for each target, an
 * input known to trigger the published bug makes the test throw with the buggy version pinned
 * and pass with the fixed one, so each oracle can fail and does not fire on correct code; each
 * target's derived mutator passes the runtime's laws on a small sample; and the committed
 * generated files are what the CLI derives now (`--check`).
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as dm from '../../src/index.js';
import type { FuzzTarget } from '../../src/fuzz/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const long = ">####################################\"##########################'####\\P#";

/** name → [known bug-triggering input (the typed value), the error the buggy version throws] */
const cases: Record<string, [unknown, RegExp]> = {
  minimist: [{ args: [{ kind: 'flag', path: ['_', 'constructor', 'constructor', 'prototype', 'polluted'], value: 'yes', separate: false }] }, /Function\.prototype\.polluted added/],
  flat: [{ entries: [{ path: ['__proto__', 'polluted'], value: true }], object: false, overwrite: false }, /Object\.prototype\.polluted added/],
  ini: [{ top: [], sections: [{ name: ['__proto__'], lines: [{ kind: 'pair', key: 'polluted', value: 'yes' }] }] }, /Object\.prototype\.polluted added/],
  'dot-prop': [{ sets: [{ path: ['constructor', 'prototype', 'polluted'], value: 1 }], gets: [] }, /Object\.prototype\.polluted added/],
  json5: [{ root: { kind: 'object', members: [{ key: '__proto__', value: { kind: 'object', members: [{ key: 'polluted', value: { kind: 'bool', value: true } }] } }] } }, /differs from JSON\.parse .*different prototypes/],
  semver: [
    { sub: { kind: 'compare', op: '>=', version: { major: 1, minor: 2, patch: 3, pre: { tag: 'pre', n: 0 } } }, sup: { kind: 'compare', op: '>=', version: { major: 1, minor: 0, patch: 0 } }, probe: { major: 0, minor: 0, patch: 0 }, includePrerelease: false },
    /subset\('>=1\.2\.3-pre\.0', '>=1\.0\.0'\) is true, but 1\.2\.3-pre\.0/,
  ],
  yaml: [{ root: { kind: 'map', entries: [{ key: 'a', value: { kind: 'seq', items: [{ kind: 'seq', items: [{ kind: 'string', value: long }] }] } }] } }, /round trip changed the value/],
  'lru-map': [{ limit: 2, calls: [{ op: 'set', key: 1, value: 5 }, { op: 'delete', key: 1 }, { op: 'has', key: 1 }] }, /call #2 has\(1\) returned true, the model false/],
};

async function targets(name: string): Promise<{ buggy: FuzzTarget; fixed: FuzzTarget }> {
  const mod = (await import(`../../bench/real/${name}/fuzz.ts`)) as { default: FuzzTarget; fixed: FuzzTarget };
  return { buggy: mod.default, fixed: mod.fixed };
}

describe.each(Object.keys(cases))('bench/real/%s', (name) => {
  const [input, error] = cases[name]!;

  test('the known input fails the buggy version and passes the fixed one', async () => {
    const { buggy, fixed } = await targets(name);
    // the typed value is one the derived mutator accepts, as an input the engine could make
    expect(buggy.mutator.validateValue(input)).toBeDefined();
    expect(() => buggy.test(input)).toThrow(error);
    expect(() => fixed.test(input)).not.toThrow();
    // the pollution oracle cleaned up after itself: the next input starts clean
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Function.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the derived mutator passes the laws on a small sample', async () => {
    const { buggy } = await targets(name);
    dm.checkMutator(buggy.mutator, { seed: 7, runs: 12, mutationsPerRun: 4, orderedLimit: 20, serializer: buggy.serializer });
  });
});

test('the committed generated files are fresh (derive-mutators --check)', async () => {
  const bin = path.join(repo, 'dist/cli/main.js');
  if (!fs.existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' });
  const inputs = Object.keys(cases).map((n) => `bench/real/${n}/types.ts`);
  const r = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, [bin, '--check', '--quiet', '--out', 'generated', ...inputs], { cwd: repo }, (e, stdout, stderr) => resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, out: stdout + stderr }));
  });
  expect(r.code, r.out).toBe(0);
}, 60_000);
