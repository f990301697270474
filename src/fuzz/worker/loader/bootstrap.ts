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

export interface BootstrapOptions {
  /**
   * hand comparisons against a negative number literal (`x === -1234567`) to Jazzer.js's
   * compare tracer when it is there: its instrumentation traces a comparison only when an
   * operand is a literal node, and a negative number is a unary minus over one, so libFuzzer
   * would never see the constant. Without Jazzer.js the comparison is evaluated as written.
   */
  jazzerCompares?: boolean;
}

/**
 * What `jazzerCompares` emits: the operands are evaluated once, in order, as the comparison
 * would; `Fuzzer.tracer.traceNumberCmp` (Jazzer.js's own hook) reports two integers to libFuzzer
 * as an 8-byte compare and returns the comparison's result.
 */
export const JAZZER_COMPARE_HELPER =
  "\nfunction __dmJazzerCmp(a, b, op, id) { if (typeof Fuzzer === 'object' && Fuzzer !== null && Fuzzer.tracer) return Fuzzer.tracer.traceNumberCmp(a, b, op, id); switch (op) { case '===': return a === b; case '!==': return a !== b; case '==': return a == b; case '!=': return a != b; case '<': return a < b; case '>': return a > b; case '<=': return a <= b; default: return a >= b; } }\n";

export function bootstrapUrl(paths: LoaderPaths, options: BootstrapOptions = {}): string {
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
const jazzerCompares = ${JSON.stringify(options.jazzerCompares === true)};
const jazzerHelper = ${JSON.stringify(JAZZER_COMPARE_HELPER)};
let ts;
const negLiteral = (e) => ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand);
// comparisons with a negative number literal on one side become __dmJazzerCmp(l, r, op, id)
function jazzerTransformer(file, state) {
  const K = ts.SyntaxKind;
  const ops = new Map([[K.EqualsEqualsEqualsToken, '==='], [K.ExclamationEqualsEqualsToken, '!=='], [K.EqualsEqualsToken, '=='], [K.ExclamationEqualsToken, '!='], [K.LessThanToken, '<'], [K.GreaterThanToken, '>'], [K.LessThanEqualsToken, '<='], [K.GreaterThanEqualsToken, '>=']]);
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (Math.imul(h, 31) + file.charCodeAt(i)) | 0;
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const pos = node.pos;
      node = ts.visitEachChild(node, visit, context);
      if (ts.isBinaryExpression(node) && ops.has(node.operatorToken.kind) && negLiteral(node.left) !== negLiteral(node.right)) {
        state.used = true;
        return f.createCallExpression(f.createIdentifier('__dmJazzerCmp'), undefined, [node.left, node.right, f.createStringLiteral(ops.get(node.operatorToken.kind)), f.createNumericLiteral(((h + pos * 7919) >>> 0) % 2147483648)]);
      }
      return node;
    };
    return (sf) => ts.visitEachChild(sf, visit, context);
  };
}
// transpiled output is cached by path, mtime and size, so the compiler loads only on a miss
async function transpile(file) {
  const st = statSync(file);
  const key = createHash('sha1').update(file + '|' + st.mtimeMs + '|' + st.size + '|boot2' + (jazzerCompares ? '|jz1' : '')).digest('hex');
  const cached = cacheDir + '/' + key + '.js';
  try { return readFileSync(cached, 'utf8'); } catch {}
  ts ??= (await import(${JSON.stringify(tsUrl)})).default;
  const state = { used: false };
  const r = ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true }, transformers: jazzerCompares ? { before: [jazzerTransformer(file, state)] } : undefined });
  // transpiling is lenient: a syntax error would otherwise surface later, without its location
  const d = r.diagnostics && r.diagnostics.find((x) => x.category === ts.DiagnosticCategory.Error);
  if (d) {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    throw new SyntaxError(file + (at ? ':' + (at.line + 1) + ':' + (at.character + 1) : '') + ': ' + ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  // (a function declaration is hoisted: appended, it leaves the source map's lines alone)
  const out = state.used ? r.outputText + jazzerHelper : r.outputText;
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
