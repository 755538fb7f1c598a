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
/** Rows per INSERT: large batches are far faster, and 2,000 rows of up to 30 columns stay under PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 2000;

/** Values as comparable text: decimals, dates and arrays from the database match their input. */
function comparable(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return String(value);
  return JSON.stringify(value);
}

function same(incoming: unknown, existing: unknown): boolean {
  if (Prisma.Decimal.isDecimal(existing) && typeof incoming === "string") return new Prisma.Decimal(incoming).equals(existing as Prisma.Decimal);
  return comparable(incoming) === comparable(existing);
}

export const keyOf = (spec: TableSpec, row: Row) => JSON.stringify(spec.key.map((k) => comparable(row[k])));
const keyWhere = (spec: TableSpec, row: Row) => Object.fromEntries(spec.key.map((k) => [k, row[k] ?? null]));

function delegate(tx: Transaction, model: string) {
  return (tx as unknown as Record<string, any>)[model];
}

/**
 * The existing rows that share a key with the incoming ones, by key. Rows are fetched by the
 * key's first column (an IN list, in chunks) and matched on the whole key here: one query per
 * chunk of values, where a list of composite-key ORs would be slow on large files.
 */
async function existingRows(tx: Transaction, spec: TableSpec, rows: Row[]): Promise<Map<string, Row>> {
  const wanted = new Set(rows.map((r) => keyOf(spec, r)));
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
  const existing = await existingRows(tx, spec, rows);
  return rows.map((row) => {
    const stored = existing.get(keyOf(spec, row));
    if (!stored) return { row, stored, change: "create" };
    return { row, stored, change: Object.entries(row).every(([column, value]) => same(value, stored[column])) ? "same" : "update" };
  });
}

/** Carries out a plan; returns the counts. `onRows` hears of progress on large tables. */
export async function applyPlan(tx: Transaction, spec: TableSpec, plan: RowChange[], onRows?: (done: number, total: number) => void): Promise<TableCounts> {
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0 };
  const toCreate: Row[] = [];
  for (const { row, change } of plan) {
    if (change === "create") {
      toCreate.push(row);
    } else if (change === "same") {
      counts.unchanged++;
    } else {
      await delegate(tx, spec.model).updateMany({ where: keyWhere(spec, row), data: row });
      counts.updated++;
    }
  }
  for (let start = 0; start < toCreate.length; start += INSERT_CHUNK) {
    await delegate(tx, spec.model).createMany({ data: toCreate.slice(start, start + INSERT_CHUNK) });
    onRows?.(plan.length - toCreate.length + Math.min(start + INSERT_CHUNK, toCreate.length), plan.length);
  }
  counts.created = toCreate.length;
  return counts;
}

/** The generated ids of rows found by natural key (for children that point at them). */
export async function idsByKey(tx: Transaction, spec: TableSpec, keys: Row[]): Promise<Map<string, number>> {
  const rows = await existingRows(tx, spec, keys);
  return new Map([...rows].map(([key, row]) => [key, row.id as number]));
}
