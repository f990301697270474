/**
 * Vitest global setup: every test's temporary folders (fuzz runs, corpus dirs, CLI projects) go
 * under one folder that is removed when the run ends, so `npm test` leaves nothing in the
 * system's temp directory even when a test is interrupted before its own cleanup. Default fuzz
 * corpora (.fuzz-corpus/<target>/) go there too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'derive-mutators-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  // fuzz runs without --corpus write their default corpus there, not into the repository
  process.env.DERIVE_MUTATORS_CORPUS_ROOT = join(root, 'fuzz-corpus');
  return () => {
    delete process.env.DERIVE_MUTATORS_CORPUS_ROOT;
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
