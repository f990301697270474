/** Entry of the analyzer: ts-morph Project + input files → one model per file, with diagnostics. */
import path from 'node:path';
import type { Project } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Model } from '../model/ir.js';
import { DeclRegistry } from './decls.js';
import { analyzeFile } from './file.js';

export interface Analyzed {
  /** absolute path of the input */
  input: string;
  model: Model;
  /** false when the file could not be analyzed at all (syntax errors): emit nothing for it */
  ok: boolean;
}

export function analyzeFiles(project: Project, files: string[], root: string): { models: Analyzed[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const abs = files.map((f) => path.resolve(root, f));
  const sfs = abs.map((f) => project.getSourceFile(f) ?? project.addSourceFileAtPathIfExists(f));
  // imported files become project files, so a reused Project can refresh them (watch mode)
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const models: Analyzed[] = [];
  abs.forEach((f, i) => {
    const sf = sfs[i] && program.getSourceFile(sfs[i]!.getFilePath());
    if (!sf) {
      diagnostics.push({ code: AnalyzeCodes.inputNotFound, severity: 'error', file: path.relative(root, f) || f, message: 'input file not found', hint: 'Check the path (relative to the project root).' });
      return;
    }
    const ctx = { checker, program, root, diagnostics, decls: new DeclRegistry() };
    const before = diagnostics.length;
    const model = analyzeFile(ctx, sf);
    models.push({ input: f, model, ok: !diagnostics.slice(before).some((d) => d.code === AnalyzeCodes.syntaxError) });
  });
  return { models, diagnostics };
}
