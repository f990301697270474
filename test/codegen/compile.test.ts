/**
 * One `tsc --strict --noEmit` over every fixture and golden ('derive-mutators' mapped to
 * src/index.ts by test/codegen/tsconfig.goldens.json). Errors that only say a runtime factory does
 * not exist yet are listed, not failed (the runtime is built alongside), and so are errors inside
 * the runtime's own sources (another part's work in progress); any error in a fixture fails.
 * A second run compiles the goldens under the strictest flags (tsconfig.strictest.json).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { FIXTURES } from './fixtures.js';

const REPO = path.resolve(FIXTURES, '../..');
const MISSING_FACTORY = /error TS2339: Property '(\w+)' does not exist on type 'typeof import\("[^"]*src\/index"/;

it('every golden compiles under tsc --strict', async () => {
  const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
  const out = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/codegen/tsconfig.goldens.json', '--pretty', 'false'], { cwd: REPO }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  const all = out.split('\n').filter((l) => /error TS\d+/.test(l));
  const elsewhere = all.filter((l) => !l.startsWith('test/fixtures/'));
  if (elsewhere.length) console.warn(`errors outside the fixtures (not asserted here):\n${elsewhere.join('\n')}`);
  const errors = all.filter((l) => l.startsWith('test/fixtures/'));
  const missing = [...new Set(errors.map((l) => MISSING_FACTORY.exec(l)?.[1]).filter(Boolean))];
  if (missing.length) console.warn(`runtime factories not there yet: dm.${missing.join(', dm.')}`);
  expect(errors.filter((l) => !MISSING_FACTORY.test(l))).toEqual([]);
}, 120_000);

// What a user with the strictest tsconfig gets: the generated files (not the fixtures' inputs)
// against the package's own declarations (dist/, built by `npm test` first), with
// exactOptionalPropertyTypes, noUncheckedIndexedAccess, noPropertyAccessFromIndexSignature,
// noImplicitOverride, noImplicitReturns, noUnusedLocals/Parameters and the rest of
// test/codegen/tsconfig.strictest.json.
it('every golden compiles under the strictest flags too', async () => {
  const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
  const out = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/codegen/tsconfig.strictest.json', '--pretty', 'false'], { cwd: REPO }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  const errors = out.split('\n').filter((l) => /error TS\d+/.test(l) && /\.mutators\.ts\(/.test(l));
  expect(errors).toEqual([]);
}, 120_000);
