/** `derive-mutators/jazzer`: a defineFuzzTarget target as the fuzz(data) function Jazzer.js loads. */
import { describe, expect, test } from 'vitest';
import { jazzer, JazzerTargetError } from '../../src/interop/jazzer.js';
import { fromBytes, toBytes } from '../../src/index.js';
import * as exchange from '../fuzz/targets/exchange.js';
import * as simple from '../fuzz/targets/simple.js';

describe('jazzer(target)', () => {
  test('decodes the bytes through fromBytes and runs the test; toBytes inputs reach exactly their value', () => {
    const fuzz = jazzer(exchange);
    expect(() => fuzz(Uint8Array.of(1, 2, 3))).not.toThrow();
    const crash = toBytes(exchange.default.mutator, { a: 777, s: '' })!;
    expect(() => fuzz(crash)).toThrow('exchange bug: a is 777');
    // a target object works as well as its module, and a named export is chosen with { export }
    expect(() => jazzer(exchange.default)(crash)).toThrow('exchange bug');
    const shallow = jazzer(simple, { export: 'shallow' });
    expect(() => shallow(toBytes(simple.shallow.mutator, [true, false, true])!)).toThrow('shallow bug');
  });

  test('stays synchronous for a synchronous test and returns the promise of an async one', async () => {
    expect(jazzer(simple, { export: 'clean' })(Uint8Array.of(5))).toBeUndefined();
    const asyncFuzz = jazzer(simple, { export: 'asyncBug' });
    const bug = toBytes(simple.asyncBug.mutator, 950)!;
    const r = asyncFuzz(bug);
    expect(r).toBeInstanceOf(Promise);
    await expect(r).rejects.toThrow('async bug');
    expect(fromBytes(simple.asyncBug.mutator, bug)).toBe(950);
  });

  test('a module without a fuzz target is a clear error with no stack frames of ours', () => {
    let caught: unknown;
    try {
      jazzer({ notATarget: exchange.notATarget });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JazzerTargetError);
    const e = caught as Error;
    expect(e.message).toMatch(/derive-mutators\/jazzer: the module has no export 'default'/);
    expect(e.stack).not.toMatch(/\n\s+at /);
    expect(() => jazzer(exchange, { export: 'notATarget' })).toThrow(/export 'notATarget' is not a fuzz target/);
    expect(() => jazzer(undefined)).toThrow(/expected a fuzz target/);
  });

  test('a CommonJS build of a default export is found', () => {
    const cjsNamespace = { default: { default: exchange.default } };
    expect(() => jazzer(cjsNamespace)(toBytes(exchange.default.mutator, { a: 777, s: '' })!)).toThrow('exchange bug');
  });
});

describe('derive-mutators/register under Jazzer.js', () => {
  test('a comparison against a negative number literal goes to Jazzer.js\'s tracer, evaluated as written', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { bootstrapUrl, loaderPaths } = await import('../../src/fuzz/worker/loader/bootstrap.js');
    const dir = mkdtempSync(join(tmpdir(), 'dm-jazzer-cmp-'));
    writeFileSync(join(dir, 'target.ts'), 'export const f = (x: number): boolean[] => [x === -5, x !== -5, x < -5, -5 >= x, x == -5, x === 5];\n');
    const main = (stub: boolean): string =>
      `import { register } from 'node:module';\nregister(process.env.BOOT);\nconst calls = [];\n${stub ? 'globalThis.Fuzzer = { tracer: { traceNumberCmp: (a, b, op, id) => { calls.push([a, b, op, typeof id]); return op === "===" ? a === b : op === "!==" ? a !== b : op === "<" ? a < b : op === ">=" ? a >= b : a == b; } } };\n' : ''}const { f } = await import('./target.ts');\nconsole.log(JSON.stringify([f(-5), f(-6), f(5), calls]));\n`;
    for (const stub of [true, false]) {
      writeFileSync(join(dir, 'main.mjs'), main(stub));
      const r = spawnSync(process.execPath, [join(dir, 'main.mjs')], { encoding: 'utf8', env: { ...process.env, BOOT: bootstrapUrl(loaderPaths(), { jazzerCompares: true }) } });
      expect(r.stderr).toBe('');
      const [a, b, c, calls] = JSON.parse(r.stdout) as [boolean[], boolean[], boolean[], unknown[][]];
      expect(a).toEqual([true, false, false, true, true, false]);
      expect(b).toEqual([false, true, true, true, false, false]);
      expect(c).toEqual([false, true, false, false, false, true]);
      // five comparisons have a negative literal, three calls each; `x === 5` is Jazzer.js's own
      expect(calls.length).toBe(stub ? 15 : 0);
      if (stub) expect(calls[0]).toEqual([-5, -5, '===', 'number']);
    }
  });
});
