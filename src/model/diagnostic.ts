/** A coded diagnostic in the TypeScript compiler's style. Plain data: no ts-morph objects. */
export interface Diagnostic {
  /** e.g. 'DM1001' */
  code: string;
  severity: 'error' | 'warning';
  /** path relative to the project root (or absolute when outside it) */
  file?: string;
  line?: number;
  column?: number;
  /** e.g. 'ApiCalls.calls[].wasm' */
  typePath?: string;
  message: string;
  /** what to do about it */
  hint?: string;
}

/** `file:line:col - error DM1001: message (at Type.path)\n  hint` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : ''} - ` : '';
  const at = d.typePath ? ` (at ${d.typePath})` : '';
  const hint = d.hint ? `\n  ${d.hint}` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${at}${hint}`;
}
