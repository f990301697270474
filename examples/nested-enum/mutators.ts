// Hand-written stand-in for the codegen's output (same shape as
// generated/examples/nested-enum/types.mutators.ts: `mutators.X()` factories and `serializers.X`).
import * as dm from '../../src/index.js';
import type * as T from './types.js';

const color = (): dm.Mutator<T.Color> => dm.literals<T.Color>(['red', 'green', 'blue', 'yellow']);
const shape = (): dm.Mutator<T.Shape> =>
  dm.union<T.Shape>(
    [
      { mutator: dm.object({ kind: dm.literals(['circle']), radius: dm.number() }) as dm.AnyMutator<T.Shape> },
      { mutator: dm.object({ kind: dm.literals(['square']), side: dm.integer({ min: 0, max: 1000 }) }) as dm.AnyMutator<T.Shape> },
      { mutator: dm.object({ kind: dm.literals(['line']) }) as dm.AnyMutator<T.Shape> },
    ],
    { discriminant: 'kind' },
  );
const cell = (): dm.Mutator<T.Cell> =>
  dm.object<T.Cell>({ color: color(), shape: shape(), weight: dm.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), flag: dm.boolean() });
const drawing = (): dm.Mutator<T.Drawing> => dm.array(cell());

export const mutators = { Color: color, Shape: shape, Cell: cell, Drawing: drawing };
export const serializers = { Drawing: dm.jsonSerializer(drawing()) };
