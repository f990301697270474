/**
 * Golden tests: every fixture's generated output must equal its committed `*.mutators.ts`
 * (regenerate with UPDATE_GOLDEN=1), and the fixtures' diagnostics equal the committed
 * `diagnostics.txt` (absent = none expected).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, generate } from '../../src/codegen.js';
import { FIXTURES, fixtureDirs, inputsOf, sharedProject } from './fixtures.js';

const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  if (update) {
    if (actual) fs.writeFileSync(file, actual);
    else if (fs.existsSync(file)) fs.rmSync(file);
    return;
  }
  const expected = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  expect(actual, `${path.relative(process.cwd(), file)} differs from the generated output (UPDATE_GOLDEN=1 regenerates)`).toBe(expected);
}

describe('golden outputs', () => {
  for (const dir of fixtureDirs()) {
    it(dir, async () => {
      const root = path.join(FIXTURES, dir);
      const { outputs, diagnostics } = await generate({ files: inputsOf(dir), root, out: '.', project: sharedProject() });
      expect(outputs.map((o) => o.output).sort()).toEqual(inputsOf(dir).map((f) => f.replace(/\.ts$/, '.mutators.ts')).sort());
      for (const o of outputs) compare(path.join(root, o.output), o.content);
      compare(path.join(root, 'diagnostics.txt'), diagnostics.map(formatDiagnostic).join('\n') + (diagnostics.length ? '\n' : ''));
    });
  }
});
