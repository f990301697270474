/**
 * `corpus export --dict <file>`: a libFuzzer dictionary (`-dict=<file>`) of the constants the
 * target's own code compares against, written as the byte layout spells them (byte-layout.ts),
 * so a word libFuzzer puts over a scalar's bytes decodes to the constant. The constants are the
 * static dictionary of our instrumentation pass (the literal operands of comparisons and string
 * calls, transform.ts), taken from the target's file and the files it imports by relative path
 * (not node_modules, not this package): the files our engine instruments by default.
 *
 * Why: Jazzer.js traces a comparison only when one operand is a numeric or string literal node,
 * and `x === -1234567` is a unary minus applied to one, so libFuzzer never sees that constant; a
 * TypeScript enum member, a `const` or a computed value is not a literal either. A number is
 * written as an int64 when it is a safe integer (the layout's integers, and a number of the
 * integer kind) and as a double (a number of the double kind). Strings go in only where the
 * bytes carry text (a type without a layout, or one with a plain string); in the layout a string
 * literal type is an index. Every number literal of those files goes in too, not only compared
 * ones (a bound kept in a table, `{ hi: 0xffff }`, is compared through a property read), and
 * where the bytes carry text also in decimal, for text the target parses into a number.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { AnyMutator } from '../../runtime/core/mutator.js';
import { hasLayout, layoutHasText } from '../../runtime/serialize/byte-layout.js';
import { instrumentSource } from '../worker/instrument/transform.js';
import { isFile, probe } from '../worker/loader/resolve.js';

const MAX_FILES = 500;
const MAX_ENTRIES = 1000;
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** a relative specifier's file, as the workers' loader finds it (`./x.js` may be `./x.ts`; then its extension and index probe) */
function resolveRelative(spec: string, from: string): string | undefined {
  const p = resolve(dirname(from), spec);
  const swapped = p.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts').replace(/\.cjs$/, '.cts');
  for (const c of [p, swapped, swapped.replace(/\.ts$/, '.tsx')]) if (isFile(c)) return c;
  return probe(spec, from);
}

function ownFile(file: string): boolean {
  return !file.includes('/node_modules/') && !file.startsWith(`${PACKAGE_ROOT}src/`) && !file.startsWith(`${PACKAGE_ROOT}dist/`) && /\.([mc]?ts|tsx|[mc]?js)$/.test(file) && !/\.d\.[mc]?ts$/.test(file);
}

/**
 * every number literal in a file, comparison operand or not: a table's bound (`{ hi: 0xffff }`)
 * is compared through a property read, which neither Jazzer.js nor the static pass sees
 */
function numericLiterals(text: string, file: string): number[] {
  const out: number[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isNumericLiteral(n)) out.push(Number(n.text));
    else if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(n.operand)) out.push(-Number(n.operand.text));
    ts.forEachChild(n, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false));
  return out.filter((v) => Number.isFinite(v));
}

/** the literal operands of comparisons, and every number literal, in `target` and the files it imports by relative path */
export function targetLiterals(target: string): Array<string | number> {
  const start = resolve(target);
  const seen = new Set<string>([start]);
  const queue = [start];
  const out = new Set<string | number>();
  while (queue.length > 0 && seen.size <= MAX_FILES) {
    const file = queue.shift()!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const state = { counterBase: 0, counters: 0, siteBase: 0, sites: 0, literals: [] as Array<string | number> };
    try {
      instrumentSource(text, file, state);
    } catch {
      // a file our pass cannot take gives no constants (the engine would load it uninstrumented)
    }
    for (const v of state.literals) out.add(v);
    for (const v of numericLiterals(text, file)) out.add(v);
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
      if (!/^\.{0,2}\//.test(ref.fileName)) continue;
      const next = resolveRelative(ref.fileName, file);
      if (next !== undefined && ownFile(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...out];
}

/** a constant and, past single digits, its two neighbours: an off-by-one bound's failing values */
function boundary(v: number): number[] {
  return Math.abs(v) < 10 ? [v] : [v, v + 1, v - 1];
}

const scratch = new DataView(new ArrayBuffer(8));
const utf8 = new TextEncoder();

/** the dictionary words for `literals` under `mutator`'s byte form (see the header) */
export function dictionaryWords(mutator: AnyMutator<unknown>, literals: ReadonlyArray<string | number>): Uint8Array[] {
  const text = !hasLayout(mutator) || layoutHasText(mutator);
  const words = new Map<string, Uint8Array>();
  const add = (b: Uint8Array): void => {
    if (b.length > 0 && words.size < MAX_ENTRIES) words.set(Buffer.from(b).toString('hex'), b);
  };
  const eight = (): Uint8Array => new Uint8Array(scratch.buffer.slice(0));
  for (const v of literals) {
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v)) {
        scratch.setBigInt64(0, BigInt(v), true);
        add(eight());
      }
      if (Number.isFinite(v)) {
        scratch.setFloat64(0, v, true);
        add(eight());
      }
      // text parsed into a number (`Number(v)`, `parseInt`) meets the constant in its decimal form,
      // and a bound's bug sits one past it (`value <= r.hi` with `hi: 0xffff` fails at 65536)
      if (text && Number.isSafeInteger(v)) for (const n of boundary(v)) add(utf8.encode(String(n)));
    } else if (text) add(utf8.encode(v));
  }
  return [...words.values()];
}

/** libFuzzer's dictionary syntax: one quoted word a line, `\xNN` for anything not plain ASCII */
export function formatDictionary(words: readonly Uint8Array[]): string {
  const q = (b: Uint8Array): string => [...b].map((x) => (x >= 0x20 && x < 0x7f && x !== 0x22 && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0')}`)).join('');
  return words.map((w, i) => `kw${i + 1}="${q(w)}"\n`).join('');
}

/** writes the dictionary for `target`'s constants to `file`; the number of words */
export function writeDictionary(target: string, mutator: AnyMutator<unknown>, file: string): number {
  if (!existsSync(target)) throw new Error(`target ${target} does not exist`);
  const words = dictionaryWords(mutator, targetLiterals(target));
  writeFileSync(file, `# constants compared in ${target} and its relative imports, as derive-mutators' byte layout writes them\n${formatDictionary(words)}`);
  return words.length;
}
