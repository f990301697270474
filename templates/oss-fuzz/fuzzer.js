// Jazzer.js entry for @@target@@ (written by `derive-mutators init oss-fuzz`; edit freely).
// libFuzzer's bytes are decoded by fromBytes into a valid value of the target's type; inputs
// exported with `derive-mutators corpus export` decode to exactly their value.
import * as target from '@@import@@';
import { jazzer } from 'derive-mutators/jazzer';

export const fuzz = jazzer(target@@options@@);
