// Writes one table's rows idempotently: a row is found by its natural key, created when absent,
// updated in place when a value differs, and left alone when it is the same. This is what makes
// importing the same file twice change nothing.
import { Prisma } from "../generated/prisma/client.ts";
import type { Transaction } from "./transaction.ts";

export type Row = Record<string, unknown>;

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A table the importer writes: its Prisma model and the columns that identify a row. */
export interface TableSpec {
  /** The Prisma model (delegate) name, e.g. "agendaItem"; reported as its GraphQL type name. */
  model: string;
  key: readonly string[];
}

const CHUNK = 500;

/** Values as comparable text: decimals, dates and arrays from the database match their input. */
function comparable(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return String(value);
  return JSON.stringify(value);
}

function same(incoming: unknown, existing: unknown): boolean {
  // Most columns of an unchanged row are the same string, number or null: no text to build.
  if ((incoming ?? null) === (existing ?? null)) return true;
  if (Prisma.Decimal.isDecimal(existing) && typeof incoming === "string") return new Prisma.Decimal(incoming).equals(existing as Prisma.Decimal);
  return comparable(incoming) === comparable(existing);
}

/** A row's natural key as text; comparable values never hold a raw \u0001 (JSON escapes it), so joining on it is unambiguous. */
export const keyOf = (spec: TableSpec, row: Row) => spec.key.map((k) => comparable(row[k])).join("\u0001");

function delegate(tx: Transaction, model: string) {
  return (tx as unknown as Record<string, any>)[model];
}

/**
 * The existing rows that share a key with the incoming ones, by key. Rows are fetched by the
 * key's first column (an IN list, in chunks) and matched on the whole key here: one query per
 * chunk of values, where a list of composite-key ORs would be slow on large files.
 */
async function existingRows(tx: Transaction, spec: TableSpec, rows: Row[], keys = rows.map((r) => keyOf(spec, r))): Promise<Map<string, Row>> {
  const wanted = new Set(keys);
  const lead = spec.key[0];
  const values = [...new Set(rows.map((r) => r[lead]))];
  const found = new Map<string, Row>();
  for (let start = 0; start < values.length; start += CHUNK) {
    const where = { [lead]: { in: values.slice(start, start + CHUNK) } };
    for (const row of (await delegate(tx, spec.model).findMany({ where })) as Row[]) {
      const key = keyOf(spec, row);
      if (wanted.has(key)) found.set(key, row);
    }
  }
  return found;
}

/** What writing a row would do: create it, update the stored row in place, or leave it as it is. */
export interface RowChange {
  row: Row;
  /** The stored row with the same natural key, if any. */
  stored: Row | undefined;
  change: "create" | "update" | "same";
}

/** Finds each row's stored counterpart and what writing it would do, writing nothing. */
export async function planTable(tx: Transaction, spec: TableSpec, rows: Row[]): Promise<RowChange[]> {
  if (rows.length === 0) return [];
  const keys = rows.map((r) => keyOf(spec, r));
  const existing = await existingRows(tx, spec, rows, keys);
  return rows.map((row, i) => {
    const stored = existing.get(keys[i]);
    if (!stored) return { row, stored, change: "create" };
    return { row, stored, change: Object.entries(row).every(([column, value]) => same(value, stored[column])) ? "same" : "update" };
  });
}

/** Rows per upsert statement: one JSON parameter, so no parameter limit; large enough that statements, not rows, are few. */
const WRITE_CHUNK = 5000;

/** The table of a Prisma model (the schema maps no names: model and field names are the table's and columns'). */
function tableOf(model: string): string {
  const table = Object.values(Prisma.ModelName).find((name) => name.charAt(0).toLowerCase() + name.slice(1) === model);
  if (!table) throw new Error(`No table for model ${model}`);
  return table;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * One statement writes a chunk of rows: each inserted, or, when a row with its natural key is
 * stored (the table's unique natural-key index, NULLS NOT DISTINCT), updated in place only where
 * a value differs. The rows travel as one JSON parameter that PostgreSQL turns into the table's
 * own row type (jsonb_populate_recordset), so every column gets its type (enum, decimal, date,
 * array) without a cast per column; columns the rows leave out keep their defaults.
 */
export function upsertStatement(spec: TableSpec, columns: string[]): string {
  const table = quoted(tableOf(spec.model));
  const list = columns.map(quoted).join(", ");
  const values = columns.filter((c) => !spec.key.includes(c)).map(quoted);
  const onConflict = `ON CONFLICT (${spec.key.map(quoted).join(", ")})`;
  const update = values.length
    ? `${onConflict} DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(", ")} WHERE (${values.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${c}`).join(", ")})`
    : `${onConflict} DO NOTHING`;
  return `INSERT INTO ${table} AS t (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) ${update}`;
}

/** The columns a row sets (undefined leaves a column to its default, as Prisma does). */
const columnsOf = (row: Row) => Object.keys(row).filter((c) => row[c] !== undefined);

/** Rows grouped by the columns they set, so that a left-out column is never written as NULL. */
function byColumns(rows: Row[]): Map<string, { columns: string[]; rows: Row[] }> {
  const groups = new Map<string, { columns: string[]; rows: Row[] }>();
  for (const row of rows) {
    const columns = columnsOf(row);
    const id = columns.join("\0");
    (groups.get(id) ?? groups.set(id, { columns, rows: [] }).get(id)!).rows.push(row);
  }
  return groups;
}

/**
 * A row as sent: null columns left out of the JSON, which jsonb_populate_recordset reads as NULL
 * all the same (its base record is NULL). A third less text to encode, send and parse for
 * measurements, and less held by Prisma's debug history, which keeps the last statements' parameters.
 */
function withoutNulls(row: Row): Row {
  const sent: Row = {};
  for (const column in row) if (row[column] !== null) sent[column] = row[column];
  return sent;
}

/**
 * Carries out a plan in bulk: the rows to create or update, a chunk per statement; unchanged
 * rows are not sent. Returns the planner's counts. `onRows` hears of progress on large tables.
 */
export async function applyPlan(tx: Transaction, spec: TableSpec, plan: RowChange[], onRows?: (done: number, total: number) => void): Promise<TableCounts> {
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0 };
  const toWrite: Row[] = [];
  for (const { row, change } of plan) {
    if (change === "same") counts.unchanged++;
    else {
      counts[change === "create" ? "created" : "updated"]++;
      toWrite.push(row);
    }
  }
  let done = counts.unchanged;
  for (const { columns, rows } of byColumns(toWrite).values()) {
    const sql = upsertStatement(spec, columns);
    for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
      const chunk = rows.slice(start, start + WRITE_CHUNK);
      // No replacer: the schema has no BigInt column, and a replacer function takes JSON.stringify off its fast path.
      await tx.$executeRawUnsafe(sql, JSON.stringify(chunk.map(withoutNulls)));
      done += chunk.length;
      onRows?.(done, plan.length);
    }
  }
  return counts;
}

/** The generated ids of rows found by natural key (for children that point at them). */
export async function idsByKey(tx: Transaction, spec: TableSpec, keys: Row[]): Promise<Map<string, number>> {
  const rows = await existingRows(tx, spec, keys);
  return new Map([...rows].map(([key, row]) => [key, row.id as number]));
}
