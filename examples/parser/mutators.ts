// Hand-written stand-in for the codegen's output (same shape as
// generated/examples/parser/types.mutators.ts: `mutators.X()` factories and `serializers.X`).
import * as dm from '../../src/index.js';
import type * as T from './types.js';

const line = (): dm.Mutator<T.Line> => dm.string({ maxLength: 24 });
const source = (): dm.Mutator<T.Source> => dm.array(line(), { maxItems: 8 });

export const mutators = { Line: line, Source: source };
export const serializers = { Source: dm.jsonSerializer(source()) };
