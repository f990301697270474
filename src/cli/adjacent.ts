/**
 * Resolves a diff3 conflict whose two sides change different lines that merely touch: the user
 * edited one field's line and the regeneration inserted or rewrote the next field's line. diff3
 * (like git) reports touching changes as one conflict; in a generated section, where each field
 * is one line, they are independent, so both are applied. Changes to the same base lines, or two
 * insertions at the same place, stay a conflict. The merged section is still type-checked by the
 * user's tsc, which catches the rare pair of touching edits that do depend on each other.
 */
import { diffIndices } from 'node-diff3';

/** one side's change: base lines [start, end) replaced by `lines` */
interface Change {
  start: number;
  end: number;
  lines: string[];
  side: 0 | 1;
}

function changes(base: string[], side: string[], which: 0 | 1): Change[] {
  return diffIndices(base, side).map((h) => ({
    start: h.buffer1[0],
    end: h.buffer1[0] + h.buffer1[1],
    lines: h.buffer2Content,
    side: which,
  }));
}

/** two changes collide when they replace a common base line, or insert at the same place */
function collide(x: Change, y: Change): boolean {
  if (x.start === x.end && y.start === y.end) return x.start === y.start;
  if (x.start === x.end) return y.start < x.start && x.start < y.end;
  if (y.start === y.end) return x.start < y.start && y.start < x.end;
  return x.start < y.end && y.start < x.end;
}

/** The lines of `mine` and `theirs` (both from `base`) merged when their changes only touch; undefined when they collide. */
export function mergeTouching(mine: string[], base: string[], theirs: string[]): string[] | undefined {
  const all = [...changes(base, mine, 0), ...changes(base, theirs, 1)];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (all[i]!.side !== all[j]!.side && collide(all[i]!, all[j]!)) return undefined;
  // apply in base order; at one position an insertion goes before a replacement that starts there
  all.sort((x, y) => x.start - y.start || (x.end - x.start) - (y.end - y.start));
  const out: string[] = [];
  let at = 0;
  for (const c of all) {
    out.push(...base.slice(at, c.start), ...c.lines);
    at = Math.max(at, c.end);
  }
  out.push(...base.slice(at));
  return out;
}
