/**
 * The examples' derived mutators are committed under generated/ (with their merge bases in
 * generated/.derive-mutators/): `npm run check:generated` passes on the repository and fails
 * (exit 1, DM2102) once an example's types.ts changes without regenerating.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repo, 'dist/cli/main.js');
const examples = fs.readdirSync(path.join(repo, 'examples')).filter((d) => fs.existsSync(path.join(repo, 'examples', d, 'types.ts')));
let tmp: string;

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out: stdout + stderr }));
  });
}

beforeAll(() => {
  try {
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' });
  } catch {
    // others' work in progress may not typecheck; tsc still emits
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-examples-'));
  // whole folders: an example's types.ts may re-export a class tagged @calls from its sources
  for (const e of examples) fs.cpSync(path.join(repo, 'examples', e), path.join(tmp, 'examples', e), { recursive: true });
  fs.cpSync(path.join(repo, 'generated'), path.join(tmp, 'generated'), { recursive: true });
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('generated/examples', () => {
  it('every example has a committed output and merge base', () => {
    expect(examples.sort()).toEqual(['job-queue', 'nested-enum', 'parser', 'wasm-api']);
    for (const e of examples) {
      expect(fs.existsSync(path.join(repo, 'generated/examples', e, 'types.mutators.ts'))).toBe(true);
      expect(fs.existsSync(path.join(repo, 'generated/.derive-mutators/examples', e, 'types.mutators.ts'))).toBe(true);
    }
  });

  it('npm run check:generated passes on the repository', async () => {
    const r = await run('npm', ['run', 'check:generated'], repo);
    expect(r.code, r.out).toBe(0);
  }, 60_000);

  it('--check exits 1 once an example type changes (copy in a temp folder)', async () => {
    const args = [bin, '--check', '--out', 'generated', ...examples.map((e) => `examples/${e}/types.ts`)];
    expect((await run(process.execPath, args, tmp)).code).toBe(0);
    const file = path.join(tmp, 'examples/wasm-api/types.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('/** @maxItems 100 */', '/** @maxItems 50 */'));
    const r = await run(process.execPath, args, tmp);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/DM2102/);
    expect(r.out).toMatch(/generated\/examples\/wasm-api\/types\.mutators\.ts/);
  }, 60_000);
});
