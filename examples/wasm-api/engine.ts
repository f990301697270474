/**
 * The code under test: a toy WebAssembly engine. Compiled code lives in a pool of slots; a
 * module holds its slot, an instance points at its module's slot.
 *
 * Seeded bug: `moduleDrop` frees the module's code slot even while instances of it are alive
 * (instances do not count as references). Nothing goes wrong until a new module is compiled
 * into the freed slot; then calling a function of the old instance runs the *new* module's
 * code, which the engine detects as a crash. Needs: moduleNew, instanceNew, moduleDrop,
 * moduleNew, callExportedFunc on the old instance, in that order.
 */
import type { ApiCall, ApiCalls } from './types.js';

export class EngineCrash extends Error {}

interface Code {
  owner: number;
  exports: number;
}

export class Engine {
  private readonly slots: (Code | null)[] = [];
  private readonly modules = new Map<number, number>(); // module id -> slot
  private readonly instances = new Map<number, { module: number; slot: number }>();

  apply(call: ApiCall): void {
    switch (call.kind) {
      case 'moduleNew': {
        let slot = this.slots.indexOf(null);
        if (slot < 0) slot = this.slots.push(null) - 1;
        this.slots[slot] = { owner: call.id, exports: 1 + (call.wasm.length % 4) };
        this.modules.set(call.id, slot);
        break;
      }
      case 'moduleDrop': {
        const slot = this.modules.get(call.id)!;
        this.modules.delete(call.id);
        this.slots[slot] = null; // BUG: live instances still point at this slot
        break;
      }
      case 'instanceNew':
        this.instances.set(call.id, { module: call.module, slot: this.modules.get(call.module)! });
        break;
      case 'instanceDrop':
        this.instances.delete(call.id);
        break;
      case 'callExportedFunc': {
        const inst = this.instances.get(call.instance)!;
        const code = this.slots[inst.slot];
        if (code === null || code === undefined) return; // freed slot: the call traps cleanly
        if (code.owner !== inst.module) throw new EngineCrash(`instance ${call.instance} ran code of module ${code.owner}, not of its module ${inst.module}`);
        void (call.nth % code.exports);
        break;
      }
    }
  }
}

/** Runs a whole test case on a fresh engine; throws EngineCrash on the seeded bug. */
export function run(input: ApiCalls): void {
  const engine = new Engine();
  for (const call of input.calls) engine.apply(call);
}
