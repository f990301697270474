/** For one generated output: read what is on disk, merge, and decide what to write. */
import { readFile } from 'node:fs/promises';
import { SectionParseError } from '../emit/sections.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { canonicalTexts, reprintSections } from './canonical.js';
import { Codes } from './codes.js';
import type { GeneratedOutput } from './generator.js';
import { mergeGenerated, type MergeOutput } from './merge.js';
import { absolute, basePath, display } from './paths.js';
import { count, describeError } from './report.js';

export interface FilePlan {
  path: string;
  shown: string;
  basePath: string;
  generated: string;
  existing?: string;
  base?: string;
  /** what the output should contain; undefined: leave the file alone */
  content?: string;
  actions: MergeOutput['actions'];
  diagnostics: Diagnostic[];
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

export async function planOutput(o: GeneratedOutput, ctx: { root: string; cwd: string; outDir: string; force: boolean }): Promise<FilePlan> {
  const path = absolute(ctx.root, o.output);
  const shown = display(ctx.cwd, path);
  const plan: FilePlan = { path, shown, basePath: basePath(ctx.outDir, path), generated: o.content, actions: [], diagnostics: [] };
  try {
    const existing = await readIfExists(path);
    if (existing !== undefined) plan.existing = existing;
  } catch (err) {
    plan.diagnostics.push({
      code: Codes.cannotRead, severity: 'error', file: shown,
      message: `cannot read the existing output: ${describeError(err)}; it was left untouched`,
      hint: 'Check that the path is a readable file.',
    });
    return plan;
  }
  const rawBase = await readIfExists(plan.basePath).catch(() => undefined);
  const base = rawBase === undefined ? undefined : toLf(rawBase);
  if (base !== undefined) plan.base = base;
  // a checkout with CRLF line endings is merged as LF and written back with CRLF
  const crlf = plan.existing?.includes('\r\n') ?? false;
  const existingLf = plan.existing === undefined ? undefined : toLf(plan.existing);
  const canonical = ctx.force ? new Map<string, string>() : await canonicalTexts(existingLf, base, o.content);
  try {
    const merged = mergeGenerated({
      file: shown, generated: o.content, force: ctx.force, canonical: (body) => canonical.get(body),
      ...(existingLf !== undefined ? { existing: existingLf } : {}),
      ...(base !== undefined ? { base } : {}),
    });
    const content = merged.content === undefined ? undefined : await reprintSections(merged.content, merged.canonicalMerges ?? new Set());
    if (content !== undefined) plan.content = crlf ? content.replace(/\n/g, '\r\n') : content;
    plan.actions = merged.actions;
    plan.diagnostics.push(...merged.diagnostics);
  } catch (err) {
    if (!(err instanceof SectionParseError)) throw err;
    plan.diagnostics.push({
      code: Codes.badGeneratedOutput, severity: 'error', file: display(ctx.cwd, absolute(ctx.root, o.input)),
      message: `the generator produced broken section markers for ${shown} (line ${err.line}: ${err.message}); nothing was written for it`,
      hint: 'This is a bug in derive-mutators; please report it with the input file.',
    });
  }
  return plan;
}

/** `3 sections; kept 1 edit, merged 1, 1 conflict` */
export function summarize(plan: FilePlan): string {
  const of = (a: string) => plan.actions.filter((x) => x.action === a).length;
  const parts = [
    [of('kept'), 'kept edit'], [of('merged'), 'merged edit'], [of('conflict'), 'conflict'],
    [of('orphan-kept'), 'kept orphan section'], [of('discarded'), 'discarded edit'],
  ] as const;
  const reformatted = of('reformatted');
  const extra = parts.filter(([n]) => n > 0).map(([n, w]) => count(n, w));
  if (reformatted > 0) extra.push(`${count(reformatted, 'section')} only reformatted`);
  return `${count(plan.actions.length - of('discarded'), 'section')}${extra.length ? `; ${extra.join(', ')}` : ''}`;
}
