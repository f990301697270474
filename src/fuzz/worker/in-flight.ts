/**
 * Worker side of "no failure is lost": before every execution the input is written into memory
 * shared with the main thread (a binary snapshot, or the target Serializer's bytes for values
 * that are not plain data), then a sequence number is bumped and the state set to "running".
 * A worker that dies or hangs cannot be asked anything; the main thread reads the last input
 * from this memory instead (src/fuzz/main/in-flight-watch.ts). See docs/ARCHITECTURE.md.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Serializer } from '../../runtime/core/mutator.js';
import { FULL, SnapshotWriter, UNSUPPORTED } from '../store/snapshot.js';
import { decodeSnapshot } from '../store/snapshot-read.js';

/** slots of the Int32 control block */
export const CTL = {
  /** STATE.* */
  state: 0,
  /** bytes of the current input in the data buffer */
  length: 1,
  /** ENCODING.* */
  encoding: 2,
  /** executions started by this worker */
  seq: 3,
  /** the per-input timeout in ms, for the main thread's watchdog */
  timeout: 4,
  /** generation of the data buffer the worker wants the main thread to hold */
  want: 5,
  /** generation the main thread holds (it answers each `want`) */
  have: 6,
} as const;
export const CTL_SLOTS = 8;

export const STATE = { none: 0, running: 1, finished: 2 } as const;
export const ENCODING = { snapshot: 1, serializer: 2 } as const;

/** the first data buffer; a larger input makes the worker hand the main thread a larger one */
export const FIRST_BUFFER = 1 << 16;

export interface InFlightShared {
  ctl: SharedArrayBuffer;
  data: SharedArrayBuffer;
}

export function makeInFlightShared(): InFlightShared {
  return { ctl: new SharedArrayBuffer(CTL_SLOTS * 4), data: new SharedArrayBuffer(FIRST_BUFFER) };
}

/** the message that hands over a larger data buffer */
export interface BufferMessage {
  type: 'in-flight-buffer';
  buffer: SharedArrayBuffer;
  generation: number;
}

export class InFlight {
  private readonly ctl: Int32Array;
  private readonly writer: SnapshotWriter;
  private size: number;
  /** where `changed` re-encodes a value to compare it */
  private readonly scratch = new SnapshotWriter(new ArrayBuffer(FIRST_BUFFER));
  timeoutMs = 0;

  constructor(
    shared: InFlightShared,
    private readonly serializer: Serializer<unknown>,
    private readonly port: MessagePort,
  ) {
    this.ctl = new Int32Array(shared.ctl);
    this.writer = new SnapshotWriter(shared.data);
    this.size = shared.data.byteLength;
  }

  /** records `value` as the input about to run (before the target sees it) */
  begin(value: unknown): void {
    const ctl = this.ctl;
    const w = this.writer;
    let encoding: number = ENCODING.snapshot;
    let n = w.encode(value);
    let data: Uint8Array | undefined;
    while (n < 0) {
      if (n === UNSUPPORTED) {
        encoding = ENCODING.serializer;
        data ??= this.serializer.toData(value);
        n = w.copy(data);
      } else {
        this.grow(w.needed);
        n = encoding === ENCODING.snapshot ? w.encode(value) : w.copy(data!);
      }
    }
    ctl[CTL.length] = n;
    ctl[CTL.encoding] = encoding;
    ctl[CTL.timeout] = this.timeoutMs;
    ctl[CTL.seq]!++;
    Atomics.store(ctl, CTL.state, STATE.running);
  }

  /** the input finished (passed or failed where the worker could see it) */
  end(): void {
    Atomics.store(this.ctl, CTL.state, STATE.finished);
  }

  /** true when `value` no longer matches what `begin` recorded (the target modified it) */
  changed(value: unknown): boolean {
    const n = this.ctl[CTL.length]!;
    const recorded = this.writer.data;
    let now: Uint8Array;
    if (this.ctl[CTL.encoding] === ENCODING.serializer) now = this.serializer.toData(value);
    else {
      let m = this.scratch.encode(value);
      while (m === FULL) {
        this.scratch.use(new ArrayBuffer(this.scratch.needed));
        m = this.scratch.encode(value);
      }
      if (m === UNSUPPORTED) return true;
      now = this.scratch.data.subarray(0, m);
    }
    if (now.length !== n) return true;
    for (let i = 0; i < n; i++) if (now[i] !== recorded[i]) return true;
    return false;
  }

  /** the value `begin` recorded, rebuilt (a copy) */
  original(): unknown {
    const bytes = this.writer.data.slice(0, this.ctl[CTL.length]!);
    return this.ctl[CTL.encoding] === ENCODING.serializer ? this.serializer.fromData(bytes) : decodeSnapshot(bytes);
  }

  /** allocates a larger buffer and waits until the main thread holds it */
  private grow(need: number): void {
    this.size = Math.max(need, 2 * this.size);
    const buffer = new SharedArrayBuffer(this.size);
    const generation = this.ctl[CTL.want]! + 1;
    this.ctl[CTL.want] = generation;
    this.port.postMessage({ type: 'in-flight-buffer', buffer, generation } satisfies BufferMessage);
    const started = Date.now();
    while (Atomics.load(this.ctl, CTL.have) !== generation) {
      Atomics.wait(this.ctl, CTL.have, generation - 1, 1000);
      if (Date.now() - started > 30_000) throw new Error('derive-mutators fuzz: the main thread did not take the input buffer');
    }
    this.writer.use(buffer);
  }
}
