/**
 * What derive-mutators derives for this example. The `Engine` class (tagged `@calls`) gives
 * `mutators.EngineCalls`, `serializers.EngineCalls` and `runEngineCalls`: call sequences straight
 * from its methods. Below it, the lower level those are built on, written by hand.
 */
export { Engine } from './engine.js';

/**
 * The lower level: sequences of calls to the engine's API as data, after wasmtime's `api_calls`
 * fuzz generator.
 * Resource tags say which id fields create, use or drop a module or an instance; derive-mutators
 * turns `ApiCall[]` into a sequence generator that only makes valid call sequences, with swarm
 * testing over the call kinds.
 */
export type ApiCall =
  | { kind: 'moduleNew'; /** @creates module */ id: number; wasm: Uint8Array }
  | { kind: 'moduleDrop'; /** @drops module */ id: number }
  | { kind: 'instanceNew'; /** @creates instance */ id: number; /** @uses module */ module: number }
  | { kind: 'instanceDrop'; /** @drops instance */ id: number }
  | { kind: 'callExportedFunc'; /** @uses instance */ instance: number; nth: number };

export interface Config {
  /** @minimum 1 @maximum 64 @type int32 */
  memoryPages: number;
  bulkMemory: boolean;
  strategy: 'cranelift' | 'winch';
}

export interface ApiCalls {
  config: Config;
  /** @maxItems 100 */
  calls: ApiCall[];
}
