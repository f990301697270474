/**
 * The literal text a regular expression insists on: `/^v(\d+)\.(alpha|beta)$/` needs "v", ".",
 * "alpha" or "beta" somewhere in a matching input, so those runs go to the static dictionary
 * (a regex is a comparison the value profile cannot see into). A character followed by `?`, `*`
 * or `{` is optional and ends the run without joining it; escapes of classes (\d, \w) end a run.
 */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'k', 'c', 'x', 'u', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** runs of literal characters (at least `min` long) in a regex source, at most 32, then one example match */
export function regexFragments(source: string, min = 2): string[] {
  const out: string[] = [];
  let run = '';
  const end = (): void => {
    if (run.length >= min && out.length < 32 && !out.includes(run)) out.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1];
      i++;
      if (e === undefined) break;
      if (CLASS_ESCAPES.has(e)) {
        end();
        // \p{...}, \k<name>, \xHH, \uHHHH: skip their argument too
        if ((e === 'p' || e === 'P') && source[i + 1] === '{') i = skipTo(source, i + 1, '}');
        else if (e === 'k' && source[i + 1] === '<') i = skipTo(source, i + 1, '>');
        continue;
      }
      run += CONTROL[e] ?? e;
      continue;
    }
    if (c === '[') {
      end();
      i = skipClass(source, i);
      continue;
    }
    if (c === '?' || c === '*' || c === '{') {
      // the character before is optional: it does not belong to the run
      run = run.slice(0, -1);
      end();
      if (c === '{') i = skipTo(source, i, '}');
      continue;
    }
    if (c === '(') {
      end();
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>
      if (source[i + 1] === '?') {
        i++;
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = skipTo(source, i + 1, '>');
        else i++;
      }
      continue;
    }
    if (c === ')' || c === '|' || c === '^' || c === '$' || c === '.' || c === '+') {
      end();
      continue;
    }
    run += c;
  }
  end();
  const example = regexExample(source);
  if (example !== undefined && !out.includes(example)) out.push(example);
  return out;
}

function skipTo(s: string, from: number, close: string): number {
  const j = s.indexOf(close, from);
  return j < 0 ? s.length : j;
}

function skipClass(s: string, from: number): number {
  for (let i = from + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return s.length;
}

const CLASS_EXAMPLE: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/**
 * One string the regex matches, when it is simple enough to tell: the first alternative of each
 * group, one of each `+`, none of `?` `*` `{0,`, the first character of a class. `/^promo-(spring|
 * autumn)$/` gives "promo-spring", which no combination of fragments is likely to give.
 * Undefined for backreferences, lookarounds and anything unusual.
 */
export function regexExample(source: string): string | undefined {
  let i = 0;
  const alt = (depth: number): string | undefined => {
    let out = '';
    let last = '';
    while (i < source.length) {
      const c = source[i]!;
      if (c === '|') {
        // keep the first alternative, skip the others up to this group's end
        let d = 0;
        for (; i < source.length; i++) {
          const x = source[i]!;
          if (x === '\\') i++;
          else if (x === '[') i = skipClass(source, i);
          else if (x === '(') d++;
          else if (x === ')') {
            if (d === 0) break;
            d--;
          }
        }
        continue;
      }
      if (c === ')') {
        if (depth === 0) return undefined;
        i++;
        return out;
      }
      i++;
      let piece: string | undefined;
      if (c === '^' || c === '$') piece = '';
      else if (c === '\\') {
        const e = source[i++];
        if (e === 'b' || e === 'B') piece = '';
        else if (e === undefined || e === 'k' || e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'c' || /[1-9]/.test(e)) return undefined;
        else piece = CLASS_EXAMPLE[e] ?? e;
      } else if (c === '[') {
        const end = skipClass(source, i - 1);
        const body = source.slice(i, end);
        i = end + 1;
        if (body.startsWith('^') || body === '' || body.startsWith('\\')) return undefined;
        piece = body[0]!;
      } else if (c === '(') {
        if (source[i] === '?') {
          if (source[i + 1] !== ':') return undefined;
          i += 2;
        }
        piece = alt(depth + 1);
        if (piece === undefined) return undefined;
      } else if (c === '.') piece = 'a';
      else if (c === '*' || c === '+' || c === '?' || c === '{') {
        if (c === '*' || c === '?') out = out.slice(0, out.length - last.length);
        if (c === '{') {
          const end = skipTo(source, i, '}');
          const min = Number(source.slice(i, end).split(',')[0]);
          i = end + 1;
          if (!Number.isInteger(min) || min > 16) return undefined;
          out = out.slice(0, out.length - last.length) + last.repeat(min);
        }
        if (source[i] === '?') i++;
        last = '';
        continue;
      } else piece = c;
      out += piece;
      last = piece;
    }
    return depth === 0 ? out : undefined;
  };
  const r = alt(0);
  return r === undefined || r === '' || r.length > 64 ? undefined : r;
}
