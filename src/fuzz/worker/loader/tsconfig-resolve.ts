/**
 * Bundler-style module resolution for the worker loader, as tsx and vitest resolve: the nearest
 * tsconfig.json of the importing file (with its `extends`, `baseUrl` and `paths`) read by the
 * TypeScript compiler, then `ts.resolveModuleName` under `moduleResolution: bundler`, which finds
 * extensionless files, directory index files, `.js` written for `.ts`, and JSON files. The
 * compiler is loaded only when Node's own resolution failed, so projects that import with full
 * paths never pay for it.
 */
import { dirname } from 'node:path';
import type * as TS from 'typescript';

let tsModule: typeof TS | undefined;
const configs = new Map<string, TS.CompilerOptions>();

async function compiler(): Promise<typeof TS> {
  tsModule ??= ((await import('typescript')) as unknown as { default: typeof TS }).default;
  return tsModule;
}

/** the compiler options of the tsconfig nearest to `dir` (cached per config file), set up for bundler resolution */
function optionsFor(ts: typeof TS, dir: string): TS.CompilerOptions {
  const file = ts.findConfigFile(dir, ts.sys.fileExists, 'tsconfig.json');
  const key = file ?? '';
  let options = configs.get(key);
  if (options === undefined) {
    let base: TS.CompilerOptions = {};
    if (file !== undefined) {
      const read = ts.readConfigFile(file, ts.sys.readFile);
      // a tsconfig the compiler cannot read resolves as if it were absent (the target's own
      // type-check reports it); what matters here is that the module loads
      if (read.config !== undefined) base = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(file), undefined, file).options;
    }
    options = { ...base, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: true, resolveJsonModule: true, allowImportingTsExtensions: true, noEmit: true };
    configs.set(key, options);
  }
  return options;
}

/** the file `spec` names from `parentFile`, or undefined; a package found in node_modules is left to Node */
export async function bundlerResolve(spec: string, parentFile: string): Promise<string | undefined> {
  const ts = await compiler();
  const r = ts.resolveModuleName(spec, parentFile, optionsFor(ts, dirname(parentFile)), ts.sys).resolvedModule;
  if (r === undefined || r.isExternalLibraryImport) return undefined;
  const f = r.resolvedFileName;
  if (!/\.d\.[mc]?ts$/.test(f)) return f;
  // a declaration file stands for the JavaScript beside it
  for (const js of [f.replace(/\.d\.ts$/, '.js'), f.replace(/\.d\.mts$/, '.mjs'), f.replace(/\.d\.cts$/, '.cjs')]) if (js !== f && ts.sys.fileExists(js)) return js;
  return undefined;
}
