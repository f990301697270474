/**
 * `derive-mutators init oss-fuzz` on a small TypeScript project, as a user runs it (the built CLI
 * in a child process): the files' content, nothing overwritten, build.sh's commands run against a
 * stub of the base image's tools (npm, compile_javascript_fuzzer; tsc is real), the fuzzer it
 * declares finding its bug through derive-mutators/jazzer, and under Jazzer.js itself when the
 * peer chroot of ../shared/peers is set up (skipped otherwise; CI never needs it).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const repo = resolve('.');
const cliPath = join(repo, 'dist/cli/main.js');
const jazzerSh = resolve(repo, '../shared/peers/jazzer.sh');
const chrootReady = existsSync('/opt/trixie/opt/jazzer/node_modules/@jazzer.js/core/dist/cli.js') && existsSync(jazzerSh) && process.getuid?.() === 0;

let src: string;
let project: string;

const TARGET = `import { defineFuzzTarget } from 'derive-mutators/fuzz';
import { integer, jsonSerializer, object, string } from 'derive-mutators';

const order = object<{ qty: number; sku: string }>({ qty: integer({ min: 0, max: 100000 }), sku: string({ maxLength: 6 }) });

export default defineFuzzTarget({
  mutator: order,
  serializer: jsonSerializer(order),
  test(o) {
    if (o.qty === 4242) throw new Error('order bug: qty ' + o.qty);
  },
});
`;

// what a user's shell has: no variables of this vitest run
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));

function run(args: string[], cwd = project): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: userEnv, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  src = mkdtempSync(join(tmpdir(), 'dm-fuzz-ossfuzz-'));
  project = join(src, 'shop');
  mkdirSync(join(project, 'fuzz'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: '@acme/shop', private: true, type: 'module' }));
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, skipLibCheck: true, types: [] }, include: ['fuzz/**/*.ts'] }));
  writeFileSync(join(project, 'fuzz/order.fuzz.ts'), TARGET);
  // an installed derive-mutators: what `npm install` puts there (the package files, typescript for npx tsc)
  const installed = join(project, 'node_modules/derive-mutators');
  mkdirSync(installed, { recursive: true });
  for (const f of ['package.json', 'dist', 'templates']) cpSync(join(repo, f), join(installed, f), { recursive: true });
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(join(repo, 'node_modules/typescript'), join(project, 'node_modules/typescript'));
  symlinkSync(join(repo, 'node_modules/typescript/bin/tsc'), join(project, 'node_modules/.bin/tsc'));
});
afterAll(() => rmSync(src, { recursive: true, force: true }));

describe('init oss-fuzz', () => {
  test('writes .clusterfuzzlite/ and a workflow for the targets', () => {
    const r = run(['init', 'oss-fuzz', 'fuzz/order.fuzz.ts']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const read = (p: string): string => readFileSync(join(project, p), 'utf8');
    expect(read('.clusterfuzzlite/Dockerfile')).toMatch(/^FROM gcr\.io\/oss-fuzz-base\/base-builder-javascript$/m);
    expect(read('.clusterfuzzlite/Dockerfile')).toContain('COPY . $SRC/shop');
    expect(read('.clusterfuzzlite/project.yaml')).toMatch(/^language: javascript$/m);
    const build = read('.clusterfuzzlite/build.sh');
    expect(build).toMatch(/^npx tsc -p tsconfig\.json --outDir \.clusterfuzzlite\/build --rootDir \. /m);
    expect(build).toMatch(/^compile_javascript_fuzzer shop \.clusterfuzzlite\/fuzzers\/order\.js --sync$/m);
    expect(read('.clusterfuzzlite/fuzzers/order.js')).toContain("import * as target from '../build/fuzz/order.fuzz.js';");
    expect(read('.github/workflows/cflite_pr.yml')).toContain('google/clusterfuzzlite/actions/build_fuzzers@v1');
    expect(read('.github/workflows/cflite_pr.yml')).toMatch(/language: javascript/);
  });

  test('never overwrites a file the user changed without --force', () => {
    const file = join(project, '.clusterfuzzlite/build.sh');
    expect(run(['init', 'oss-fuzz', 'fuzz/order.fuzz.ts']).out).toContain('unchanged  .clusterfuzzlite/build.sh');
    const edited = `${readFileSync(file, 'utf8')}# my own step\n`;
    writeFileSync(file, edited);
    const refused = run(['init', 'oss-fuzz', 'fuzz/order.fuzz.ts']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('.clusterfuzzlite/build.sh');
    expect(refused.err).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = run(['init', 'oss-fuzz', 'fuzz/order.fuzz.ts', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('overwrote  .clusterfuzzlite/build.sh');
    expect(readFileSync(file, 'utf8')).not.toContain('# my own step');
  });

  test('a target module without a fuzz target is reported, exit 2, nothing written', () => {
    writeFileSync(join(project, 'fuzz/empty.ts'), 'export const x = 1;\n');
    const r = run(['init', 'oss-fuzz', 'fuzz/empty.ts']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("has no export 'default'");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(project, '.clusterfuzzlite/fuzzers/empty.js'))).toBe(false);
  });

  test("build.sh runs against the base image's tools and the fuzzer it declares finds the bug", async () => {
    const stubs = join(src, 'stubs');
    mkdirSync(stubs, { recursive: true });
    const log = join(src, 'calls.log');
    for (const tool of ['npm', 'compile_javascript_fuzzer']) {
      writeFileSync(join(stubs, tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`);
      chmodSync(join(stubs, tool), 0o755);
    }
    const r = spawnSync('bash', [join(project, '.clusterfuzzlite/build.sh')], { env: { ...userEnv, SRC: src, OUT: join(src, 'out'), PATH: `${stubs}:${process.env.PATH}` }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['npm ci', 'compile_javascript_fuzzer shop .clusterfuzzlite/fuzzers/order.js --sync']);
    expect(existsSync(join(project, '.clusterfuzzlite/build/fuzz/order.fuzz.js'))).toBe(true);
    // the declared fuzzer is what Jazzer.js loads: fuzz(data) over fromBytes
    const probe = `const m = await import(${JSON.stringify(pathToFileURL(join(project, '.clusterfuzzlite/fuzzers/order.js')).href)});
const { toBytes } = await import('derive-mutators');
const t = (await import(${JSON.stringify(pathToFileURL(join(project, '.clusterfuzzlite/build/fuzz/order.fuzz.js')).href)})).default;
m.fuzz(Uint8Array.of(1, 2, 3));
try { m.fuzz(toBytes(t.mutator, { qty: 4242, sku: '' })); console.log('no bug'); } catch (e) { console.log(e.message); }`;
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: project, env: userEnv, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.stdout.trim()).toBe('order bug: qty 4242');
  });

  test.skipIf(!chrootReady)('the declared fuzzer runs under Jazzer.js and finds the bug (peer chroot)', () => {
    const r = spawnSync('bash', [jazzerSh, project, '.clusterfuzzlite/fuzzers/order.js', '--sync', '-max_total_time=60', '-seed=1'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(`${r.stdout}${r.stderr}`).toContain('order bug: qty 4242');
    expect(r.status).toBe(77);
  }, 150_000);
});
