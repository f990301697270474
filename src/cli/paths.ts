/** Where outputs, their pristine copies and displayed paths live. */
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Folder inside --out that holds a pristine copy of every generated file (the merge base). */
export const BASE_DIR = '.derive-mutators';

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** `<out>/.derive-mutators/<path of the output inside out>`, or next to the output when outside it. */
export function basePath(outDir: string, output: string): string {
  return inside(outDir, output) ? join(outDir, BASE_DIR, relative(outDir, output)) : join(dirname(output), BASE_DIR, basename(output));
}

export function absolute(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

/** Path as shown to the user: relative to the working directory when inside it. */
export function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
