/**
 * Loads a fuzz target module in this process, for commands that only need the target's mutator
 * and serializer (corpus export/import): the workers' TypeScript loader is registered once, no
 * instrumentation, no worker. Failures are FuzzStartErrors that name the module, not our frames.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errorMessage, moduleNotFound } from '../failure/failure.js';
import { FuzzStartError } from '../options.js';
import { pickTarget, type FuzzTarget } from '../target.js';
import { bootstrapUrl, loaderPaths, resolverUrl } from '../worker/loader/bootstrap.js';

let registered = false;

/** the target exported by `target` (a path or file URL) under `exportName` (default: default) */
export async function loadTargetInProcess(target: string, exportName: string | undefined): Promise<FuzzTarget> {
  const file = target.startsWith('file:') ? fileURLToPath(target) : resolve(target);
  if (!existsSync(file)) throw new FuzzStartError(`target ${target} does not exist`);
  if (!registered) {
    register(bootstrapUrl(loaderPaths()));
    register(resolverUrl(loaderPaths()));
    registered = true;
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (e) {
    const missing = moduleNotFound(e);
    if (missing !== undefined) throw new FuzzStartError(`cannot load target ${target}: ${missing.message}`, missing.code, missing.hint);
    throw new FuzzStartError(`cannot load target ${target}: ${errorMessage(e)}`);
  }
  const picked = pickTarget(mod, exportName);
  if (typeof picked === 'string') throw new FuzzStartError(`${target}: ${picked}`);
  return picked;
}
