/**
 * The corpus folder: read at start (bad files reported and skipped, never deleted), extended with
 * every input that joins the pool, re-read for files written by other workers. Files are named
 * by a hash of their content and written exclusively, so nothing is ever overwritten.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { makeDirsSync } from './dirs.js';
import { join } from 'node:path';
import { readValue, type Serializer } from '../../runtime/core/mutator.js';

export function contentName(data: Uint8Array, extension: string): string {
  return `${createHash('sha1').update(data).digest('hex').slice(0, 16)}.${extension}`;
}

export class Corpus<T> {
  private readonly known = new Set<string>();
  readonly problems: string[] = [];

  constructor(
    readonly dir: string,
    private readonly serializer: Serializer<T>,
  ) {}

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
        if (read === undefined) this.problems.push(`${file}: does not decode to a value of the target's type (skipped, not deleted)`);
        else out.push(read.value);
      } catch (e) {
        this.problems.push(`${file}: cannot be read: ${(e as Error).message} (skipped)`);
      }
    }
    return out;
  }

  /** writes a value unless a file with the same content exists; returns its name */
  add(value: T): string | undefined {
    const data = this.serializer.toData(value);
    const name = contentName(data, this.serializer.extension);
    if (this.known.has(name)) return name;
    this.known.add(name);
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
