/**
 * The code under test: a toy WebAssembly engine. Compiled code lives in a pool of slots; a
 * module holds its slot, an instance points at its module's slot.
 *
 * Seeded bug: `moduleDrop` frees the module's code slot even while instances of it are alive
 * (instances do not count as references). Nothing goes wrong until a new module is compiled
 * into the freed slot; then calling a function of the old instance runs the *new* module's
 * code, which the engine detects as a crash. Needs: moduleNew, instanceNew, moduleDrop,
 * moduleNew, callExportedFunc on the old instance, in that order.
 *
 * `@calls` on the class is all derive-mutators needs: `Module` and `Instance` are handles (the
 * methods that return them create one, the parameters of their type use one, `@drops` ends one).
 */
import type { ApiCalls } from './types.js';

export class EngineCrash extends Error {}

/** A compiled module (a handle: made by `moduleNew`, ended by `moduleDrop`). */
export class Module {
  constructor(
    readonly slot: number,
    readonly exports: number,
  ) {}
}

/** An instance of a module (a handle: made by `instanceNew`, ended by `instanceDrop`). */
export class Instance {
  constructor(
    readonly module: Module,
    readonly slot: number,
  ) {}
}

/** @calls */
export class Engine {
  private readonly slots: (Module | null)[] = [];

  moduleNew(/** @maxLength 16 */ wasm: Uint8Array): Module {
    let slot = this.slots.indexOf(null);
    if (slot < 0) slot = this.slots.push(null) - 1;
    const m = new Module(slot, 1 + (wasm.length % 4));
    this.slots[slot] = m;
    return m;
  }

  /** @drops module */
  moduleDrop(module: Module): void {
    this.slots[module.slot] = null; // BUG: live instances still point at this slot
  }

  instanceNew(module: Module): Instance {
    return new Instance(module, module.slot);
  }

  /** @drops instance */
  instanceDrop(instance: Instance): void {
    void instance;
  }

  /** Calls export number `nth` of the instance; 0 when its code is gone (a clean trap). */
  callExportedFunc(instance: Instance, /** @minimum 0 @maximum 7 @type int32 */ nth: number): number {
    const code = this.slots[instance.slot];
    if (code === null || code === undefined) return 0;
    if (code !== instance.module) throw new EngineCrash(`instance ran code of module in slot ${code.slot}, not of its own module`);
    return nth % code.exports;
  }
}

/**
 * The lower level (types.ts's `ApiCall` union with `@creates/@uses/@drops` ids): runs a whole
 * test case on a fresh engine, keeping the id → handle table by hand.
 */
export function run(input: ApiCalls): void {
  const engine = new Engine();
  const modules = new Map<number, Module>();
  const instances = new Map<number, Instance>();
  for (const call of input.calls) {
    switch (call.kind) {
      case 'moduleNew':
        modules.set(call.id, engine.moduleNew(call.wasm));
        break;
      case 'moduleDrop':
        engine.moduleDrop(modules.get(call.id)!);
        break;
      case 'instanceNew':
        instances.set(call.id, engine.instanceNew(modules.get(call.module)!));
        break;
      case 'instanceDrop':
        engine.instanceDrop(instances.get(call.id)!);
        break;
      case 'callExportedFunc':
        engine.callExportedFunc(instances.get(call.instance)!, call.nth);
        break;
    }
  }
}
