/**
 * How often the main phase generates a fresh value at the full budget instead of mutating a pool
 * input. A fixed share is a trade-off no target agrees on: where the derived generator keeps
 * finding coverage long after the warm-up (job-queue, semver, lru_map), a small share made the
 * engine several times worse than plain random generation with the same mutators; on deep
 * targets (nested-enum, parser) mutation finds the coverage and a large share wastes executions.
 * So the share follows what each arm recently brought: new pool inputs per execution, each arm
 * averaged over its own last ~WINDOW executions (exponentially discounted, so an arm run rarely
 * keeps its estimate instead of forgetting it), and fresh generation gets the share
 * yield(fresh) / (yield(fresh) + yield(mutation) + MEANINGFUL), between FLOOR and CAP. MEANINGFUL
 * keeps the share at the floor where both arms yield next to nothing (on deep targets, where a
 * rare large fresh value reaching a new hit count is no step toward the bug): fresh generation
 * takes a large share only while it brings about one new pool input in 64 draws or more.
 */
import type { Rng } from '../../runtime/core/rng.js';

/** an arm's yield is averaged over about this many of its own executions */
const WINDOW = 64;
/** the share of fresh generation at the full budget stays within [FLOOR, CAP] */
const FLOOR = 1 / 128;
const CAP = 1 / 2;
/** a yield (new pool inputs per execution) that counts as fresh generation still finding things */
const MEANINGFUL = 1 / 64;

/** the discounted executions and gains of one arm */
class Arm {
  runs = 0;
  gains = 0;
  constructor(private readonly keep: number) {}

  record(gained: boolean): void {
    this.runs = this.runs * this.keep + 1;
    this.gains = this.gains * this.keep + (gained ? 1 : 0);
  }

  /** new pool inputs per execution, recently */
  yield(): number {
    return this.gains / (this.runs + 1);
  }
}

export class FreshShare {
  readonly fresh: Arm;
  readonly mutation: Arm;

  constructor(
    window = WINDOW,
    private readonly floor = FLOOR,
    private readonly cap = CAP,
  ) {
    const keep = 1 - 1 / window;
    this.fresh = new Arm(keep);
    this.mutation = new Arm(keep);
  }

  /** one execution of an arm ran; `gained`: its input joined the pool */
  record(fresh: boolean, gained: boolean): void {
    (fresh ? this.fresh : this.mutation).record(gained);
  }

  /** the current share of fresh generation, in [floor, cap] */
  share(): number {
    const f = this.fresh.yield();
    const p = f / (f + this.mutation.yield() + MEANINGFUL);
    return Math.min(this.cap, Math.max(this.floor, p));
  }

  /** true: generate afresh at the full budget this time */
  pickFresh(rng: Rng): boolean {
    return rng.float() < this.share();
  }
}
