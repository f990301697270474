/** How a generated file imports its input: by package name from node_modules, else by relative path. */
import path from 'node:path';

export function packageName(file: string): string | undefined {
  const norm = file.split(path.sep).join('/');
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return undefined;
  const parts = norm.slice(i + '/node_modules/'.length).split('/');
  const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  if (!name.startsWith('@types/')) return name;
  const bare = name.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

/** The module specifier of `target` (a .ts/.d.ts file or a module path) as seen from `fromFile`. */
export function moduleSpecifier(fromFile: string, target: string): string {
  const pkg = packageName(target);
  if (pkg) return pkg;
  let rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  rel = rel.replace(/\.d\.ts$/, '.js').replace(/\.d\.mts$/, '.mjs').replace(/\.tsx?$/, '.js').replace(/\.mts$/, '.mjs');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The output path for an input: `<out>/<input relative to root>` with `.ts`/`.d.ts` → `.mutators.ts`. */
export function outputPath(root: string, out: string, input: string): string {
  const rel = path.relative(root, input).split(path.sep).join('/');
  const safe = rel.startsWith('..') ? path.basename(input) : rel;
  return path.posix.join(out.split(path.sep).join('/'), safe.replace(/(\.d)?\.(m?ts|tsx)$/, '.mutators.ts'));
}
