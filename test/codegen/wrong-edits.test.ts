/**
 * A hand edit of a generated file that no longer fits the user's type is a compile error, so a
 * wrong edit is caught by `tsc --strict` instead of feeding the target values of the wrong type:
 * `object<T>`'s fields are mapped over `keyof T`. Each edit is compiled on its own against the
 * committed generated file of examples/nested-enum.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const file = join(root, 'generated/examples/nested-enum/types.mutators.ts');
const original = readFileSync(file, 'utf8');

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  types: [],
  baseUrl: root,
  paths: { 'derive-mutators': ['src/index.ts'] },
};

let previous: ts.Program | undefined;
/** the diagnostics of the generated file with `text` in place of its content */
function errorsWith(text: string): string[] {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => (name === file ? ts.createSourceFile(name, text, lang) : read(name, lang, onError, create));
  previous = ts.createProgram([file], options, host, previous);
  return ts.getPreEmitDiagnostics(previous, previous.getSourceFile(file)).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

function edit(from: string, to: string): string {
  expect(original, `the generated file holds ${from}`).toContain(from);
  return original.replace(from, to);
}

describe('a wrong hand edit of a generated object mutator', () => {
  it('the file as generated compiles', () => {
    expect(errorsWith(original)).toEqual([]);
  });

  it('a field mutator of the wrong type is TS2322', () => {
    const errors = errorsWith(edit('flag: dm.boolean(),', 'flag: dm.string(),'));
    expect(errors.some((e) => e.startsWith('TS2322') && e.includes('boolean'))).toBe(true);
  });

  it('a missing required field is reported', () => {
    const errors = errorsWith(edit("      weight: dm.integer({ min: -2147483648, max: 2147483647 }),\n", ''));
    expect(errors.some((e) => e.includes("'weight'"))).toBe(true);
  });

  it('a field the type does not have is reported', () => {
    const errors = errorsWith(edit('flag: dm.boolean(),', 'flag: dm.boolean(),\n      extra: dm.boolean(),'));
    expect(errors.some((e) => e.includes("'extra'"))).toBe(true);
  });
});
