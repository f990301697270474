/** Turns a caught failure into the printed/serialised report. */
import type { CaughtFailure } from './failure.js';
import { errorMessage, jsonValue, pretty, userStack } from './failure.js';
import type { FuzzFailure, FuzzMinimized } from '../options.js';
import { FuzzCodes, FuzzHints, type FuzzCode } from './codes.js';

export function failureReport(caught: CaughtFailure, value: unknown, packageRoot: string, replay: string): FuzzFailure {
  const program = (caught.error as { program?: unknown } | null)?.program;
  const f: FuzzFailure = {
    kind: caught.kind,
    message: caught.kind === 'input-modified' && caught.error instanceof Error ? caught.error.message : errorMessage(caught.error),
    stack: userStack(caught.error, packageRoot),
    value: jsonValue(value),
    valueText: pretty(value),
    replay,
    ...(typeof program === 'string' ? { program } : {}),
  };
  // the engine's own finding (not the target's error): no stack of ours, a code and a hint
  if (caught.kind === 'input-modified') return { ...f, stack: '', ...coded(FuzzCodes.inputModified) };
  return f;
}

export function coded(code: FuzzCode): { code: FuzzCode; hint: string } {
  return { code, hint: FuzzHints[code] };
}

export function failureText(f: FuzzFailure): string {
  const lines = [`${f.kind}${f.code ? ` ${f.code}` : ''}: ${f.message}`, 'value:', f.valueText.replace(/^/gm, '  ')];
  if (f.program !== undefined) lines.push('as a program:', f.program.replace(/^/gm, '  '));
  if (f.stack !== '') lines.push('stack (user code):', f.stack);
  if (f.hint) lines.push(`hint: ${f.hint}`);
  return lines.join('\n');
}

export function minimizedText(m: FuzzMinimized): string {
  const c = (x: number): string => String(Number(x.toFixed(2)));
  return [`complexity ${c(m.from)} -> ${c(m.complexity)} in ${m.seconds.toFixed(1)}s, fails the same way (${m.message})`, 'value:', m.valueText.replace(/^/gm, '  '), `artifact: ${m.artifact}`, `replay:   ${m.replay}`].join('\n');
}
