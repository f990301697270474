/** A tiny drawing: a list of cells, each with a colour, a shape (a tagged union) and a flag. */
export type Color = 'red' | 'green' | 'blue' | 'yellow';

export type Shape =
  | { kind: 'circle'; radius: number }
  | { kind: 'square'; side: number }
  | { kind: 'line' };

export interface Cell {
  color: Color;
  shape: Shape;
  /** @type int32 */
  weight: number;
  flag: boolean;
}

export type Drawing = Cell[];
