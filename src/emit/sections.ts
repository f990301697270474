/**
 * Generated files are split into named sections so hand edits survive regeneration:
 *
 *   // #region derive-mutators: Foo [hash 0123456789abcdef]
 *   ...generated text...
 *   // #endregion derive-mutators: Foo
 *
 * The hash is of the section's body exactly as it was generated (after prettier), so an edited
 * body no longer matches its hash. Text outside sections belongs to the generator (header,
 * imports) and is always regenerated.
 */
import { createHash } from 'node:crypto';

export interface Section {
  name: string;
  /** hash recorded in the begin marker */
  hash: string;
  /** body text between the marker lines (each line ending with \n) */
  body: string;
  /** line index of the begin marker in the file (0-based) */
  beginLine: number;
  endLine: number;
}

export interface ParsedFile {
  /** text before the first section, between sections and after the last, in order (sections.length + 1 pieces) */
  gaps: string[];
  sections: Section[];
}

export class SectionParseError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = 'SectionParseError';
  }
}

const BEGIN = /^\/\/ #region derive-mutators: (.+?) \[hash ([0-9a-f]{16})\]\s*$/;
const END = /^\/\/ #endregion derive-mutators: (.+?)\s*$/;

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function beginMarker(name: string, hash: string): string {
  return `// #region derive-mutators: ${name} [hash ${hash}]`;
}

export function endMarker(name: string): string {
  return `// #endregion derive-mutators: ${name}`;
}

/** Parses a generated (possibly hand-edited) file. Throws SectionParseError on broken markers. */
export function parseSections(text: string): ParsedFile {
  const lines = text.split(/(?<=\n)/);
  const gaps: string[] = [];
  const sections: Section[] = [];
  let gap = '';
  let open: { name: string; hash: string; beginLine: number; body: string } | undefined;
  const names = new Set<string>();
  lines.forEach((line, i) => {
    const bare = line.replace(/\r?\n$/, '');
    const b = BEGIN.exec(bare.trimStart());
    const e = END.exec(bare.trimStart());
    if (b) {
      if (open) throw new SectionParseError(i + 1, `section '${b[1]}' begins inside section '${open.name}' (line ${open.beginLine + 1}); a '#endregion' marker is missing`);
      if (names.has(b[1]!)) throw new SectionParseError(i + 1, `section '${b[1]}' appears twice`);
      names.add(b[1]!);
      open = { name: b[1]!, hash: b[2]!, beginLine: i, body: '' };
      gaps.push(gap);
      gap = '';
    } else if (e) {
      if (!open) throw new SectionParseError(i + 1, `'#endregion derive-mutators: ${e[1]}' has no matching '#region'`);
      if (e[1] !== open.name) throw new SectionParseError(i + 1, `section '${open.name}' is closed by an end marker for '${e[1]}'`);
      sections.push({ name: open.name, hash: open.hash, body: open.body, beginLine: open.beginLine, endLine: i });
      open = undefined;
    } else if (open) {
      open.body += line;
    } else {
      gap += line;
    }
  });
  if (open) throw new SectionParseError(open.beginLine + 1, `section '${open.name}' is never closed`);
  gaps.push(gap);
  return { gaps, sections };
}

/** Rewrites every begin marker's hash to the hash of its current body (used by the emitter). */
export function stampSections(text: string): string {
  const parsed = parseSections(text);
  return renderSections(parsed.gaps, parsed.sections.map((s) => ({ ...s, hash: hashText(s.body) })));
}

export function renderSections(gaps: readonly string[], sections: ReadonlyArray<Pick<Section, 'name' | 'hash' | 'body'>>): string {
  let out = '';
  sections.forEach((s, i) => {
    out += gaps[i] ?? '';
    out += `${beginMarker(s.name, s.hash)}\n${s.body}${endMarker(s.name)}\n`;
  });
  out += gaps[sections.length] ?? '';
  return out;
}

/** The sections of `text`, or undefined when there is no text or its markers are broken. */
export function parseSectionsIfValid(text: string | undefined): ParsedFile | undefined {
  if (text === undefined) return undefined;
  try {
    return parseSections(text);
  } catch {
    return undefined;
  }
}
