// The input of the minimist target (bench/real/minimist/fuzz.ts): a command line as minimist
// documents it — positional words and `--key=value` flags whose key may be a dotted path
// (`--a.b.c=1` sets argv.a.b.c). The types describe that grammar only; nothing here names a
// prototype key, the fuzzer has to find `constructor` / `prototype` itself.

/** @maxLength 12 */
export type Word = string;

/** `--path.join('.')`, then `=value`, or the value as the next word, or nothing (a boolean flag) */
export interface Flag {
  kind: 'flag';
  /** @minItems 1 @maxItems 5 */
  path: Word[];
  value?: Word;
  /** the value as a separate argument (`--key value`) instead of `--key=value` */
  separate: boolean;
}

export interface Positional {
  kind: 'positional';
  word: Word;
}

/** `-abc`: single-letter boolean flags */
export interface Short {
  kind: 'short';
  /** @pattern ^[a-z]{1,3}$ */
  letters: string;
}

export type Arg = Flag | Positional | Short;

export interface CommandLine {
  /** @maxItems 8 */
  args: Arg[];
}

/** the argv array minimist receives */
export function toArgv(line: CommandLine): string[] {
  const out: string[] = [];
  for (const a of line.args) {
    if (a.kind === 'positional') out.push(a.word);
    else if (a.kind === 'short') out.push(`-${a.letters}`);
    else if (a.value === undefined) out.push(`--${a.path.join('.')}`);
    else if (a.separate) out.push(`--${a.path.join('.')}`, a.value);
    else out.push(`--${a.path.join('.')}=${a.value}`);
  }
  return out;
}
