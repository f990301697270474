/**
 * One `tsc --strict --noEmit` over every fixture and golden ('derive-mutators' mapped to
 * src/index.ts by test/codegen/tsconfig.goldens.json). Errors that only say a runtime factory does
 * not exist yet are listed, not failed (the runtime is built alongside), and so are errors inside
 * the runtime's own sources (another part's work in progress); any error in a fixture fails.
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
