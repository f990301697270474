/**
 * Compiles a generated file with a hand edit applied, in-process with the TypeScript compiler API
 * (`strict`, NodeNext, 'derive-mutators' mapped to src/index.ts), so a test can assert that a wrong
 * edit is a compile error without running `tsc` once per edit. Programs are reused between edits.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const root = join(__dirname, '..', '..');

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

export interface EditedFile {
  /** the file as committed */
  original: string;
  /** `TSnnnn: message` for each diagnostic of the file when its content is `text` */
  errorsWith(text: string): string[];
  /** the original with the first `from` replaced by `to` (fails the test when `from` is absent) */
  edit(from: string, to: string): string;
}

/** `relative`: the generated file's path from the repository root */
export function editedFile(relative: string): EditedFile {
  const file = join(root, relative);
  const original = readFileSync(file, 'utf8');
  return {
    original,
    errorsWith(text) {
      const host = ts.createCompilerHost(options);
      const read = host.getSourceFile.bind(host);
      host.getSourceFile = (name, lang, onError, create) => (name === file ? ts.createSourceFile(name, text, lang) : read(name, lang, onError, create));
      previous = ts.createProgram([file], options, host, previous);
      return ts.getPreEmitDiagnostics(previous, previous.getSourceFile(file)).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    },
    edit(from, to) {
      expect(original, `${relative} holds ${from}`).toContain(from);
      return original.replace(from, to);
    },
  };
}
