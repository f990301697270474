/**
 * Which corpus folder a `fuzz` run uses, decided once in the main thread before any worker
 * starts: the given one, else `.fuzz-corpus/<target>/` (the root can be moved with
 * DERIVE_MUTATORS_CORPUS_ROOT). A folder records its owner in `.derive-mutators-target`, so the
 * folder of another target is recognised and left alone (one warning, DM3301), and a folder that
 * cannot be written is read but not extended (DM3302). Neither stops the run.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { FuzzCodes, FuzzHints } from '../failure/codes.js';
import { makeDirsSync } from './dirs.js';

export const OWNER_FILE = '.derive-mutators-target';

export interface CorpusChoice {
  /** the folder to read (undefined: none) */
  dir: string | undefined;
  /** true: read it, write nothing there */
  readOnly: boolean;
  /** true: the folder has files but no owner; the worker claims it when one decodes */
  claim: boolean;
  /** lines for the user (notes and coded warnings) */
  notes: string[];
  /** the outermost folder made for it, when this call made one */
  created?: string;
}

/** `.fuzz-corpus/<name>` where name is the file's stem (its folder's for fuzz.ts/index.ts) and the export */
export function defaultCorpusDir(target: string, exportName: string | undefined): string {
  const stem = basename(target, extname(target)).replace(/\.fuzz$/, '');
  const file = stem === 'fuzz' || stem === 'index' ? basename(dirname(target)) : stem;
  const name = `${file}${exportName === undefined || exportName === 'default' ? '' : `.${exportName}`}`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return join(process.env.DERIVE_MUTATORS_CORPUS_ROOT || '.fuzz-corpus', name);
}

interface Owner {
  target: string;
  export: string;
}

function readOwner(dir: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as Partial<Owner>;
    if (typeof o.target !== 'string') return undefined;
    return { target: resolve(dir, o.target), export: typeof o.export === 'string' ? o.export : 'default' };
  } catch {
    return undefined;
  }
}

/** records `target` as the folder's owner (never replacing another record) */
export function writeOwner(dir: string, target: string, exportName: string | undefined): void {
  try {
    writeFileSync(join(dir, OWNER_FILE), `${JSON.stringify({ target: relative(dir, target), export: exportName ?? 'default' })}\n`, { flag: 'wx' });
  } catch {
    // written by another worker, or the folder went away: the record is a convenience
  }
}

function fileCount(dir: string): number {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.')).length;
  } catch {
    return 0;
  }
}

export const shown = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r === '' || r.startsWith('..') ? p : r;
};

export function warning(code: keyof typeof FuzzHints, text: string): string {
  return `${code}: ${text}\n  ${FuzzHints[code]}`;
}

/** the corpus folder for a run of `target` (absolute path) and its export */
export function chooseCorpus(given: string | undefined, target: string, exportName: string | undefined): CorpusChoice {
  const dir = resolve(given ?? defaultCorpusDir(target, exportName));
  const notes: string[] = [];
  let created: string | undefined;
  try {
    created = makeDirsSync(dir);
  } catch (e) {
    return { dir: undefined, readOnly: true, claim: false, notes: [warning(FuzzCodes.corpusNotWritable, `cannot create corpus folder ${shown(dir)} (${(e as Error).message}): this run keeps its inputs in memory only`)] };
  }
  const want: Owner = { target, export: exportName ?? 'default' };
  const owner = readOwner(dir);
  if (owner !== undefined && (owner.target !== want.target || owner.export !== want.export)) {
    const n = fileCount(dir);
    const whose = `${shown(owner.target)}${owner.export === 'default' ? '' : ` --export ${owner.export}`}`;
    notes.push(warning(FuzzCodes.corpusOfAnotherTarget, `corpus folder ${shown(dir)} belongs to ${whose}: its ${n} file${n === 1 ? ' is' : 's are'} skipped and this run saves nothing there (remove ${OWNER_FILE} in it to share it)`));
    return { dir: undefined, readOnly: true, claim: false, notes };
  }
  const n = fileCount(dir);
  try {
    // a probe tells whether new inputs can be saved
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe, { force: true });
  } catch (e) {
    notes.push(warning(FuzzCodes.corpusNotWritable, `corpus folder ${shown(dir)} is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): its ${n} file${n === 1 ? ' is' : 's are'} read, this run's new inputs are not saved`));
    return { dir, readOnly: true, claim: false, notes };
  }
  // an empty folder is this target's; one with files but no owner is claimed by the worker once
  // a file decodes (a folder where none does is another target's)
  if (owner === undefined && n === 0) writeOwner(dir, target, exportName);
  if (given === undefined && created !== undefined) {
    const root = shown(dirname(dir));
    notes.push(`note: created ${shown(dir)}/, this target's default corpus folder: commit ${root}/ to keep what the fuzzer learned, or add it to .gitignore`);
  }
  return { dir, readOnly: false, claim: owner === undefined && n > 0, notes, ...(created === undefined ? {} : { created }) };
}

/** a run that could not start leaves no corpus folder behind that holds only its owner record */
export function undoCreated(choice: CorpusChoice): void {
  if (choice.created === undefined || choice.dir === undefined) return;
  try {
    if (readdirSync(choice.dir).every((n) => n === OWNER_FILE)) rmSync(choice.created, { recursive: true, force: true });
  } catch {
    // gone already
  }
}
