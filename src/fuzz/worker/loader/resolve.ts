/**
 * The resolving loader hook of a fuzz worker (registered right after the bootstrap, so it may be
 * TypeScript): Node resolves first; what Node cannot find is probed with the usual extensions and
 * index files, then resolved bundler-style from the importing file's tsconfig.json
 * (tsconfig-resolve.ts, which loads the compiler), and JSON files load without an import
 * attribute, so a project written for tsx, vitest or Vite loads as it is. A module that is still
 * missing is a coded error (DM3002) naming the importing file and the specifier, never a frame
 * of this loader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FuzzCodes } from '../../failure/codes.js';
import { bundlerResolve } from './tsconfig-resolve.js';

interface ResolveContext {
  parentURL?: string;
}
interface LoadContext {
  format?: string | null;
  importAttributes?: Record<string, string>;
}
type NextResolve = (spec: string, ctx: ResolveContext) => Promise<{ url: string; format?: string | null }>;
type NextLoad = (url: string, ctx: LoadContext) => Promise<unknown>;

const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'];

export const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** the cheap cases without the compiler: a relative path missing its extension, or a folder's index file */
export function probe(spec: string, parentFile: string): string | undefined {
  if (!/^\.{0,2}\//.test(spec)) return undefined;
  const base = resolvePath(parentFile, '..', spec);
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  // a folder with a package.json may name its entry: left to the compiler
  if (existsSync(join(base, 'package.json'))) return undefined;
  for (const ext of EXTENSIONS) if (isFile(join(base, `index${ext}`))) return join(base, `index${ext}`);
  return undefined;
}

/** an error whose message is the whole story (the worker prints it with its code, without a stack) */
function moduleNotFound(spec: string, parentFile: string): Error {
  const bare = !/^\.{0,2}\//.test(spec);
  const how = bare ? 'no installed package and no tsconfig "paths" or "baseUrl" entry matches it' : 'no file matches it as written, with a .ts/.js/.json extension, as a folder with an index file, or with .js read as .ts';
  const e = new Error(`${parentFile} imports '${spec}', which cannot be found: ${how}`) as Error & { code: string };
  e.code = FuzzCodes.moduleNotFound;
  e.stack = `Error: ${e.message}`;
  return e;
}

export async function resolve(spec: string, ctx: ResolveContext, next: NextResolve): Promise<unknown> {
  try {
    return await next(spec, ctx);
  } catch (e) {
    const parent = ctx.parentURL;
    if (!NOT_FOUND.has(String((e as { code?: unknown } | null)?.code)) || parent === undefined || !parent.startsWith('file:')) throw e;
    if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) throw e;
    const parentFile = fileURLToPath(parent);
    let found = probe(spec, parentFile);
    try {
      found ??= await bundlerResolve(spec, parentFile);
    } catch {
      found = undefined;
    }
    if (found === undefined) throw moduleNotFound(spec, parentFile);
    return { url: pathToFileURL(found).href, shortCircuit: true, ...(/\.[mc]?ts$/.test(found) ? { format: 'module' } : {}) };
  }
}

export async function load(url: string, ctx: LoadContext, next: NextLoad): Promise<unknown> {
  // `import data from './data.json'` without `with { type: 'json' }`, as bundlers allow
  if (url.startsWith('file:') && /\.json$/.test(url) && ctx.importAttributes?.type !== 'json') {
    const file = fileURLToPath(url);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    try {
      JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(`${file}: ${(e as Error).message}`);
    }
    return { format: 'module', source: `export default ${text.trim()};\n`, shortCircuit: true };
  }
  return next(url, ctx);
}
