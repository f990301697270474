/** Turns a caught failure into the printed/serialised report. */
import type { CaughtFailure } from './failure.js';
import { errorMessage, pretty, userStack } from './failure.js';
import type { FuzzFailure } from './options.js';

export function failureReport(caught: CaughtFailure, value: unknown, packageRoot: string, replay: string): FuzzFailure {
  return {
    kind: caught.kind,
    message: errorMessage(caught.error),
    stack: userStack(caught.error, packageRoot),
    value: pretty(value),
    replay,
  };
}

export function failureText(f: FuzzFailure): string {
  const lines = [`${f.kind}: ${f.message}`, 'value:', f.value.replace(/^/gm, '  ')];
  if (f.stack !== '') lines.push('stack (user code):', f.stack);
  return lines.join('\n');
}
