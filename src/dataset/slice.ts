// What a subgraph declares of the data path: its dataset sections (src/subgraphs/*/dataset.ts).
// A slice names the record types it writes, each with its table, its natural key (declared here
// once: the importer finds stored rows by it and the validator refuses a file that repeats it),
// how a dataset becomes its rows, and who owns a row (ownership.ts); the references its sections
// make and the kinds of record others may refer to. The importer (importer.ts) composes the
// slices (slices.ts) in order; the generic engines are sync.ts, validate.ts and ownership.ts.
import type { Dataset } from "./format.ts";
import type { DatasetSource } from "./fields.ts";
import type { Row } from "./sync.ts";
import type { Transaction } from "./transaction.ts";

/** Who owns a record, and how to say so: "reported by" coventry-city-council. */
export interface Ownership {
  relation: string;
  owners: string[];
}

/** The owners of a record a row belongs to, looked up by kind ("board", "meeting"), once per import. */
export interface OwnerLookup {
  (kind: string, id: unknown): Promise<Ownership>;
}

/** A row's owners, from the row and its parents' owners. */
export type OwnerRule = (row: Row, look: OwnerLookup) => Ownership | Promise<Ownership>;

/** A record type no organisation owns; `words` name it in a refusal ("areas"). */
export interface AdminOnly {
  adminOnly: string;
}

/** The source documents' lines, by document id, as read and checked by the importer. */
export type SourceLines = Map<string, string[]>;

/** One table the importer writes. */
export interface RecordType {
  /** The record type as analysts know it (the GraphQL type name), e.g. "AgendaItem". */
  type: string;
  /** The Prisma model (delegate) name, e.g. "agendaItem". */
  model: string;
  /** The natural key: the columns that find a stored row; no two rows of one dataset may share it. */
  key: readonly string[];
  /** A self-reference (e.g. "parentId" to the one-column key): rows are written parents first. */
  parent?: string;
  /** The dataset's rows, in dataset order, each with its place (`at`). */
  rows(d: Dataset, lines: SourceLines): Row[];
  /** Values read from the database inside the import's transaction (after generated ids are resolved). */
  complete?(tx: Transaction, rows: Row[], d: Dataset): Promise<Row[]>;
  /**
   * Columns set only on rows this import creates or changes, never compared (so an unchanged row
   * keeps them): who wrote a figure decides its standing, and the import is its provenance.
   */
  stamp?(tx: Transaction, rows: Row[], writer: Writer): Promise<void>;
  /** Who may write a row with scope write:own. */
  owner: OwnerRule | AdminOnly;
  /**
   * Whether a stored row is hidden from partners other than its owners (a draft figure, an
   * officer's contact detail). A write:own caller sending an unchanged copy of it is checked as if
   * it wrote it, so that the answer never tells whether it exists or what it holds.
   */
  hidden?(stored: Row): boolean;
}

/** Who writes an import: an organisation (write:own) or, without one, admin; and its audit record (none for a dry run). */
export interface Writer {
  organisationId?: string;
  importRunId: number | null;
}

/** Problems and references found while walking a dataset (validate.ts resolves the references). */
export interface Walk {
  defined: Map<string, Set<string>>;
  references: { path: string; kind: string; id: string }[];
  problems: string[];
}

/** A subgraph's part of the data path. */
export interface DatasetSlice {
  /** The subgraph, e.g. "partners". */
  subgraph: string;
  /** The kinds of record others may refer to by id, with the table and column to look them up in. */
  kinds: Record<string, { model: string; id: string }>;
  /** The record types, in the order they are written (parents before children). */
  records: RecordType[];
  /** Definitions, references and checks beyond the shape (e.g. an end before its start). */
  check(d: Dataset, walk: Walk): void;
  /** The owners of this slice's records that others' rows belong to (a board's host), by kind. */
  owners?: Record<string, (id: string, tx: Transaction, d: Dataset, look: OwnerLookup) => Promise<Ownership>>;
}

export const defineSlice = (slice: DatasetSlice) => slice;

/** A record of `kind` with `id` is defined in the file. */
export function define(walk: Walk, kind: string, id: string) {
  (walk.defined.get(kind) ?? walk.defined.set(kind, new Set()).get(kind)!).add(id);
}

/** `path` refers to a record of `kind`, which must be in the file or the database. */
export function refer(walk: Walk, path: string, kind: string, id: string | null | undefined) {
  if (id) walk.references.push({ path, kind, id });
}

const ids = (...values: unknown[]) => values.filter((v): v is string => typeof v === "string" && v !== "");
/** Owned directly: "hosted by" the organisations named. */
export const by = (relation: string, ...owners: unknown[]): Ownership => ({ relation, owners: ids(...owners) });
/** A nested record: its parent's owners, said of the parent. */
export const within = (relation: string, parent: Promise<Ownership>) => parent.then(({ owners }) => ({ relation, owners }));
export const adminOnly = (words: string): AdminOnly => ({ adminOnly: words });

export const day = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The four provenance columns of a sourced row. */
export function sourceColumns(source: DatasetSource | null | undefined) {
  if (!source) return { sourceDocumentId: null, sourceFirstLine: null, sourceLastLine: null, asWritten: null };
  const [first, last = first] = source.lines.split("-").map(Number);
  return { sourceDocumentId: source.document, sourceFirstLine: first, sourceLastLine: last, asWritten: source.asWritten };
}

export const numbered = <T>(items: T[]) => items.map((item, i) => ({ item, position: i + 1 }));

/**
 * Where each row came from in the dataset, e.g. "meetings[0].agendaItems[2]", so that a problem
 * or a refusal can name the record. Kept beside the rows rather than in them: the rows go to
 * Prisma as they are.
 */
const places = new WeakMap<Row, string>();
export const at = <R extends Row>(place: string, row: R): R => (places.set(row, place), row);
export const placeOf = (row: Row) => places.get(row) ?? "(dataset)";

/**
 * A column holding the generated id of a row this import writes earlier (a resolution's minute
 * item), named by that row's natural key; the importer resolves it once the parent is written.
 */
export class GeneratedId {
  constructor(
    readonly model: string,
    readonly key: Record<string, unknown>,
  ) {}
  toJSON() {
    return this.key;
  }
}
