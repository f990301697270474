// lru_map 0.3.2 (pinned as lru-map-buggy; 0.3.3 as lru-map-fixed): `delete(key)` removed the
// entry from the list but ran `delete this._keymap[key]` on a Map, which removes nothing, so the
// deleted key stayed findable (`has` true, `get` returning the dropped value and relinking a
// dead entry) — fixed in 0.3.3 by `this._keymap.delete(key)` (https://github.com/rsms/js-lru/pull/22,
// "Fixed: delete in this._keymap"). Oracle: every call's result, the size and the keys in recency
// order after each call equal those of a Map-based model (./model.ts).
import * as buggyModule from 'lru-map-buggy';
import * as fixedModule from 'lru-map-fixed';
import { mutators, serializers } from '../../../generated/bench/real/lru-map/types.mutators.js';
import { packageTarget } from '../target.js';
import { ModelLru } from './model.js';
import type { Call, Session } from './types.js';

type LruClass = typeof buggyModule.LRUMap;
type Lru = InstanceType<LruClass>;

/** 0.3.2 sets `this.LRUMap` on module.exports, which ESM sees only as the default export */
function lruClass(mod: unknown): LruClass {
  const m = mod as { LRUMap?: LruClass; default?: { LRUMap: LruClass } };
  return m.LRUMap ?? m.default!.LRUMap;
}

function call(c: Call, lru: Lru | ModelLru): unknown {
  switch (c.op) {
    case 'set':
      lru.set(c.key, c.value);
      return undefined;
    case 'shift':
      return lru.shift();
    default:
      return lru[c.op](c.key);
  }
}

/** the test: each call on the package and on the model gives the same result, size and keys */
export function check(LRUMap: LruClass, s: Session): void {
  const lru: Lru = new LRUMap<number, number>(s.limit);
  const model = new ModelLru(s.limit);
  s.calls.forEach((c, i) => {
    const got = JSON.stringify(call(c, lru)) ?? 'undefined';
    const want = JSON.stringify(call(c, model)) ?? 'undefined';
    const where = `call #${i} ${c.op}(${'key' in c ? c.key : ''})`;
    if (got !== want) throw new Error(`${where} returned ${got}, the model ${want}`);
    if (lru.size !== model.size) throw new Error(`after ${where} size is ${lru.size}, the model's ${model.size}`);
    const keys = JSON.stringify(Array.from(lru.keys() as unknown as Iterable<number>));
    if (keys !== JSON.stringify(model.keys())) throw new Error(`after ${where} keys are ${keys}, the model's ${JSON.stringify(model.keys())}`);
  });
}

const target = packageTarget<LruClass, Session>(mutators.Session(), serializers.Session, check);

export default target(lruClass(buggyModule));
export const fixed = target(lruClass(fixedModule));
