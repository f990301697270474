/**
 * Where `fuzzTest(name, './t.ts')` was called from, so a relative target resolves from the test
 * file (as `import` would) instead of the directory vitest happens to run in. The caller is read
 * from a stack trace taken at registration: the first frame outside derive-mutators' own fuzz
 * entry files (this folder); vitest's source maps give the test file's own path.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME_FILE = /\(?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):\d+:\d+\)?$/;

/** the file of the first stack frame outside this folder (fuzzTest, the entry) and node_modules */
export function callerFile(): string | undefined {
  // this folder as built and as written (source maps may name the sources in frames of dist/)
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const own = [join(root, 'src/fuzz'), join(root, 'dist/fuzz')];
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME_FILE.exec(line.trim());
    if (m === null) continue;
    const file = m[1]!.startsWith('file:') ? fileURLToPath(m[1]!) : m[1]!;
    if (own.includes(dirname(file)) || file.includes('/node_modules/')) continue;
    return file;
  }
  return undefined;
}

/**
 * The target as fuzz() takes it: a URL as its file path; a relative path from the calling file's
 * folder, or from the current directory when only that has it (tests written before this rule).
 */
export function targetFrom(target: string | URL, caller: string | undefined): string {
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : target.href;
  if (target.startsWith('file:') || isAbsolute(target) || caller === undefined) return target;
  const fromCaller = resolve(dirname(caller), target);
  if (existsSync(fromCaller) || !existsSync(resolve(target))) return fromCaller;
  return resolve(target);
}
