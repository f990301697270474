/** Shared helpers for the fuzz tests: a scratch folder per test. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `dm-fuzz-${name}-`));
}

export const targets = 'test/fuzz/targets';
