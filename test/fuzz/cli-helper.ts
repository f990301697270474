/** Runs the fuzz subcommands in-process, capturing stdout, stderr and the exit code. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';
import { registerFuzzCommands } from '../../src/cli/fuzz-commands.js';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const program = new Command('derive-mutators').exitOverride();
  registerFuzzCommands(program);
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out: out.join(''), err: err.join('') };
}

/** scratch folders that `cleanup()` removes (call it from afterAll) */
export function scratchFolders(): { make(name: string): string; cleanup(): void } {
  const made: string[] = [];
  return {
    make(name) {
      const d = mkdtempSync(join(tmpdir(), `dm-fuzz-${name}-`));
      made.push(d);
      return d;
    },
    cleanup() {
      for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** the tool's own frames (engine, loader, node internals) must never reach a message */
export const TOOL_FRAME = /src\/fuzz\/|dist\/fuzz\/|node:internal|data:text\/javascript/;
