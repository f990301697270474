/** The golden fixtures: one folder per type-support row, inputs named types.ts (and other.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const INPUTS = ['types.ts', 'other.ts'];

export function fixtureDirs(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((d) => fs.existsSync(path.join(FIXTURES, d, 'types.ts')))
    .sort();
}

export function inputsOf(dir: string): string[] {
  return INPUTS.filter((f) => fs.existsSync(path.join(FIXTURES, dir, f)));
}

let shared: Project | undefined;
/** One ts-morph Project for every fixture (strict, NodeNext), so the compiler's lib is loaded once. */
export function sharedProject(): Project {
  shared ??= new Project({
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true },
  });
  return shared;
}
