// yaml 1.1.0 (pinned as yaml-buggy; 1.2.0 as yaml-fixed): `stringify` folded a long
// double-quoted string right after a backslash escape, so `parse` read the escape differently
// and the string came back changed — found by a round-trip tester and reported as
// https://github.com/eemeli/yaml/issues/59 (fixed in 1.2.0). Oracle: the round trip
// parse(stringify(value)) equals value (same JSON text), or parse throws. The default target is
// differential: it fails only where 1.1.0 breaks the round trip and 1.2.0 keeps it, since both
// have other round-trip bugs (a plain `...` string read back as the document-end marker).
import buggy from 'yaml-buggy';
import fixed_ from 'yaml-fixed';
import { mutators, serializers } from '../../../generated/bench/real/yaml/types.mutators.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';
import { packageTarget } from '../target.js';
import { toValue, type YamlDoc } from './types.js';

type Yaml = typeof buggy;

/** the test: the document survives stringify then parse */
export function check(yaml: Yaml, doc: YamlDoc): void {
  const value = toValue(doc.root);
  const text = yaml.stringify(value);
  let back: unknown;
  try {
    back = yaml.parse(text);
  } catch (e) {
    throw new Error(`YAML.parse rejects what YAML.stringify wrote (${(e as Error).message}):\n${text}`);
  }
  if (JSON.stringify(back) !== JSON.stringify(value)) throw new Error(`round trip changed the value:\n${JSON.stringify(value)}\n→ ${text}→ ${JSON.stringify(back)}`);
}

const target = packageTarget<Yaml, YamlDoc>(mutators.YamlDoc(), serializers.YamlDoc, check);

/** the bug 1.2.0 fixed: the round trip fails on 1.1.0 and holds on 1.2.0 */
export default defineFuzzTarget({
  mutator: mutators.YamlDoc(),
  serializer: serializers.YamlDoc,
  test(doc: YamlDoc) {
    try {
      check(fixed_, doc);
    } catch {
      return; // a round-trip bug 1.2.0 has too: not this one
    }
    check(buggy, doc);
  },
});
export const fixed = target(fixed_);
