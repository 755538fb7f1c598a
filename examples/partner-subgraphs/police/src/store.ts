// The police partner's own small database: PGlite (PostgreSQL in this process), in memory or in
// a data directory, with one table of figures and one of contacts, filled from figures.json
// when empty. In a real force this is their own system; the subgraph only reads it.
import { PGlite } from "@electric-sql/pglite";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

export interface FigureRow {
  id: string;
  area_code: string | null;
  programme_id: string | null;
  measure: string;
  period: string | null;
  value: string;
  unit: "COUNT" | "PERCENT";
  as_written: string;
  document_id: string;
  line: number;
}

export interface ContactRow {
  programme_id: string;
  as_written: string;
  document_id: string;
  first_line: number;
  last_line: number;
}

interface SeedFile {
  figures: { id: string; areaCode: string | null; programmeId: string | null; measure: string; period: string | null; value: string; unit: string; asWritten: string; documentId: string; line: number }[];
  contacts: { programmeId: string; asWritten: string; documentId: string; firstLine: number; lastLine: number }[];
}

const schema = `
CREATE TABLE IF NOT EXISTS police_figure (
  id text PRIMARY KEY,
  area_code text,
  programme_id text,
  measure text NOT NULL,
  period text,
  value numeric NOT NULL,
  unit text NOT NULL CHECK (unit IN ('COUNT', 'PERCENT')),
  as_written text NOT NULL,
  document_id text NOT NULL,
  line integer NOT NULL CHECK (line > 0),
  CHECK (area_code IS NOT NULL OR programme_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS police_figure_area ON police_figure (area_code);
CREATE INDEX IF NOT EXISTS police_figure_programme ON police_figure (programme_id);
CREATE TABLE IF NOT EXISTS police_contact (
  programme_id text PRIMARY KEY,
  as_written text NOT NULL,
  document_id text NOT NULL,
  first_line integer NOT NULL,
  last_line integer NOT NULL CHECK (last_line >= first_line)
);`;

export const seedFile = resolve(import.meta.dirname, "../figures.json");

/** Opens the store (in memory without a directory), creates its tables and seeds them when empty. */
export async function openStore(dataDir?: string): Promise<PGlite> {
  const db = await PGlite.create(dataDir);
  await db.exec(schema);
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM police_figure");
  if (rows[0].n === 0) await seed(db, JSON.parse(await readFile(seedFile, "utf8")) as SeedFile);
  return db;
}

async function seed(db: PGlite, file: SeedFile): Promise<void> {
  await db.transaction(async (tx) => {
    for (const f of file.figures) {
      await tx.query(
        "INSERT INTO police_figure (id, area_code, programme_id, measure, period, value, unit, as_written, document_id, line) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        [f.id, f.areaCode, f.programmeId, f.measure, f.period, f.value, f.unit, f.asWritten, f.documentId, f.line],
      );
    }
    for (const c of file.contacts) {
      await tx.query("INSERT INTO police_contact (programme_id, as_written, document_id, first_line, last_line) VALUES ($1, $2, $3, $4, $5)", [
        c.programmeId, c.asWritten, c.documentId, c.firstLine, c.lastLine,
      ]);
    }
  });
}

const figureColumns = "id, area_code, programme_id, measure, period, value::text AS value, unit, as_written, document_id, line";

/** The figures of several areas (or programmes) in one statement, by id. */
export async function figuresBy(db: PGlite, column: "area_code" | "programme_id", keys: readonly string[]): Promise<FigureRow[][]> {
  const { rows } = await db.query<FigureRow>(`SELECT ${figureColumns} FROM police_figure WHERE ${column} = ANY($1) ORDER BY id`, [keys]);
  const key = (r: FigureRow) => (column === "area_code" ? r.area_code : r.programme_id);
  return keys.map((k) => rows.filter((r) => key(r) === k));
}

export async function figureById(db: PGlite, id: string): Promise<FigureRow | null> {
  const { rows } = await db.query<FigureRow>(`SELECT ${figureColumns} FROM police_figure WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function contactsBy(db: PGlite, programmeIds: readonly string[]): Promise<(ContactRow | null)[]> {
  const { rows } = await db.query<ContactRow>("SELECT * FROM police_contact WHERE programme_id = ANY($1)", [programmeIds]);
  return programmeIds.map((id) => rows.find((r) => r.programme_id === id) ?? null);
}
