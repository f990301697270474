/** Line-based three-way merge of one section's body, with git-style (diff3) conflict markers. */
import { diff3Merge } from 'node-diff3';
import { mergeTouching } from './adjacent.js';

export interface ThreeWayResult {
  text: string;
  conflicts: number;
}

export const CONFLICT_START = '<<<<<<< your edit';
export const CONFLICT_BASE = '||||||| generated before';
export const CONFLICT_SEP = '=======';
export const CONFLICT_END = '>>>>>>> generated now';

const MARKER_LINE = /^(<{7}|\|{7}|={7}|>{7})( |$)/m;

/** Lines, each keeping its terminator; text is expected to end with '\n'. */
function lines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function terminated(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n`;
}

/**
 * Merges `mine` (the user's edit) and `theirs` (the new generated text), both derived from `base`
 * (the text as generated last time). Conflicting regions show all three versions.
 */
export function threeWayMerge(mine: string, base: string, theirs: string): ThreeWayResult {
  const regions = diff3Merge(lines(mine), lines(base), lines(theirs), { excludeFalseConflicts: true });
  let text = '';
  let conflicts = 0;
  for (const region of regions) {
    if (region.ok) {
      text += region.ok.join('');
    } else if (region.conflict) {
      const { a, o, b } = region.conflict;
      const touching = mergeTouching(a, o, b);
      if (touching !== undefined) {
        text += touching.map(terminated).join('');
        continue;
      }
      conflicts++;
      text += `${CONFLICT_START}\n${a.map(terminated).join('')}${CONFLICT_BASE}\n${o.map(terminated).join('')}`;
      text += `${CONFLICT_SEP}\n${b.map(terminated).join('')}${CONFLICT_END}\n`;
    }
  }
  return { text, conflicts };
}

/** 0-based index of the first conflict-marker line in `text`, or -1. */
export function firstConflictLine(text: string): number {
  const m = MARKER_LINE.exec(text);
  if (!m) return -1;
  return text.slice(0, m.index).split('\n').length - 1;
}
