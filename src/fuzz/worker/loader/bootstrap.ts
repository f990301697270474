/**
 * The first loader hook of a fuzz worker, as a `data:` URL module (plain JavaScript, so it loads
 * before anything can transpile TypeScript): it transpiles `.ts` files with the TypeScript
 * compiler, lets `./x.js` imports find `./x.ts`, and, when the engine itself runs from sources,
 * maps `derive-mutators[/entry]` to those sources so target and engine share one runtime.
 */
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface LoaderPaths {
  /** the package root of derive-mutators */
  packageRoot: string;
  /** true when the engine runs from src/*.ts (tests, development) */
  fromSources: boolean;
}

export function loaderPaths(): LoaderPaths {
  const here = fileURLToPath(import.meta.url);
  const fromSources = here.endsWith('.ts');
  return { packageRoot: fileURLToPath(new URL('../../../../', import.meta.url)), fromSources };
}

/** where transpiled and instrumented modules are cached between runs */
export function cacheDir(): string {
  return join(tmpdir(), 'derive-mutators-cache');
}

/** the resolving hook (resolve.ts), registered right after the bootstrap, which can load it from sources */
export function resolverUrl(paths: LoaderPaths): string {
  return new URL(`./resolve.${paths.fromSources ? 'ts' : 'js'}`, import.meta.url).href;
}

export function bootstrapUrl(paths: LoaderPaths): string {
  const require = createRequire(import.meta.url);
  const tsUrl = pathToFileURL(require.resolve('typescript')).href;
  const src = pathToFileURL(`${paths.packageRoot}src/`).href;
  const entries = paths.fromSources
    ? { 'derive-mutators': `${src}index.ts`, 'derive-mutators/fuzz': `${src}fuzz/index.ts`, 'derive-mutators/codegen': `${src}codegen.ts`, 'derive-mutators/fast-check': `${src}interop/fast-check.ts`, 'derive-mutators/jazzer': `${src}interop/jazzer.ts` }
    : {};
  const code = `
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const entries = ${JSON.stringify(entries)};
const toDist = ${JSON.stringify(!paths.fromSources)};
const srcHref = ${JSON.stringify(src)};
const distHref = ${JSON.stringify(pathToFileURL(`${paths.packageRoot}dist/`).href)};
const cacheDir = ${JSON.stringify(cacheDir())};
let ts;
// transpiled output is cached by path, mtime and size, so the compiler loads only on a miss
async function transpile(file) {
  const st = statSync(file);
  const key = createHash('sha1').update(file + '|' + st.mtimeMs + '|' + st.size + '|boot2').digest('hex');
  const cached = cacheDir + '/' + key + '.js';
  try { return readFileSync(cached, 'utf8'); } catch {}
  ts ??= (await import(${JSON.stringify(tsUrl)})).default;
  const r = ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true } });
  // transpiling is lenient: a syntax error would otherwise surface later, without its location
  const d = r.diagnostics && r.diagnostics.find((x) => x.category === ts.DiagnosticCategory.Error);
  if (d) {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    throw new SyntaxError(file + (at ? ':' + (at.line + 1) + ':' + (at.character + 1) : '') + ': ' + ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  const out = r.outputText;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = cached + '.' + Math.random().toString(36).slice(2) + '.tmp';
    writeFileSync(tmp, out);
    renameSync(tmp, cached);
  } catch {}
  return out;
}
export async function resolve(spec, ctx, next) {
  if (Object.prototype.hasOwnProperty.call(entries, spec)) return { url: entries[spec], shortCircuit: true, format: 'module' };
  // running from dist/: a target importing derive-mutators' sources (../../src/x.js) gets the
  // built module instead, so target and engine share one runtime (and one dictionary)
  if (toDist && /^\\.{1,2}\\//.test(spec) && ctx.parentURL && ctx.parentURL.startsWith('file:')) {
    const u = new URL(spec, ctx.parentURL).href;
    if (u.startsWith(srcHref)) {
      const d = distHref + u.slice(srcHref.length).replace(/\\.ts$/, '.js');
      if (existsSync(fileURLToPath(d))) return { url: d, shortCircuit: true, format: 'module' };
    }
  }
  try {
    return await next(spec, ctx);
  } catch (e) {
    if (/\\.m?js$/.test(spec) && ctx.parentURL && ctx.parentURL.startsWith('file:') && /^\\.{1,2}\\//.test(spec)) {
      const u = new URL(spec.replace(/\\.(m?)js$/, '.$1ts'), ctx.parentURL);
      if (existsSync(fileURLToPath(u))) return { url: u.href, shortCircuit: true, format: 'module' };
    }
    throw e;
  }
}
export async function load(url, ctx, next) {
  if (url.startsWith('file:') && /\\.m?ts$/.test(url)) {
    return { format: 'module', source: await transpile(fileURLToPath(url)), shortCircuit: true };
  }
  return next(url, ctx);
}
`;
  return `data:text/javascript,${encodeURIComponent(code)}`;
}
