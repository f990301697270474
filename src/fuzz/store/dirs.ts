/**
 * Creating folders with their missing parents. Node's `mkdir(…, { recursive: true })` loops
 * forever where a parent exists but refuses new entries with ENOENT (e.g. `/proc/x`, Node 20), so
 * a bad `--artifacts` or `--out` flag would hang instead of failing: this walks up to the nearest
 * existing ancestor itself and creates each missing level with a plain mkdir, so every failure
 * is an error with its code.
 */
import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

function notDir(path: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`ENOTDIR: not a directory, mkdir '${path}'`);
  e.code = 'ENOTDIR';
  e.path = path;
  return e;
}

/** the missing folders from `dir` up to (not including) its nearest existing ancestor, outermost first */
function missingLevels(dir: string, exists: (p: string) => 'dir' | 'file' | 'none'): string[] {
  const levels: string[] = [];
  let p = resolve(dir);
  for (;;) {
    const kind = exists(p);
    if (kind === 'dir') break;
    if (kind === 'file') throw notDir(p);
    levels.push(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  return levels.reverse();
}

function kindSync(p: string): 'dir' | 'file' | 'none' {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw e;
  }
}

/** `mkdirSync(dir, { recursive: true })` that fails instead of hanging; returns the outermost folder this call created */
export function makeDirsSync(dir: string): string | undefined {
  let created: string | undefined;
  for (const p of missingLevels(dir, kindSync)) {
    try {
      mkdirSync(p);
      created ??= p;
    } catch (e) {
      // created meanwhile by someone else: fine, but not ours
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || kindSync(p) !== 'dir') throw e;
    }
  }
  return created;
}

/** the asynchronous `makeDirsSync` */
export async function makeDirs(dir: string): Promise<string | undefined> {
  const levels: string[] = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      levels.push(p);
      if (dirname(p) === p) break;
      continue;
    }
    if (!isDir) throw notDir(p);
    break;
  }
  levels.reverse();
  let created: string | undefined;
  for (const p of levels) {
    try {
      await mkdir(p);
      created ??= p;
    } catch (e) {
      // created meanwhile by someone else: fine when it is a folder, but not ours (the caller's
      // rollback removes only what it created)
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(p)).isDirectory()) throw e;
    }
  }
  return created;
}
