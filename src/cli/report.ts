/** Prints diagnostics (stderr, TypeScript compiler style) and progress lines (stdout). */
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { CliIo } from './io.js';

export class Reporter {
  errors = 0;
  warnings = 0;

  constructor(private readonly io: CliIo, private readonly quiet = false) {}

  diagnostics(list: readonly Diagnostic[]): void {
    for (const d of list) {
      if (d.severity === 'error') this.errors++;
      else this.warnings++;
      this.io.stderr(formatDiagnostic(d));
    }
  }

  /** a progress line; suppressed by --quiet */
  progress(line: string): void {
    if (!this.quiet) this.io.stdout(line);
  }

  /** `2 errors, 1 warning` */
  tally(): string {
    return `${count(this.errors, 'error')}, ${count(this.warnings, 'warning')}`;
  }
}

/** `1 file`, `2 files` */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.startsWith(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
