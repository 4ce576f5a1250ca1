// JSON-valued columns hold JSON text in both dialects (TEXT in SQLite, text in PostgreSQL, never
// jsonb), so the shared queries need no per-dialect conversion. The column type says what the
// text holds, and one codec per table turns the listed columns to text on the way in and back on
// the way out: a column left off the list keeps its text type, and the compiler then refuses it
// where the domain shape expects the parsed value (or a plain value where the text belongs).
import type { Selectable } from "kysely";
import type { Database } from "./database";

declare const holds: unique symbol;
/** JSON text of a `T`; only `toJson` makes one. */
export type JsonText<T> = string & { readonly [holds]: T };

export function toJson<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

type JsonKeys<R> = { [K in keyof R]-?: R[K] extends JsonText<unknown> ? K : never }[keyof R];
type Holds<C> = C extends JsonText<infer T> ? T : never;

/** A row (or some of its columns) with the codec's columns parsed. */
export type ReadRow<R, K extends keyof R> = { [P in keyof R]: P extends K ? Holds<R[P]> : R[P] };
/** Values with the codec's columns as JSON text. */
export type WriteRow<V, K extends PropertyKey> = { [P in keyof V]: P extends K ? JsonText<V[P]> : V[P] };

export interface JsonCodec<R, K extends keyof R> {
  read<Row extends { [P in K]?: R[P] }>(row: Row): ReadRow<Row, K>;
  write<V extends { [P in K]?: unknown }>(values: V): WriteRow<V, K>;
}

/** The JSON columns of one table, named once. */
export function jsonColumns<T extends keyof Database, K extends JsonKeys<Selectable<Database[T]>>>(
  _table: T,
  columns: readonly K[],
): JsonCodec<Selectable<Database[T]>, K> {
  const convert = (row: object, fn: (value: never) => unknown) => {
    const out: Record<string, unknown> = { ...row };
    for (const column of columns)
      if (column in out) out[column as string] = fn(out[column as string] as never);
    return out;
  };
  return {
    read: (row) => convert(row, (text: string) => JSON.parse(text)) as never,
    write: (values) => convert(values, (value) => JSON.stringify(value)) as never,
  };
}
