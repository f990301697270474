// The input of the yaml target (bench/real/yaml/fuzz.ts): a JSON-like document — maps with
// word keys, sequences, strings of printable ASCII (quotes and backslashes included, long enough
// to be folded at yaml's 80-column line width), numbers, booleans and null — that `YAML.stringify`
// then `YAML.parse` must give back unchanged. ASCII only: yaml 1.x also mishandles a leading
// U+FEFF and other non-ASCII text, in 1.2.0 too, which is not the bug this target is about.

/** @pattern ^[a-z]{1,8}$ */
export type Key = string;

/** @pattern ^[ -~]{0,120}$ */
export type Text = string;

export type Node =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; /** @type int32 */ value: number }
  | { kind: 'string'; value: Text }
  | { kind: 'seq'; /** @maxItems 3 */ items: Node[] }
  | { kind: 'map'; /** @maxItems 3 */ entries: Entry[] };

export interface Entry {
  key: Key;
  value: Node;
}

export interface YamlDoc {
  root: Node;
}

/** the plain value the document describes (later duplicate keys win, as in JSON) */
export function toValue(n: Node): unknown {
  switch (n.kind) {
    case 'null':
      return null;
    case 'bool':
    case 'number':
    case 'string':
      return n.value;
    case 'seq':
      return n.items.map(toValue);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of n.entries) Object.defineProperty(out, e.key, { value: toValue(e.value), enumerable: true, writable: true, configurable: true });
      return out;
    }
  }
}
