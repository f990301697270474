/** Where the CLI reads and writes its surroundings, so tests can run `main` in-process. */
export interface CliIo {
  /** progress and results (one line per call, no trailing newline needed) */
  stdout(line: string): void;
  /** diagnostics and usage errors */
  stderr(line: string): void;
  /** directory that relative paths are resolved against */
  cwd: string;
  /** aborting stops `--watch` (the bin wires it to SIGINT) */
  signal?: AbortSignal;
}

export function processIo(signal?: AbortSignal): CliIo {
  return {
    stdout: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
    stderr: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    cwd: process.cwd(),
    ...(signal ? { signal } : {}),
  };
}
