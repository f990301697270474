/**
 * A call sequence printed as the TypeScript program it stands for, so a minimized failure can be
 * pasted into a test: `const store = new Store(); const txn0 = store.begin(); store.put(txn0, 'a', 1);`.
 * Handles are variables named after their resource and id; ids whose creation is not in the
 * printed part (or failed) print as `undefined /* #id *\/`.
 */
import { passedParams, type CallObject, type CallsSpec } from './spec.js';
import { sourceOf } from './source.js';

export interface FormatOptions {
  /** index of a call to mark with `note` (the failing one); @defaultValue none */
  mark?: number;
  /** the comment written after the marked call; @defaultValue `'fails here'` */
  note?: string;
  /** indexes of calls the driver skipped (their `@requires` was false): printed as comments; @defaultValue none */
  skipped?: readonly number[];
}

function lowerFirst(s: string): string {
  const name = s.replace(/[^\w$]/g, '');
  return name.charAt(0).toLowerCase() + name.slice(1) || 'handle';
}

/** The argument list of one call (trailing absent optional arguments left out). */
export function argumentsOf(spec: CallsSpec, call: CallObject, handle: (id: unknown) => string, value: (v: unknown) => string = sourceOf): string {
  const m = spec.methods[call[spec.discriminant] as string];
  if (m === undefined) return '/* unknown method */';
  const last = passedParams(m, call);
  const args: string[] = [];
  for (let i = 0; i < last; i++) {
    const p = m.params[i]!;
    const v = call[p.field];
    if (p.handle) args.push(handle(v));
    else if (p.rest && Array.isArray(v)) args.push(...v.map(value));
    else args.push(value(v));
  }
  return args.join(', ');
}

export function formatCalls(spec: CallsSpec, calls: readonly CallObject[], options: FormatOptions = {}): string {
  const names = new Map<unknown, string>();
  const inst = spec.instance;
  const lines = [`const ${inst} = ${spec.construct ?? 'create()'};`];
  const handle = (id: unknown): string => names.get(id) ?? `undefined /* #${String(id)} */`;
  const skipped = new Set(options.skipped ?? []);
  calls.forEach((call, i) => {
    const method = call[spec.discriminant] as string;
    const m = spec.methods[method];
    const text = `${m?.async ? 'await ' : ''}${inst}.${method}(${argumentsOf(spec, call, handle)})`;
    if (skipped.has(i)) {
      lines.push(`// ${text}; (skipped: its @requires was false)`);
      return;
    }
    let line = `${text};`;
    if (m?.creates !== undefined && m.idField !== undefined) {
      const id = call[m.idField];
      const name = `${lowerFirst(m.creates)}${String(id)}`;
      names.set(id, name);
      line = `const ${name} = ${text};`;
    }
    lines.push(options.mark === i ? `${line} // <- ${options.note ?? 'fails here'}` : line);
  });
  return lines.join('\n');
}

/** One call as `store.put(txn0, 'a', 1)`, handles named by id (`#0`). */
export function formatCall(spec: CallsSpec, call: CallObject): string {
  return `${spec.instance}.${String(call[spec.discriminant])}(${argumentsOf(spec, call, (id) => `#${String(id)}`)})`;
}
