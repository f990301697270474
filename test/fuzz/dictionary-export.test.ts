// `corpus export --dict`: the libFuzzer dictionary of the constants a target compares against,
// in the byte layout's spelling (src/fuzz/store/dictionary-export.ts).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaryWords, formatDictionary, targetLiterals, writeDictionary } from '../../src/fuzz/store/dictionary-export.js';
import { fromBytes, string, type AnyMutator } from '../../src/index.js';
import { mutators } from '../../generated/examples/nested-enum/types.mutators.js';
import { mutators as parserMutators } from '../../generated/examples/parser/types.mutators.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('corpus export --dict', () => {
  const target = 'examples/nested-enum/fuzz.ts';
  it("takes the literal operands of the target's comparisons, through its relative imports, negative ones included", () => {
    const lits = targetLiterals(target);
    expect(lits).toEqual(expect.arrayContaining([4, 7, -1234567, 'red', 'square', 'blue', 'line']));
    // nothing from this package's own sources (the engine does not instrument them either)
    expect(lits.length).toBeLessThan(20);
  });
  it('writes numbers as the layout reads them: an int64 and a double; strings only where the bytes carry text', () => {
    const drawing = mutators.Drawing() as AnyMutator<unknown>;
    const words = dictionaryWords(drawing, [7, -1234567, 0.5, 'red']).map(hex);
    expect(words).toEqual(['0700000000000000', '0000000000001c40', '7929edffffffffff', '0000000087d632c1', '000000000000e03f']);
    expect(dictionaryWords(string() as AnyMutator<unknown>, ['red']).map(hex)).toEqual([hex(new TextEncoder().encode('red'))]);
    // the word over a cell's weight bytes decodes to the constant
    const cell = new Uint8Array([0, ...Buffer.from('7929edffffffffff', 'hex'), 1, 0, 0]);
    expect((fromBytes(mutators.Cell() as AnyMutator<unknown>, cell) as { weight: number }).weight).toBe(-1234567);
  });
  it("formats libFuzzer's dictionary syntax", () => {
    expect(formatDictionary([Uint8Array.of(0x41, 0x22, 0x5c, 0x00)])).toBe('kw1="A\\x22\\x5c\\x00"\n');
    const file = join(mkdtempSync(join(tmpdir(), 'dm-dict-')), 'x.dict');
    expect(writeDictionary(target, mutators.Drawing() as AnyMutator<unknown>, file)).toBeGreaterThanOrEqual(6);
    expect(readFileSync(file, 'utf8')).toContain('="y)\\xed\\xff\\xff\\xff\\xff\\xff"');
  });

  it('through the CLI: a target of plain strings gets the strings it compares, in the UTF-8 the layout spells them in', () => {
    const d = mkdtempSync(join(tmpdir(), 'dm-dict-cli-'));
    mkdirSync(join(d, 'corpus'));
    const cli = (t: string, dict: string) => spawnSync(process.execPath, ['dist/cli/main.js', 'corpus', 'export', join(d, 'corpus'), t, join(d, 'bytes'), '--dict', dict], { encoding: 'utf8' });
    const r = cli('examples/parser/fuzz.ts', join(d, 'parser.dict'));
    expect(r.status).toBe(0);
    const words = readFileSync(join(d, 'parser.dict'), 'utf8').split('\n').filter((l) => l.startsWith('kw')).map((l) => l.replace(/^kw\d+="(.*)"$/, '$1'));
    // the section name, the key, the hex prefix and the header's brackets parse.ts compares against
    expect(words).toEqual(expect.arrayContaining(['server', 'port', '0x', '[', ']', '=']));
    // the port table's bound is read through a property (`value <= r.hi`), compared by no literal:
    // it is in as a number literal of the file, and in decimal for the text `Number(v)` parses
    expect(words).toContain('65535');
    // and its neighbours, where an off-by-one bound fails (`value <= r.hi` first fails at 65536);
    // single digits get none (`slice(1, -1)`: no -2)
    expect(words).toEqual(expect.arrayContaining(['65536', '65534']));
    expect(words).not.toContain('-2');
    expect(words).toContain('\\xff\\xff\\x00\\x00\\x00\\x00\\x00\\x00');
    // a dictionary word libFuzzer writes over a line's text bytes is that text in the decoded lines
    const te = new TextEncoder();
    const bytes = Uint8Array.from([...te.encode('[xxxxxx]\0port=0x10000\0'), 2]);
    bytes.set(te.encode('server'), 1);
    expect(fromBytes(parserMutators.Source() as AnyMutator<unknown>, bytes)).toEqual(['[server]', 'port=0x10000']);
    // and one it inserts into a line lengthens that line alone
    const ins = Uint8Array.from([...te.encode('[server]\0=0x10000\0'), 2]);
    expect(fromBytes(parserMutators.Source() as AnyMutator<unknown>, Uint8Array.from([...ins.subarray(0, 9), ...te.encode('port'), ...ins.subarray(9)]))).toEqual(['[server]', 'port=0x10000']);
    // a type whose only strings are literals (an index in the layout) still gets none
    expect(cli('examples/nested-enum/fuzz.ts', join(d, 'nested.dict')).status).toBe(0);
    const nested = readFileSync(join(d, 'nested.dict'), 'utf8');
    expect(nested).not.toMatch(/="(red|square|blue|line)"/);
    expect(nested).toContain('="y)\\xed\\xff\\xff\\xff\\xff\\xff"');
  });
});
