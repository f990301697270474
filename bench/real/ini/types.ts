// The input of the ini target (bench/real/ini/fuzz.ts): an INI file as ini's `parse` reads it —
// `key = value` pairs, `key[] = value` array items and `; comments` before the first section and
// under `[section]` headers, whose name may be a dotted path (`[a.b]` nests b in a). Only the
// grammar is described; no prototype key is named here.

/** @maxLength 12 */
export type Word = string;

export type Line =
  | { kind: 'pair'; key: Word; value: Word }
  | { kind: 'array-item'; key: Word; value: Word }
  | { kind: 'comment'; text: Word };

export interface Section {
  /** @minItems 1 @maxItems 3 */
  name: Word[];
  /** @maxItems 4 */
  lines: Line[];
}

export interface IniFile {
  /** @maxItems 3 */
  top: Line[];
  /** @maxItems 4 */
  sections: Section[];
}

function line(l: Line): string {
  if (l.kind === 'comment') return `; ${l.text}`;
  return l.kind === 'pair' ? `${l.key} = ${l.value}` : `${l.key}[] = ${l.value}`;
}

/** the file's text, one construct a line */
export function toIni(file: IniFile): string {
  const out = file.top.map(line);
  for (const s of file.sections) out.push(`[${s.name.join('.')}]`, ...s.lines.map(line));
  return `${out.join('\n')}\n`;
}
