/**
 * Formatting-blind comparison of sections: a user who runs their own prettier (double quotes,
 * another width, no semicolons) over a generated file has changed no code, so those sections
 * must not count as hand edits, and a real edit in a reformatted file must merge as well as in
 * one left alone. Every body is reprinted in one canonical style: our quotes and semicolons, and
 * a print width of 1, so every group that can break does (each argument, property and element
 * on its own line) and no layout choice of the user's (their width, a collapsed object)
 * survives. Two bodies with the same canonical text differ only in formatting; merging on the
 * canonical forms changes one line per edited property. A merged canonical body is reprinted in
 * the generated style.
 */
import prettier from 'prettier';
import { GENERATED_STYLE } from '../emit/file.js';
import { hashText, parseSections, parseSectionsIfValid, renderSections } from '../emit/sections.js';

/** the generated style at width 1 (prettier.format reads no config file: the rest are its defaults) */
const CANONICAL: prettier.Options = { ...GENERATED_STYLE, printWidth: 1 };

/** The canonical text of one section body, or undefined when it does not parse (then it is compared as text). */
export async function canonicalBody(body: string): Promise<string | undefined> {
  try {
    return await prettier.format(body, CANONICAL);
  } catch {
    return undefined;
  }
}

/**
 * The canonical texts the merge may need: of each edited section on disk, and of the same
 * section as generated before (the merge base) and now. Untouched sections are not formatted.
 */
export async function canonicalTexts(existing: string | undefined, base: string | undefined, generated: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const onDisk = parseSectionsIfValid(existing);
  if (onDisk === undefined) return out;
  const edited = onDisk.sections.filter((s) => hashText(s.body) !== s.hash);
  if (edited.length === 0) return out;
  const names = new Set(edited.map((s) => s.name));
  const bodies = new Set(edited.map((s) => s.body));
  for (const f of [parseSectionsIfValid(base), parseSectionsIfValid(generated)]) for (const s of f?.sections ?? []) if (names.has(s.name)) bodies.add(s.body);
  await Promise.all([...bodies].map(async (b) => {
    const c = await canonicalBody(b);
    if (c !== undefined) out.set(b, c);
  }));
  return out;
}

/** Reprints, in the generated style, the sections of `content` named in `names` (merged on canonical forms). */
export async function reprintSections(content: string, names: ReadonlySet<string>): Promise<string> {
  if (names.size === 0) return content;
  const parsed = parseSections(content);
  const sections = await Promise.all(parsed.sections.map(async (s) => {
    if (!names.has(s.name)) return s;
    try {
      return { ...s, body: await prettier.format(s.body, GENERATED_STYLE) };
    } catch {
      return s;
    }
  }));
  return renderSections(parsed.gaps, sections);
}
