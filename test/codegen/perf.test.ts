/**
 * The 150-declaration file that `npm run bench` times (bench/codegen-bench.mjs) derives
 * completely and cleanly. Its speed is measured by the bench, not asserted here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../../src/codegen.js';
// @ts-expect-error: plain .mjs module shared with the bench, no declaration file
import { bigDeclarationFile } from '../../bench/shapes/big-declarations.mjs';

it('derives every type of the bench file of 150 interrelated declarations without diagnostics', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-perf-'));
  fs.writeFileSync(path.join(dir, 'types.ts'), (bigDeclarationFile as (n: number) => string)(150));
  const { outputs, diagnostics } = await generate({ files: ['types.ts'], root: dir });
  fs.rmSync(dir, { recursive: true });
  expect(diagnostics).toEqual([]);
  expect(outputs[0]!.derived.length).toBe(182);
  expect(outputs[0]!.failed).toEqual([]);
});
