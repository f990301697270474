/**
 * Whether a helper's type can be named from the generated file: a non-generic declaration
 * exported from a module (a project file, or a package's root `index.d.ts`). Then the helper is
 * typed `Mutator<X>` through an `import type` of that module instead of `Mutator<any>`.
 */
import { ts } from 'ts-morph';
import type { Ctx } from './context.js';

const cache = new WeakMap<ts.SourceFile, Map<ts.Symbol, string>>();

function exportsOf(ctx: Ctx, sf: ts.SourceFile): Map<ts.Symbol, string> {
  let m = cache.get(sf);
  if (m) return m;
  m = new Map();
  const mod = ctx.checker.getSymbolAtLocation(sf);
  if (mod) {
    for (const e of ctx.checker.getExportsOfModule(mod)) {
      const s = e.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(e) : e;
      if (!m.has(s)) m.set(s, e.name);
    }
  }
  cache.set(sf, m);
  return m;
}

function importable(file: string): boolean {
  const norm = file.split('\\').join('/');
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return true;
  return /^(@[^/]+\/)?[^/]+\/index\.d\.ts$/.test(norm.slice(i + '/node_modules/'.length));
}

export function typeImportOf(ctx: Ctx, symbol: ts.Symbol, hasArgs: boolean): { from: string; name: string } | undefined {
  if (hasArgs) return undefined;
  const sf = symbol.declarations?.[0]?.getSourceFile();
  if (!sf || !importable(sf.fileName)) return undefined;
  const name = exportsOf(ctx, sf).get(symbol);
  return name ? { from: sf.fileName, name } : undefined;
}
