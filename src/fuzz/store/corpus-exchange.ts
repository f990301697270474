/**
 * Corpora both ways between our engine and libFuzzer-style engines (Jazzer.js, ClusterFuzzLite,
 * OSS-Fuzz). Export: each corpus file, read through the target's serializer, becomes the bytes
 * `toBytes` gives (libFuzzer's naming: the SHA-1 of the content). Import: each byte file becomes
 * the value `fromBytes` decodes, written as one of our corpus files, or, for libFuzzer's crash,
 * timeout and out-of-memory files, as an artifact that `derive-mutators read` replays. Files are
 * named by content and written exclusively: nothing is ever overwritten; a file that cannot be
 * converted is reported by name and skipped.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readValue } from '../../runtime/core/mutator.js';
import { fromBytes } from '../../runtime/serialize/from-bytes.js';
import { encodeBytes } from '../../runtime/serialize/to-bytes.js';
import type { FailureKind } from '../options.js';
import type { FuzzTarget } from '../target.js';
import { writeArtifact } from './artifacts.js';
import { contentName } from './corpus.js';
import { makeDirsSync } from './dirs.js';

export interface ExchangeResult {
  /** files written (paths) */
  written: string[];
  /** inputs whose converted file was there already */
  existing: number;
  skipped: Array<{ file: string; reason: string }>;
  /** import: artifacts made from crash files, with the command that replays each */
  artifacts: Array<{ file: string; replay: string; from: string }>;
}

/** libFuzzer's artifact prefixes and the failure kind each stands for */
const ARTIFACT_PREFIXES: Array<[string, FailureKind]> = [
  ['crash-', 'error'],
  ['leak-', 'error'],
  ['timeout-', 'timeout'],
  ['slow-unit-', 'timeout'],
  ['oom-', 'out-of-memory'],
];

function inputFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    throw new Error(`cannot read folder ${dir}: ${(e as Error).message}`);
  }
  return names.filter((n) => !n.startsWith('.') && !n.endsWith('.error.txt')).map((n) => join(dir, n)).filter((f) => statSync(f).isFile());
}

/** writes `data` as `dir/name` unless it exists; true when written */
function writeNew(file: string, data: Uint8Array): boolean {
  try {
    writeFileSync(file, data, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`cannot write ${file}: ${(e as Error).message}`);
  }
}

const empty = (): ExchangeResult => ({ written: [], existing: 0, skipped: [], artifacts: [] });

/**
 * Our corpus folder → libFuzzer byte files in `outDir`. With `maxBytes`, an input whose bytes are
 * longer is skipped (named, with its length): libFuzzer grows its mutation length limit from the
 * largest seed and, without `-max_len`, keeps raising it while coverage stalls, so a few large
 * seeds make it mutate ever longer inputs. Pass the same number as `-max_len=`.
 */
export function exportCorpus(target: FuzzTarget, corpusDir: string, outDir: string, maxComplexity: number, maxBytes = Infinity): ExchangeResult {
  const r = empty();
  const files = inputFiles(corpusDir);
  makeDirsSync(outDir);
  for (const file of files) {
    const read = readValue(target.serializer, new Uint8Array(readFileSync(file)));
    if (read === undefined) {
      r.skipped.push({ file, reason: "does not decode to a value of the target's type" });
      continue;
    }
    const enc = encodeBytes(target.mutator, read.value, maxComplexity);
    if (enc.bytes === undefined) {
      r.skipped.push({ file, reason: `no byte form: ${enc.reason}` });
      continue;
    }
    if (enc.bytes.length > maxBytes) {
      r.skipped.push({ file, reason: `its ${enc.bytes.length} bytes exceed --max-bytes ${maxBytes}` });
      continue;
    }
    const out = join(outDir, createHash('sha1').update(enc.bytes).digest('hex'));
    if (writeNew(out, enc.bytes)) r.written.push(out);
    else r.existing++;
  }
  return r;
}

/** libFuzzer inputs and crash files in `inDir` → our corpus files (and artifacts). */
export function importCorpus(
  target: FuzzTarget,
  inDir: string,
  corpusDir: string,
  artifactsDir: string,
  options: { maxComplexity: number; targetPath: string; exportName: string | undefined },
): ExchangeResult {
  const r = empty();
  const files = inputFiles(inDir);
  makeDirsSync(corpusDir);
  for (const file of files) {
    let value: unknown;
    try {
      value = fromBytes(target.mutator, new Uint8Array(readFileSync(file)), options.maxComplexity);
    } catch (e) {
      r.skipped.push({ file, reason: `decodes to no value: ${(e as Error).message}` });
      continue;
    }
    if (target.mutator.validateValue(value) === undefined) {
      r.skipped.push({ file, reason: "decodes to a value the target's mutator does not accept" });
      continue;
    }
    const base = file.slice(file.lastIndexOf('/') + 1);
    const kind = ARTIFACT_PREFIXES.find(([p]) => base.startsWith(p))?.[1];
    if (kind !== undefined) {
      const note = `imported from ${file} (a libFuzzer ${base.slice(0, base.indexOf('-'))} file); replay it to see the failure`;
      const a = writeArtifact(artifactsDir, target.serializer, value, kind, note, options.targetPath, options.exportName);
      r.artifacts.push({ ...a, from: file });
      continue;
    }
    const data = target.serializer.toData(value);
    const out = join(corpusDir, contentName(data, target.serializer.extension));
    if (writeNew(out, data)) r.written.push(out);
    else r.existing++;
  }
  return r;
}
