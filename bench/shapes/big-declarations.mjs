// A declaration file of n interrelated declarations, shared by the codegen bench and its test.
export function bigDeclarationFile(n) {
  const out = ['export enum Kind { A, B, C }', 'export interface Box<T> { value: T; next?: Box<T> }'];
  for (let i = 0; i < n; i++) {
    const a = (i * 7 + 3) % n;
    const b = (i * 13 + 5) % n;
    if (i % 5 === 0) out.push(`export type U${i} = T${a} | T${b} | { kind: 'leaf${i}'; size: number } | null;`);
    out.push(
      `export interface T${i} {`,
      `  id: number;`,
      `  /** @maxLength 12 */`,
      `  name: string;`,
      `  kind: Kind;`,
      `  tags: string[];`,
      `  left?: T${a};`,
      `  right: Array<T${b}>;`,
      `  box: Box<number>;`,
      `  mode: 'read' | 'write' | \`x-\${number}\`;`,
      `}`,
    );
  }
  return out.join('\n');
}
