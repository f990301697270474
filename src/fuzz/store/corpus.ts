/**
 * The corpus folder: read at start (files that do not decode are skipped, never deleted, and
 * reported in one line), extended with every input that joins the pool, re-read for files
 * written by other workers. Files are named by a hash of their content and written exclusively,
 * so nothing is ever overwritten. A folder where no file decodes is another target's: read-only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { makeDirsSync } from './dirs.js';
import { join } from 'node:path';
import { readValue, type Serializer } from '../../runtime/core/mutator.js';
import { FuzzCodes } from '../failure/codes.js';
import { shown, warning, writeOwner } from './corpus-folder.js';

export interface CorpusOptions {
  /** write nothing (another target's folder, or not writable) */
  readOnly?: boolean;
  /** the folder has files but no owner record: claim it for this target when one decodes */
  claim?: { target: string; export: string | undefined };
}

export function contentName(data: Uint8Array, extension: string): string {
  return `${createHash('sha1').update(data).digest('hex').slice(0, 16)}.${extension}`;
}

export class Corpus<T> {
  private readonly known = new Set<string>();
  readonly problems: string[] = [];
  private readOnly: boolean;
  private claim: CorpusOptions['claim'];

  constructor(
    readonly dir: string,
    private readonly serializer: Serializer<T>,
    options: CorpusOptions = {},
  ) {
    this.readOnly = options.readOnly ?? false;
    this.claim = options.claim;
  }

  /** creates the folder if needed; throws with a clear message when it cannot */
  ensure(): void {
    try {
      makeDirsSync(this.dir);
    } catch (e) {
      throw new Error(`cannot create corpus folder ${this.dir}: ${(e as Error).message}`);
    }
  }

  /** files not read before, decoded; undecodable ones are reported once and skipped */
  readNew(): T[] {
    const out: T[] = [];
    const bad: string[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir).sort();
    } catch {
      return out;
    }
    for (const name of names) {
      if (this.known.has(name) || name.startsWith('.')) continue;
      this.known.add(name);
      const file = join(this.dir, name);
      try {
        if (!statSync(file).isFile()) continue;
        const read = readValue(this.serializer, new Uint8Array(readFileSync(file)));
        if (read === undefined) bad.push(name);
        else out.push(read.value);
      } catch (e) {
        this.problems.push(`${file}: cannot be read: ${(e as Error).message} (skipped)`);
      }
    }
    this.judge(out.length, bad);
    return out;
  }

  /** one line for the files that do not decode; the first read decides an unowned folder's owner */
  private judge(decoded: number, bad: string[]): void {
    const claim = this.claim;
    this.claim = undefined;
    if (claim !== undefined && decoded === 0 && bad.length > 0) {
      this.readOnly = true;
      this.problems.push(warning(FuzzCodes.corpusOfAnotherTarget, `none of the ${bad.length} files in corpus folder ${shown(this.dir)} decodes to this target's type: it looks like another target's corpus; they are skipped and this run saves nothing there`));
      return;
    }
    if (claim !== undefined && decoded > 0 && !this.readOnly) writeOwner(this.dir, claim.target, claim.export);
    if (bad.length === 0) return;
    const some = bad.slice(0, 3).join(', ') + (bad.length > 3 ? ', …' : '');
    this.problems.push(warning(FuzzCodes.corpusUndecodable, `${bad.length} file${bad.length === 1 ? '' : 's'} in corpus folder ${shown(this.dir)} do${bad.length === 1 ? 'es' : ''} not decode to this target's type (${some}): skipped, not deleted`));
  }

  /** writes a value unless a file with the same content exists; returns its name */
  add(value: T): string | undefined {
    const data = this.serializer.toData(value);
    const name = contentName(data, this.serializer.extension);
    if (this.known.has(name)) return name;
    this.known.add(name);
    if (this.readOnly) return undefined;
    try {
      writeFileSync(join(this.dir, name), data, { flag: 'wx' });
    } catch {
      // exists already (another worker) or the folder went away: nothing to overwrite
    }
    return name;
  }

  get size(): number {
    return this.known.size;
  }
}
