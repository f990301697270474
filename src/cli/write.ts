/**
 * All-or-nothing writes: every file is first written to a temporary file next to its target,
 * and only when all of them were written are they renamed over their targets (rename is atomic
 * on one file system). If any temporary write fails, the temporaries (and folders this created)
 * are removed and nothing on disk has changed.
 */
import { rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeDirs } from '../fuzz/store/dirs.js';

export interface PlannedWrite {
  path: string;
  content: string;
}

export interface WriteFailure {
  path: string;
  error: NodeJS.ErrnoException;
}

let counter = 0;

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
}

/** Returns the failures; empty means every file was written. */
export async function writeAll(writes: readonly PlannedWrite[]): Promise<WriteFailure[]> {
  const staged: Array<{ temp: string; path: string }> = [];
  const createdDirs: string[] = [];
  const failures: WriteFailure[] = [];
  for (const w of writes) {
    const temp = tempPath(w.path);
    try {
      const created = await makeDirs(dirname(w.path));
      if (created) createdDirs.push(created);
      await writeFile(temp, w.content, { flag: 'wx' });
      staged.push({ temp, path: w.path });
    } catch (error) {
      failures.push({ path: w.path, error: error as NodeJS.ErrnoException });
    }
  }
  if (failures.length) {
    await rollback(staged.map((s) => s.temp), createdDirs, writes.map((w) => dirname(w.path)));
    return failures;
  }
  for (const s of staged) {
    try {
      await rename(s.temp, s.path);
    } catch (error) {
      failures.push({ path: s.path, error: error as NodeJS.ErrnoException });
      await rm(s.temp, { force: true });
    }
  }
  return failures;
}

async function rollback(temps: string[], createdDirs: string[], dirs: string[]): Promise<void> {
  await Promise.all(temps.map((t) => rm(t, { force: true })));
  // remove the folders this call created, deepest first, only while they are empty
  for (const top of createdDirs) {
    const chain = [...new Set(dirs)].filter((d) => d === top || d.startsWith(`${top}/`)).sort((a, b) => b.length - a.length);
    for (const start of chain) {
      for (let d = start; d.length >= top.length; d = dirname(d)) {
        try {
          await rmdir(d);
        } catch {
          break;
        }
      }
    }
  }
}
