/**
 * `sfcWords(rng)`: the sfc32 state words of a seeded Rng whose drawing methods are all
 * RngBase's / sfc32's own, else null. Same contract as rng.ts's `sfcState` (a hot path may load
 * the words into locals, step sfc32 there and store them back before anything else draws), and
 * stricter: it also requires RngBase's own `float`, so a fast path may read floats from words.
 *
 * The reason it exists: `sfcState` loads `Sfc32.prototype` and `RngBase.prototype` on each call,
 * which costs V8 several nanoseconds each; here the prototype's methods are read once, at load.
 * Whether the probe's state array is the one `sfcState` hands out is checked once too: when
 * rng.ts changes so that it is not, every caller takes its generic path.
 */
import { createRng, RngBase, sfcState, type Rng } from './rng.js';

const probe = createRng(0);
const SFC_PROTO = Object.getPrototypeOf(probe) as Rng & { constructor: abstract new (...a: never[]) => unknown };
const SFC = SFC_PROTO.constructor;
const P = RngBase.prototype;
const U32 = SFC_PROTO.u32;
const BELOW = P.below;
const INT = P.int;
const PICK = P.pick;
const BOOL = P.bool;
const FLOAT = P.float;
/** the probe is plain sfc32 and its `s` is the state `sfcState` returns */
const OK = (() => {
  const st = sfcState(probe);
  return st !== null && (probe as unknown as { s?: unknown }).s === st && st.length === 4 && U32 !== BELOW;
})();

/** the state words of a plain seeded sfc32 Rng (see the file comment), else null */
export function sfcWords(rng: Rng): Int32Array | null {
  return OK && rng instanceof SFC && rng.u32 === U32 && rng.below === BELOW && rng.int === INT && rng.pick === PICK && rng.bool === BOOL && rng.float === FLOAT
    ? (rng as unknown as { s: Int32Array }).s
    : null;
}
