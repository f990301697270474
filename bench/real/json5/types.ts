// The input of the json5 target (bench/real/json5/fuzz.ts): a JSON document, written out by
// `toJson` (objects are lists of members, so any key — duplicates too — reaches the text in
// order). Every JSON text is JSON5, so JSON5.parse must build what JSON.parse builds. No
// prototype key is named here.

/** @maxLength 12 */
export type Key = string;

export type Value =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; /** @type int32 */ value: number }
  | { kind: 'string'; /** @maxLength 12 */ value: string }
  | { kind: 'array'; /** @maxItems 4 */ items: Value[] }
  | { kind: 'object'; /** @maxItems 4 */ members: Member[] };

export interface Member {
  key: Key;
  value: Value;
}

export interface Document {
  root: Value;
}

function text(v: Value): string {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'bool':
    case 'number':
    case 'string':
      return JSON.stringify(v.value);
    case 'array':
      return `[${v.items.map(text).join(',')}]`;
    case 'object':
      return `{${v.members.map((m) => `${JSON.stringify(m.key)}:${text(m.value)}`).join(',')}}`;
  }
}

/** the document as JSON text (U+2028/U+2029 escaped: the same JSON, and json5 warns on them raw) */
export function toJson(doc: Document): string {
  return text(doc.root).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
