/**
 * Writes a failing input through the target's Serializer, plus `<name>.error.txt` with the
 * failure, the user's stack and the command that replays it. Never overwrites a file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { makeDirsSync } from './dirs.js';
import { join, relative, resolve } from 'node:path';
import type { Serializer } from '../../runtime/core/mutator.js';
import { contentName } from './corpus.js';
import type { FailureKind } from '../options.js';

export interface ArtifactInfo {
  file: string;
  replay: string;
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
): ArtifactInfo {
  makeDirsSync(dir);
  const data = serializer.toData(value);
  const file = join(dir, `${kind}-${contentName(data, serializer.extension)}`);
  const replay = replayCommand(file, target, exportName);
  try {
    writeFileSync(file, data, { flag: 'wx' });
    writeFileSync(`${file}.error.txt`, `${report}\n\nreplay: ${replay}\n`, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { file, replay };
}
