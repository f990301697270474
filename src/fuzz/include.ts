/**
 * `--include <package-or-path>`: code inside node_modules is not instrumented unless named here.
 * A name is looked up as `node_modules/<name>` from the target's folder upwards (then from the
 * current directory), as Node resolves packages; anything else must be an existing path. Each
 * resolves to its real path (Node loads modules by real path), a folder ending in '/'.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FuzzCodes } from './failure/codes.js';
import { FuzzStartError } from './options.js';

function upwards(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) return undefined;
  }
}

function real(p: string): string {
  const r = realpathSync(p);
  return statSync(r).isDirectory() ? `${r.replace(/\/$/, '')}/` : r;
}

/** the real paths (folders end in '/') of what `specs` name; throws DM3001 for a name that is not there */
export function resolveIncludes(specs: readonly string[], target: string): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    if (typeof spec !== 'string' || spec.trim() === '') throw new FuzzStartError("option 'include' must list package names or paths", FuzzCodes.includeNotFound);
    const asPath = resolve(spec);
    const looksLikePath = spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('file:');
    const found = existsSync(asPath) ? asPath : looksLikePath ? undefined : (upwards(dirname(target), spec) ?? upwards(process.cwd(), spec));
    if (found === undefined) {
      throw new FuzzStartError(
        looksLikePath ? `--include ${spec}: no such file or folder` : `--include ${spec}: no package of that name is installed (no node_modules/${spec} from ${dirname(target)} upwards)`,
        FuzzCodes.includeNotFound,
        looksLikePath ? 'give a path that exists, relative to the current directory' : `install it (npm install ${spec}) or give the path of its folder`,
      );
    }
    out.push(real(found));
  }
  return out;
}
