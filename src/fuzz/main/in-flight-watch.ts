/**
 * Main-thread side of "no failure is lost": holds each worker's shared control block and input
 * buffer (src/fuzz/worker/in-flight.ts), tells when one input has been running for a few
 * per-input timeouts (a hang the worker cannot interrupt: native code such as a regular
 * expression, or a module that is not instrumented), and copies out the last input of a worker
 * that died, without asking it.
 */
import { CTL, ENCODING, STATE, makeInFlightShared, type BufferMessage, type InFlightShared } from '../worker/in-flight.js';

/** a hang is an input running this many per-input timeouts */
export const HANG_FACTOR = 3;

export interface LastInput {
  bytes: Uint8Array;
  encoding: (typeof ENCODING)[keyof typeof ENCODING];
  /** true: the worker was running it when it ended; false: it had finished it */
  running: boolean;
}

export class InFlightWatch {
  readonly shared: InFlightShared;
  private readonly ctl: Int32Array;
  private data: SharedArrayBuffer;
  private lastSeq = -1;
  private since = 0;

  constructor() {
    this.shared = makeInFlightShared();
    this.ctl = new Int32Array(this.shared.ctl);
    this.data = this.shared.data;
  }

  /** the worker handed over a larger buffer: keep it, then let the worker go on */
  take(m: BufferMessage): void {
    this.data = m.buffer;
    Atomics.store(this.ctl, CTL.have, m.generation);
    Atomics.notify(this.ctl, CTL.have);
  }

  /** executions the worker started */
  get executions(): number {
    return this.ctl[CTL.seq]!;
  }

  /** the per-input timeout the worker runs with (0 before its first input) */
  get timeoutMs(): number {
    return this.ctl[CTL.timeout]!;
  }

  /** how long (ms) the current input has been running as seen by polls, 0 when none is */
  runningFor(now: number): number {
    const seq = this.ctl[CTL.seq]!;
    if (Atomics.load(this.ctl, CTL.state) !== STATE.running) {
      this.lastSeq = -1;
      return 0;
    }
    if (seq !== this.lastSeq) {
      this.lastSeq = seq;
      this.since = now;
    }
    return now - this.since;
  }

  /** true when the current input has run past HANG_FACTOR timeouts */
  hung(now: number): boolean {
    const t = this.timeoutMs;
    return t > 0 && this.runningFor(now) > HANG_FACTOR * t;
  }

  /** a copy of the last input the worker started, or undefined when it started none */
  last(): LastInput | undefined {
    const state = Atomics.load(this.ctl, CTL.state);
    if (state === STATE.none) return undefined;
    const n = this.ctl[CTL.length]!;
    const encoding = this.ctl[CTL.encoding] === ENCODING.serializer ? ENCODING.serializer : ENCODING.snapshot;
    return { bytes: new Uint8Array(this.data, 0, n).slice(), encoding, running: state === STATE.running };
  }
}
