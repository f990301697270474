/**
 * The code under test: an INI parser with typed values and a server-section check.
 * Malformed input raises ParseError (expected). The seeded bug sits in a deep branch: a hex
 * `port` in the `[server]` section above 0xffff indexes past the port-range table.
 */
export class ParseError extends Error {}

export type Value = string | number | boolean;
export type Config = Record<string, Record<string, Value>>;

function parseValue(v: string): Value {
  if (v.startsWith('0x')) {
    const n = parseInt(v.slice(2), 16);
    if (Number.isNaN(n)) throw new ParseError(`bad hex number '${v}'`);
    return n;
  }
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[0-9]+$/.test(v)) return Number(v);
  return v;
}

const PORT_RANGES = [{ lo: 1, hi: 0xffff, name: 'tcp' }];

function checkServer(key: string, value: Value): void {
  if (key === 'port' && typeof value === 'number') {
    // bug: a port above the last range finds no range, and the check reads through undefined
    const range = PORT_RANGES.find((r) => value <= r.hi)!;
    if (value < range.lo) throw new ParseError(`port ${value} is not a ${range.name} port`);
  }
}

export function parse(lines: readonly string[]): Config {
  const cfg: Config = { '': {} };
  let section = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) throw new ParseError('unterminated section header');
      section = line.slice(1, -1).trim();
      cfg[section] ??= {};
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new ParseError(`expected key=value, got '${line}'`);
    const key = line.slice(0, eq).trim();
    const value = parseValue(line.slice(eq + 1).trim());
    if (section === 'server') checkServer(key, value);
    cfg[section]![key] = value;
  }
  return cfg;
}
