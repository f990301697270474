/**
 * `--include`: a bug inside a dependency (node_modules/coupon-esm, coupon-cjs, written to a temp
 * folder here) behind a comparison is found with the package included and gets no feedback
 * without; a name that is not installed is DM3001 and exit 2; a dependency file the transform
 * cannot take loads uninstrumented with one DM3101 warning naming it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { registerFuzzCommands } from '../../src/cli/fuzz-commands.js';
import { fuzz, FuzzStartError } from '../../src/fuzz/index.js';

const root = mkdtempSync(join(tmpdir(), 'dm-include-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

write('node_modules/coupon-esm/package.json', JSON.stringify({ name: 'coupon-esm', version: '1.0.0', type: 'module', exports: './index.js' }));
write('node_modules/coupon-esm/index.js', `const COUPONS = { SAVE10: 10, HALF50: 50 };
export function discount(code, total) {
  if (Object.hasOwn(COUPONS, code)) return total - COUPONS[code] * 2;
  return total;
}
`);
write('node_modules/coupon-cjs/package.json', JSON.stringify({ name: 'coupon-cjs', version: '1.0.0', main: 'index.js' }));
write('node_modules/coupon-cjs/index.js', `exports.discount = function (code, total) {
  switch (code) { case 'TAKE20': return total - 40; default: return total; }
};
`);
// sloppy-mode octal: valid CommonJS that the TypeScript transform rejects
write('node_modules/coupon-cjs/legacy.js', `var legacy = 010;
exports.discount = function (code, total) { return code === 'OCTAL8' ? -legacy : total; };
`);
const target = (from: string, call: string): string => `import { integer, jsonSerializer, object, string } from 'derive-mutators';
import { defineFuzzTarget } from 'derive-mutators/fuzz';
import ${from};
const cart = object({ items: integer({ min: 0, max: 20 }), code: string({ maxLength: 16 }) });
export default defineFuzzTarget({
  mutator: cart,
  serializer: jsonSerializer(cart),
  test(c) { if (${call}(c.code, c.items) < 0) throw new Error('negative total with ' + c.code); },
});
`;
write('esm.mjs', target(`{ discount } from 'coupon-esm'`, 'discount'));
write('cjs.mjs', target(`lib from 'coupon-cjs'`, 'lib.discount'));
write('legacy.mjs', target(`lib from 'coupon-cjs/legacy.js'`, 'lib.discount'));
const artifacts = join(root, 'artifacts');

describe('--include', () => {
  test('an included ES module package gives feedback and its bug is found; not included, it gives none', async () => {
    const run = (include?: string[]) => fuzz({ target: join(root, 'esm.mjs'), seed: 3, maxIterations: 50_000, artifacts, ...(include ? { include } : {}) });
    const [without, withIt] = await Promise.all([run(), run(['coupon-esm'])]);
    expect(without.status).toBe('passed');
    expect(withIt.status).toBe('failed');
    expect(withIt.failure?.message).toMatch(/SAVE10|HALF50/);
    // the dependency's edges and comparison sites count only when it is instrumented
    expect(withIt.coverage).toBeGreaterThan(without.coverage);
  });

  test('a CommonJS package, included by its path', async () => {
    const r = await fuzz({ target: join(root, 'cjs.mjs'), seed: 3, maxIterations: 50_000, artifacts, include: [join(root, 'node_modules/coupon-cjs')] });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/TAKE20/);
  });

  test('a name that is not installed is DM3001, exit 2 on the CLI', async () => {
    await expect(fuzz({ target: join(root, 'esm.mjs'), maxIterations: 10, artifacts, include: ['no-such-package'] })).rejects.toMatchObject({ code: 'DM3001' });
    await expect(fuzz({ target: join(root, 'esm.mjs'), maxIterations: 10, artifacts, include: ['./nowhere'] })).rejects.toBeInstanceOf(FuzzStartError);
    const program = new Command('derive-mutators').exitOverride();
    registerFuzzCommands(program);
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    try {
      await program.parseAsync(['fuzz', join(root, 'esm.mjs'), '--max-iterations', '10', '--artifacts', artifacts, '--include', 'coupon-esm', '--include', 'no-such-package'], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    expect(process.exitCode).toBe(2);
    process.exitCode = 0;
    expect(err.join('')).toMatch(/error DM3001: --include no-such-package: no package of that name is installed/);
    expect(err.join('')).not.toMatch(/\n\s+at /); // no stack trace of ours
  });

  test('a dependency file the transform rejects loads uninstrumented, with one warning naming it', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
    let r;
    try {
      r = await fuzz({ target: join(root, 'legacy.mjs'), seed: 1, maxIterations: 2000, artifacts, include: ['coupon-cjs'] });
    } finally {
      spy.mockRestore();
    }
    expect(r.status).toBe('passed');
    const warnings = lines.filter((l) => /DM3101/.test(l));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/coupon-cjs\/legacy\.js.*loaded uninstrumented/);
  });
});
