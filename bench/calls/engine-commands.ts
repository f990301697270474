// The hand-written fast-check harness for examples/wasm-api's Engine, as a user would write it
// with fc.commands (one class per command with check and run; handles picked by index from the
// live ones the harness keeps). The derived equivalent is examples/wasm-api/fuzz.ts plus the
// `@calls` and `@drops` tags on the class. bench/calls-bench.mjs runs both and counts the lines.
import fc from 'fast-check';
import { Engine, type Instance, type Module } from '../../examples/wasm-api/engine.js';

interface Model {
  modules: number;
  instances: number;
}
interface Real {
  engine: Engine;
  modules: Module[];
  instances: Instance[];
}
type Cmd = fc.Command<Model, Real>;

class ModuleNew implements Cmd {
  constructor(readonly wasm: Uint8Array) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    r.modules.push(r.engine.moduleNew(this.wasm));
    m.modules++;
  }
  toString = (): string => `moduleNew(${this.wasm.length} bytes)`;
}

class ModuleDrop implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>): boolean => m.modules > 0;
  run(m: Model, r: Real): void {
    const [module] = r.modules.splice(this.pick % r.modules.length, 1);
    r.engine.moduleDrop(module!);
    m.modules--;
  }
  toString = (): string => `moduleDrop(#${this.pick})`;
}

class InstanceNew implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>): boolean => m.modules > 0;
  run(m: Model, r: Real): void {
    r.instances.push(r.engine.instanceNew(r.modules[this.pick % r.modules.length]!));
    m.instances++;
  }
  toString = (): string => `instanceNew(#${this.pick})`;
}

class InstanceDrop implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>): boolean => m.instances > 0;
  run(m: Model, r: Real): void {
    const [instance] = r.instances.splice(this.pick % r.instances.length, 1);
    r.engine.instanceDrop(instance!);
    m.instances--;
  }
  toString = (): string => `instanceDrop(#${this.pick})`;
}

class CallExportedFunc implements Cmd {
  constructor(
    readonly pick: number,
    readonly nth: number,
  ) {}
  check = (m: Readonly<Model>): boolean => m.instances > 0;
  run(_m: Model, r: Real): void {
    r.engine.callExportedFunc(r.instances[this.pick % r.instances.length]!, this.nth);
  }
  toString = (): string => `callExportedFunc(#${this.pick}, ${this.nth})`;
}

const commands = [
  fc.uint8Array({ maxLength: 16 }).map((w) => new ModuleNew(w)),
  fc.nat().map((i) => new ModuleDrop(i)),
  fc.nat().map((i) => new InstanceNew(i)),
  fc.nat().map((i) => new InstanceDrop(i)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([i, n]) => new CallExportedFunc(i, n)),
];

export const property = fc.property(fc.commands(commands), (cmds) => {
  fc.modelRun(() => ({ model: { modules: 0, instances: 0 }, real: { engine: new Engine(), modules: [], instances: [] } }), cmds);
});
