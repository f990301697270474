import type { Command } from 'commander';

/** Placeholder: the fuzz engine registers its `fuzz`, `minify` and `read` subcommands here. */
export function registerFuzzCommands(_program: Command): void {}
