/** The codegen API as the CLI sees it (see docs/ARCHITECTURE.md, "Codegen API"). */
import type { Diagnostic } from '../model/diagnostic.js';

export interface GenerateRequest {
  files: string[];
  root?: string;
  out?: string;
  project?: string;
}

export interface GeneratedOutput {
  input: string;
  /** path of the file to write; relative paths are relative to `root` */
  output: string;
  content: string;
}

export interface GenerateResult {
  outputs: GeneratedOutput[];
  diagnostics: Diagnostic[];
  /** absolute paths of the project files the analysis read (inputs and their imports) */
  sources?: string[];
}

export type GenerateFn = (request: GenerateRequest) => Promise<GenerateResult>;

/** Loads src/codegen.ts lazily, so `derive-mutators fuzz …` never loads the compiler. */
export async function loadGenerate(): Promise<GenerateFn> {
  const { generate } = await import('../codegen.js');
  return generate;
}
