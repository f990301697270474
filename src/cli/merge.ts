/**
 * Merges a freshly generated file into the file on disk so hand edits survive:
 * untouched sections are regenerated, edited ones kept, an edited section whose type changed is
 * three-way merged against the pristine copy of what was generated last time (the merge base),
 * and text the generator no longer produces is kept with a warning. A section that differs from
 * what was generated only in formatting (the user's prettier) is no edit: it is left as it is
 * while its type is unchanged, and regenerated when it changes; a real edit in a reformatted
 * file is merged on the canonical forms (canonical.ts) when the plain merge conflicts.
 * Pure: no file access.
 */
import { hashText, parseSections, parseSectionsIfValid, renderSections, SectionParseError, type ParsedFile, type Section } from '../emit/sections.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { Codes } from './codes.js';
import { firstConflictLine, threeWayMerge } from './diff3.js';
import { userTextOutsideSections } from './gaps.js';

export interface MergeInput {
  /** display path of the output file, used in diagnostics */
  file: string;
  /** the new generated content (sections stamped) */
  generated: string;
  /** the output file as it is on disk; undefined when it does not exist */
  existing?: string;
  /** the pristine copy of the previous generation; undefined when it does not exist */
  base?: string;
  /** overwrite edits (and list them) instead of keeping them */
  force?: boolean;
  /** a body's canonical text (see canonical.ts), when known; without it bodies compare as text */
  canonical?: (body: string) => string | undefined;
}

export type SectionAction = 'generated' | 'reformatted' | 'kept' | 'merged' | 'conflict' | 'orphan-kept' | 'discarded';

export interface MergeOutput {
  /** undefined: leave the file as it is (it could not be parsed) */
  content?: string;
  /** sections merged on their canonical forms: reprint them in the generated style */
  canonicalMerges?: Set<string>;
  actions: Array<{ section: string; action: SectionAction }>;
  diagnostics: Diagnostic[];
}

type Out = Pick<Section, 'name' | 'hash' | 'body'>;

function isEdited(s: Section): boolean {
  return hashText(s.body) !== s.hash;
}

