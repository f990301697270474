// A resource protocol whose bug needs six particular calls in a row on one handle: a file API
// (open/close create and drop a handle; write, seek, flush, read, truncate, stat use one) where
// a handle that is written, seeked, written again, flushed, truncated and then read hands out a
// byte past its end. Calls on other handles may come in between; a wrong call on the same
// handle breaks the run. The call sequence is the one codegen derives from @creates/@uses/@drops.
import { integer, jsonSerializer, object, constant, sequence, swarmScope, type AnyMutator } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

type Call =
  | { op: 'open'; h: number }
  | { op: 'close'; h: number }
  | { op: 'write'; h: number; byte: number }
  | { op: 'seek'; h: number; to: number }
  | { op: 'flush'; h: number }
  | { op: 'read'; h: number }
  | { op: 'truncate'; h: number }
  | { op: 'stat'; h: number };

const id = integer({ min: 0 });
const byte = integer({ min: 0, max: 255 });
const call = (op: string, extra: Record<string, unknown> = {}) => object({ op: constant(op), h: id, ...extra } as never) as unknown as AnyMutator<Call>;
const handle = [{ field: 'h', resource: 'file' }];

export const calls = swarmScope(
  sequence<Call>({
    discriminant: 'op',
    variants: [
      { tag: 'open', mutator: call('open'), creates: handle },
      { tag: 'close', mutator: call('close'), drops: handle },
      { tag: 'write', mutator: call('write', { byte }), uses: handle },
      { tag: 'seek', mutator: call('seek', { to: byte }), uses: handle },
      { tag: 'flush', mutator: call('flush'), uses: handle },
      { tag: 'read', mutator: call('read'), uses: handle },
      { tag: 'truncate', mutator: call('truncate'), uses: handle },
      { tag: 'stat', mutator: call('stat'), uses: handle },
    ],
    maxItems: 64,
  }),
);

/** the ops that must follow one another on one handle */
const RUN = ['write', 'seek', 'write', 'flush', 'truncate', 'read'];

class File {
  data: number[] = [];
  /** how far along RUN this handle's latest calls are */
  stage = 0;
}

function step(f: File, c: Call): void {
  // every stage is its own branch, as the states of a real file object would be
  switch (f.stage) {
    case 0: f.stage = c.op === 'write' ? 1 : 0; break;
    case 1: f.stage = c.op === 'seek' ? 2 : c.op === 'write' ? 1 : 0; break;
    case 2: f.stage = c.op === 'write' ? 3 : 0; break;
    case 3: f.stage = c.op === 'flush' ? 4 : c.op === 'write' ? 1 : 0; break;
    case 4: f.stage = c.op === 'truncate' ? 5 : c.op === 'write' ? 1 : 0; break;
    case 5: if (c.op === 'read') throw new Error(`read past the end of a truncated file after ${RUN.join(', ')}`); f.stage = c.op === 'write' ? 1 : 0; break;
  }
}

export function run(list: Call[]): void {
  const files: File[] = [];
  for (const c of list) {
    if (c.op === 'open') files[c.h] = new File();
    else {
      const f = files[c.h]!;
      if (c.op === 'write') f.data.push(c.byte);
      step(f, c);
    }
  }
}

export default defineFuzzTarget({ mutator: calls, serializer: jsonSerializer(calls), test: run });
