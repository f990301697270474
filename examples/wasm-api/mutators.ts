// Hand-written stand-in for the codegen's output (same shape as
// generated/examples/wasm-api/types.mutators.ts: `mutators.X(options)` factories and
// `serializers.X`), composed from the runtime exactly as the codegen will emit it.
import * as dm from '../../src/index.js';
import type * as T from './types.js';

type Call<K extends T.ApiCall['kind']> = Extract<T.ApiCall, { kind: K }>;
const id = (): dm.Mutator<number> => dm.integer({ min: 0, max: 0xffff });

function apiCall(options: dm.DeriveOptions = {}): dm.Mutator<T.ApiCall[]> {
  return dm.sequence<T.ApiCall>({
    discriminant: 'kind',
    variants: [
      {
        tag: 'moduleNew',
        mutator: dm.object<Call<'moduleNew'>>({ kind: dm.literals(['moduleNew']), id: id(), wasm: dm.bytes({ maxLength: 16 }) }),
        creates: [{ field: 'id', resource: 'module' }],
      },
      { tag: 'moduleDrop', mutator: dm.object<Call<'moduleDrop'>>({ kind: dm.literals(['moduleDrop']), id: id() }), drops: [{ field: 'id', resource: 'module' }] },
      {
        tag: 'instanceNew',
        mutator: dm.object<Call<'instanceNew'>>({ kind: dm.literals(['instanceNew']), id: id(), module: id() }),
        creates: [{ field: 'id', resource: 'instance' }],
        uses: [{ field: 'module', resource: 'module' }],
      },
      { tag: 'instanceDrop', mutator: dm.object<Call<'instanceDrop'>>({ kind: dm.literals(['instanceDrop']), id: id() }), drops: [{ field: 'id', resource: 'instance' }] },
      {
        tag: 'callExportedFunc',
        mutator: dm.object<Call<'callExportedFunc'>>({ kind: dm.literals(['callExportedFunc']), instance: id(), nth: dm.integer({ min: 0, max: 255 }) }),
        uses: [{ field: 'instance', resource: 'instance' }],
      },
    ] as dm.SequenceVariant<T.ApiCall>[],
    maxItems: 100,
    swarm: options.swarm,
  });
}

function config(options: dm.DeriveOptions = {}): dm.Mutator<T.Config> {
  return dm.object<T.Config>({
    memoryPages: dm.integer({ min: 1, max: 64 }),
    bulkMemory: dm.boolean(),
    strategy: dm.literals(['cranelift', 'winch'], { swarm: options.swarm }),
  });
}

function apiCalls(options: dm.DeriveOptions = {}): dm.Mutator<T.ApiCalls> {
  return dm.swarmScope(dm.object<T.ApiCalls>({ config: config(options), calls: apiCall(options) }));
}

export const mutators = { ApiCall: apiCall, Config: config, ApiCalls: apiCalls };
export const serializers = { ApiCalls: dm.jsonSerializer(apiCalls()) };
