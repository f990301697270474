/**
 * The programmatic codegen API (`derive-mutators/codegen`): analyze input files, emit one
 * generated file per input. Writes nothing: the CLI decides what to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { analyzeFiles } from './analyze/index.js';
import { emitFile } from './emit/file.js';
import { outputPath } from './emit/module-path.js';
import { hashText } from './emit/sections.js';
import { AnalyzeCodes } from './model/codes.js';
import type { Diagnostic } from './model/diagnostic.js';

export type { Diagnostic } from './model/diagnostic.js';
export { formatDiagnostic } from './model/diagnostic.js';

export interface GenerateOptions {
  /** input files, absolute or relative to `root` */
  files: string[];
  /** project root (default: the current directory); outputs and diagnostics are relative to it */
  root?: string;
  /** output directory relative to root (default 'generated') */
  out?: string;
  /** a tsconfig.json path (relative to root) or a ts-morph Project to reuse */
  project?: string | Project;
}

export interface GeneratedOutput {
  /** the input file, relative to root */
  input: string;
  /** `<out>/<input relative to root>` with `.ts` → `.mutators.ts` */
  output: string;
  content: string;
  /** exported types that got a section (keys of `mutators`) */
  derived: string[];
  /** exported types that could not be derived (see the diagnostics) */
  failed: string[];
}

export interface GenerateResult {
  outputs: GeneratedOutput[];
  diagnostics: Diagnostic[];
  /**
   * absolute paths of the project's own source files the analysis read (the inputs and what they
   * import, not node_modules or TypeScript's libs): what `--watch` watches
   */
  sources?: string[];
}

let version: string | undefined;
export function toolVersion(): string {
  version ??= (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

const DEFAULT_OPTIONS: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true };

function openProject(root: string, project: GenerateOptions['project'], diagnostics: Diagnostic[]): Project | undefined {
  if (project && typeof project !== 'string') return project;
  if (typeof project === 'string') {
    const config = path.resolve(root, project);
    if (!fs.existsSync(config)) {
      diagnostics.push({ code: AnalyzeCodes.inputNotFound, severity: 'error', file: project, message: `tsconfig '${project}' does not exist`, hint: 'Pass an existing tsconfig.json, or omit it to use strict defaults.' });
      return undefined;
    }
    return new Project({ tsConfigFilePath: config, skipAddingFilesFromTsConfig: true });
  }
  return new Project({ compilerOptions: DEFAULT_OPTIONS });
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const root = path.resolve(options.root ?? process.cwd());
  const out = options.out ?? 'generated';
  const diagnostics: Diagnostic[] = [];
  const project = openProject(root, options.project, diagnostics);
  if (!project) return { outputs: [], diagnostics };
  // a reused Project (--watch) sees edits to the inputs and to the project files they import
  for (const sf of project.getSourceFiles()) if (!sf.isInNodeModules() && !sf.isFromExternalLibrary()) sf.refreshFromFileSystemSync();
  const { models, diagnostics: found } = analyzeFiles(project, options.files, root);
  diagnostics.push(...found);
  const outputs: GeneratedOutput[] = [];
  for (const { input, model, ok } of models) {
    if (!ok) continue;
    const output = outputPath(root, out, input);
    try {
      const content = await emitFile({ model, input, output: path.resolve(root, output), version: toolVersion(), inputHash: hashText(fs.readFileSync(input, 'utf8')) });
      outputs.push({ input: model.file, output, content, derived: model.decls.filter((d) => d.exported).map((d) => d.name), failed: model.failed });
    } catch (e) {
      diagnostics.push({ code: AnalyzeCodes.emitFailed, severity: 'error', file: model.file, message: `could not emit: ${(e as Error).message}`, hint: 'This is a bug in derive-mutators; please report it with the input types.' });
    }
  }
  const sources = project
    .getSourceFiles()
    // the project's own .d.ts files count (an input may import its types from one); libraries and
    // TypeScript's lib files (under node_modules/typescript) do not
    .filter((sf) => !sf.isInNodeModules() && !sf.isFromExternalLibrary())
    .map((sf) => path.normalize(sf.getFilePath()));
  return { outputs, diagnostics, sources };
}
