/**
 * Writes a failing input through the target's Serializer, plus `<name>.error.txt` with the
 * failure, the user's stack and the command that replays it. Never overwrites a file. When no
 * Serializer can be had (the salvage worker failed too), a raw snapshot `<kind>-<hash>.dmsnap`.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { makeDirsSync } from './dirs.js';
import { join, relative, resolve } from 'node:path';
import type { Serializer } from '../../runtime/core/mutator.js';
import { contentName } from './corpus.js';
import { regressionTest, regressionTestPath } from './regression.js';
import type { FailureKind } from '../options.js';

export interface ArtifactInfo {
  file: string;
  replay: string;
  /** a vitest file replaying it (also in its .error.txt) */
  regressionTest?: string;
}

export function checkWritable(dir: string): void {
  try {
    makeDirsSync(dir);
    const probe = join(dir, `.write-test-${process.pid}-${Date.now()}`);
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe, { force: true });
  } catch (e) {
    throw new Error(`cannot write to artifacts folder ${dir}: ${(e as Error).message}`);
  }
}

export function replayCommand(file: string, target: string, exportName: string | undefined): string {
  const rel = (p: string): string => {
    const r = relative(process.cwd(), resolve(p));
    return r.startsWith('..') ? resolve(p) : r;
  };
  return `derive-mutators read ${rel(file)} ${rel(target)}${exportName ? ` --export ${exportName}` : ''}`;
}

export function writeArtifact<T>(
  dir: string,
  serializer: Serializer<T>,
  value: T,
  kind: FailureKind,
  report: string,
  target: string,
  exportName: string | undefined,
  /** the file's path instead of `<dir>/<kind>-<hash>.<ext>` (a minimized input beside its original) */
  path?: string,
): ArtifactInfo {
  makeDirsSync(dir);
  const data = serializer.toData(value);
  const file = path ?? join(dir, `${kind}-${contentName(data, serializer.extension)}`);
  const replay = replayCommand(file, target, exportName);
  const summary = report.split('\n')[0] ?? kind;
  const regression = regressionTest({ artifact: file, data, isUtf8: serializer.isUtf8, target, exportName, testFile: regressionTestPath(target, file), summary });
  try {
    writeFileSync(file, data, { flag: 'wx' });
    writeFileSync(`${file}.error.txt`, `${report}\n\nreplay: ${replay}\n\nregression test (derive-mutators read --test writes it):\n${regression}`, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { file, replay, regressionTest: regression };
}

/** first bytes of a raw snapshot artifact; then one byte of encoding (see worker/in-flight.ts) */
export const RAW_MAGIC = 'DMSNAP1\n';

/** the raw form of an input (snapshot or serializer bytes), for `read` to decode */
export function writeRawArtifact(dir: string, bytes: Uint8Array, encoding: number, kind: FailureKind, report: string, target: string, exportName: string | undefined): ArtifactInfo {
  makeDirsSync(dir);
  const data = new Uint8Array(RAW_MAGIC.length + 1 + bytes.length);
  data.set(new TextEncoder().encode(RAW_MAGIC), 0);
  data[RAW_MAGIC.length] = encoding;
  data.set(bytes, RAW_MAGIC.length + 1);
  const file = join(dir, `${kind}-${createHash('sha1').update(data).digest('hex').slice(0, 16)}.dmsnap`);
  const replay = replayCommand(file, target, exportName);
  try {
    writeFileSync(file, data, { flag: 'wx' });
    writeFileSync(`${file}.error.txt`, `${report}\n\nreplay: ${replay}\n`, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { file, replay };
}

/** a raw artifact's encoding and bytes, or undefined when `data` is not one */
export function readRawArtifact(data: Uint8Array): { encoding: number; bytes: Uint8Array } | undefined {
  const head = new TextDecoder().decode(data.subarray(0, RAW_MAGIC.length));
  if (head !== RAW_MAGIC || data.length <= RAW_MAGIC.length) return undefined;
  return { encoding: data[RAW_MAGIC.length]!, bytes: data.subarray(RAW_MAGIC.length + 1) };
}

/** where the minimized form of an artifact goes: `error-<hash>.json` → `error-<hash>.min.json` */
export function minimizedPath(file: string, extension: string): string {
  const ext = `.${extension}`;
  return file.endsWith(ext) ? `${file.slice(0, -ext.length)}.min${ext}` : `${file}.min${ext}`;
}
