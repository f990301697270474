/**
 * The six benchmark shapes. typia.random is generated from these types (bench/typia), the
 * derive-mutators and fast-check versions are written to match them (bench/shapes/*.mjs).
 * Size tags keep the three libraries' values at comparable JSON sizes; the bench reports
 * throughput per JSON byte as well, so the remaining difference is normalised away.
 */
import type { tags } from 'typia';

type Int = number & tags.Type<'int32'>;
type Str = string & tags.MinLength<0> & tags.MaxLength<16>;

/** 9 scalar fields */
export interface Flat {
  id: Int;
  name: Str;
  active: boolean;
  score: number;
  count: Int;
  code: Str;
  level: 'low' | 'mid' | 'high';
  ratio: number;
  flag: boolean;
}

export interface Address {
  street: Str;
  city: Str;
  zip: Str;
}

export interface Item {
  sku: Str;
  qty: Int;
  price: number;
  tags: Str[] & tags.MaxItems<3>;
}

/** objects in arrays in objects, ~1.5 KB of JSON */
export interface Nested {
  id: Int;
  customer: { name: Str; email: Str; address: Address };
  items: Item[] & tags.MinItems<12> & tags.MaxItems<22>;
  note: Str;
}

/** recursive, ~17 KB of JSON */
export interface Tree {
  id: Int;
  label: Str;
  children: Tree[] & tags.MaxItems<5>;
}

/** an arbitrary JSON value */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Circle { type: 'circle'; x: number; y: number; r: number }
export interface Rect { type: 'rect'; x: number; y: number; w: number; h: number }
export interface Text { type: 'text'; x: number; y: number; text: Str; size: Int }
export interface Line { type: 'line'; from: [number, number]; to: [number, number]; dashed: boolean }
export interface Group { type: 'group'; name: Str; count: Int; hidden: boolean }

/** discriminated union of 5 variants */
export type Union = Circle | Rect | Text | Line | Group;

/** string-heavy record */
export interface Strings {
  title: string & tags.MaxLength<40>;
  body: string & tags.MaxLength<200>;
  author: Str;
  slug: Str;
  lang: Str;
  summary: string & tags.MaxLength<80>;
  keywords: Str[] & tags.MaxItems<6>;
}
