/** Turns a caught failure into the printed/serialised report. */
import type { CaughtFailure } from './failure.js';
import { errorMessage, pretty, userStack } from './failure.js';
import type { FuzzFailure } from './options.js';

export function failureReport(caught: CaughtFailure, value: unknown, packageRoot: string, replay: string): FuzzFailure {
  const program = (caught.error as { program?: unknown } | null)?.program;
  return {
    kind: caught.kind,
    message: errorMessage(caught.error),
    stack: userStack(caught.error, packageRoot),
    value: pretty(value),
    replay,
    ...(typeof program === 'string' ? { program } : {}),
  };
}

export function failureText(f: FuzzFailure): string {
  const lines = [`${f.kind}: ${f.message}`, 'value:', f.value.replace(/^/gm, '  ')];
  if (f.program !== undefined) lines.push('as a program:', f.program.replace(/^/gm, '  '));
  if (f.stack !== '') lines.push('stack (user code):', f.stack);
  return lines.join('\n');
}