export function mergeGenerated(input: MergeInput): MergeOutput {
  const { file, force = false } = input;
  const canonical = input.canonical ?? (() => undefined);
  /** the same code, whatever the formatting */
  const sameCode = (a: string, b: string): boolean => {
    if (a === b) return true;
    const ca = canonical(a);
    return ca !== undefined && ca === canonical(b);
  };
  const canonicalMerges = new Set<string>();
  /** three-way merge; when it conflicts, again on the canonical forms, in case only formatting was in the way */
  const merge3 = (name: string, mine: string, old: string, now: string) => {
    const plain = threeWayMerge(mine, old, now);
    const [cm, co, cn] = [canonical(mine), canonical(old), canonical(now)];
    if (plain.conflicts === 0 || cm === undefined || co === undefined || cn === undefined) return plain;
    const blind = threeWayMerge(cm, co, cn);
    if (blind.conflicts >= plain.conflicts) return plain;
    if (blind.conflicts === 0) canonicalMerges.add(name);
    return blind;
  };
  const generated = parseSections(input.generated);
  const gen: Out[] = generated.sections.map((s) => ({ name: s.name, body: s.body, hash: hashText(s.body) }));
  if (input.existing === undefined) {
    return { content: renderSections(generated.gaps, gen), actions: gen.map((s) => ({ section: s.name, action: 'generated' })), diagnostics: [] };
  }
  let existing: ParsedFile;
  try {
    existing = parseSections(input.existing);
  } catch (err) {
    if (!(err instanceof SectionParseError)) throw err;
    const where = { file, line: err.line, column: 1 };
    if (force) {
      return {
        content: renderSections(generated.gaps, gen),
        actions: [],
        diagnostics: [{ code: Codes.editsDiscarded, severity: 'warning', ...where, message: `--force replaced the whole file, whose section markers were broken: ${err.message}` }],
      };
    }
    return {
      actions: [],
      diagnostics: [{
        code: Codes.unparseableOutput, severity: 'error', ...where,
        message: `cannot merge into this generated file: ${err.message}; the file was left untouched`,
        hint: 'Repair the "// #region derive-mutators: Name [hash …]" / "// #endregion derive-mutators: Name" marker pairs, or rerun with --force to regenerate the file and discard its edits.',
      }],
    };
  }
  const base = parseSectionsIfValid(input.base);
  const baseByName = new Map(base?.sections.map((s) => [s.name, s]));
  /** the merge base of an edited section: what was generated when it was last stamped (same hash) */
  const baseOf = (e: Section): Section | undefined => {
    const b = baseByName.get(e.name);
    return b && hashText(b.body) === e.hash ? b : undefined;
  };
  const existingByName = new Map(existing.sections.map((s) => [s.name, s]));
  const generatedNames = new Set(gen.map((s) => s.name));
  const actions: MergeOutput['actions'] = [];
  const discarded: string[] = [];
  const later: Array<(content: string) => Diagnostic> = [];
  const out: Out[] = [];

  for (const g of gen) {
    const e = existingByName.get(g.name);
    if (!e || !isEdited(e) || e.body === g.body) {
      out.push(g);
      actions.push({ section: g.name, action: 'generated' });
    } else if (force) {
      out.push(g);
      discarded.push(g.name);
      actions.push({ section: g.name, action: 'discarded' });
    } else if (e.hash === g.hash) {
      // the type did not change since the edit: keep the edit (or the reformatting) as it is
      out.push({ ...g, body: e.body });
      actions.push({ section: g.name, action: sameCode(e.body, g.body) ? 'reformatted' : 'kept' });
    } else {
      const b = baseOf(e);
      if (b && sameCode(e.body, b.body)) {
        // only reformatted, and the type changed: regenerate
        out.push(g);
        actions.push({ section: g.name, action: 'generated' });
      } else if (b) {
        const merged = merge3(g.name, e.body, b.body, g.body);
        out.push({ ...g, body: merged.text });
        actions.push({ section: g.name, action: merged.conflicts ? 'conflict' : 'merged' });
      } else {
        // without the old generated text there is no merge base: keep the edit under its old hash,
        // so the next run still sees that the type changed under it
        out.push({ name: g.name, hash: e.hash, body: e.body });
        actions.push({ section: g.name, action: 'kept' });
        later.push(sectionDiagnostic(g.name, {
          code: Codes.noMergeBase, severity: 'error',
          message: `the type of edited section '${g.name}' changed, but the copy of what was generated before is missing, so the change could not be merged into your edit; your edit was kept unchanged and may no longer fit the type`,
          hint: `Delete the section (from its #region line to its #endregion line) and rerun to regenerate it, then redo your edit; --force regenerates it too, but discards every edit in the file. Commit the .derive-mutators/ folder beside the output so later type changes merge by themselves.`,
        }));
      }
    }
  }

  // sections the generator no longer produces: keep the user's edits, drop generator-only text
  existing.sections.forEach((e, i) => {
    if (generatedNames.has(e.name) || !isEdited(e)) return;
    const b = baseOf(e);
    if (b && sameCode(e.body, b.body)) return; // only reformatted: it goes
    if (force) {
      discarded.push(e.name);
      actions.push({ section: e.name, action: 'discarded' });
      return;
    }
    const before = existing.sections.slice(0, i).reverse().find((s) => out.some((o) => o.name === s.name));
    out.splice(before ? out.findIndex((o) => o.name === before.name) + 1 : 0, 0, { name: e.name, hash: e.hash, body: e.body });
    actions.push({ section: e.name, action: 'orphan-kept' });
    later.push(sectionDiagnostic(e.name, {
      code: Codes.orphanSectionKept, severity: 'warning',
      message: `the generator no longer produces section '${e.name}' (was the type renamed or deleted?), but it has hand edits, so it was kept`,
      hint: 'Delete the section by hand when you no longer need it.',
    }));
  });

  const gaps = mergeGaps(existing, base, generated, force);
  if (force && (discarded.length || gaps.discarded)) {
    const what = [...discarded.map((n) => `section '${n}'`), ...(gaps.discarded ? ['text outside sections'] : [])];
    later.push(() => ({ code: Codes.editsDiscarded, severity: 'warning', file, message: `--force discarded hand edits: ${what.join(', ')}` }));
  }
  if (gaps.moved) {
    later.push(() => ({
      code: Codes.outsideTextReplaced, severity: 'warning', file,
      message: 'text written between generated sections was moved to the end of the file (only text inside sections and the header/footer is merged in place)',
    }));
  }
  const content = renderSections(gaps.gaps, out);
  const diagnostics = later.map((f) => f(content));
  diagnostics.push(...conflictDiagnostics(file, content, actions, gaps.conflict));
  return { content, actions, diagnostics, ...(canonicalMerges.size ? { canonicalMerges } : {}) };

  function sectionDiagnostic(name: string, d: Omit<Diagnostic, 'file' | 'line' | 'column'>): (content: string) => Diagnostic {
    return (content) => {
      const s = parseSections(content).sections.find((x) => x.name === name);
      return { ...d, file, ...(s ? { line: s.beginLine + 1, column: 1 } : {}) };
    };
  }
}

function mergeGaps(existing: ParsedFile, base: ParsedFile | undefined, generated: ParsedFile, force: boolean) {
  const gaps = [...generated.gaps];
  const last = gaps.length - 1;
  const user = userTextOutsideSections(existing, base, generated);
  if (force) return { gaps, conflict: false, moved: false, discarded: user.edited };
  let conflict = false;
  if (base) {
    // header/imports and the footer: three-way merge, so an added import survives
    const ends = last === 0 ? [[0, 0, 0]] : [[0, 0, 0], [existing.gaps.length - 1, base.gaps.length - 1, last]];
    for (const [e, b, g] of ends as Array<[number, number, number]>) {
      if (existing.gaps[e] === base.gaps[b]) continue;
      const merged = threeWayMerge(existing.gaps[e]!, base.gaps[b]!, gaps[g]!);
      gaps[g] = merged.text;
      conflict ||= merged.conflicts > 0;
    }
  }
  if (user.moved.length) {
    const tail = gaps[last]!;
    gaps[last] = `${tail}${tail === '' || tail.endsWith('\n') ? '' : '\n'}${user.moved.join('')}`;
  }
  return { gaps, conflict, moved: user.moved.length > 0, discarded: false };
}

function conflictDiagnostics(file: string, content: string, actions: MergeOutput['actions'], gapConflict: boolean): Diagnostic[] {
  const parsed = parseSections(content);
  const diagnostics: Diagnostic[] = [];
  for (const s of parsed.sections) {
    const at = firstConflictLine(s.body);
    if (at < 0) continue;
    const fresh = actions.some((a) => a.section === s.name && a.action === 'conflict');
    diagnostics.push({
      code: fresh ? Codes.mergeConflict : Codes.unresolvedConflict, severity: 'error', file, line: s.beginLine + 2 + at, column: 1,
      message: fresh
        ? `merge conflict in section '${s.name}': the type changed and so did your edit of the same lines`
        : `section '${s.name}' still contains conflict markers`,
      hint: 'Edit the section to keep what you want, delete the <<<<<<< ||||||| ======= >>>>>>> lines, and run again.',
    });
  }
  if (gapConflict || parsed.gaps.some((g) => firstConflictLine(g) >= 0)) {
    const at = firstConflictLine(content);
    diagnostics.push({
      code: Codes.mergeConflict, severity: 'error', file, ...(at >= 0 ? { line: at + 1, column: 1 } : {}),
      message: 'merge conflict in the text outside sections (header, imports or footer)',
      hint: 'Edit the text to keep what you want, delete the <<<<<<< ||||||| ======= >>>>>>> lines, and run again.',
    });
  }
  return diagnostics;
}
