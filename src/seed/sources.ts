// The provenance of a fixture record, `"source": {"document": "coventry-hwb-2019-01-14",
// "lines": "78-80", "asWritten": "£179.502m"}`, turned into the four columns sourced tables have.
import type { SourceColumns } from "../subgraph/provenance.ts";

export interface FixtureSource {
  /** A SourceDocument id (prisma/fixtures/governance.json). */
  document: string;
  /** One line ("78") or an inclusive range ("78-80"). */
  lines: string;
  /** The figure or phrase as written. */
  asWritten?: string | null;
}

export function sourceColumns(source: FixtureSource | null | undefined): SourceColumns {
  if (!source) return { sourceDocumentId: null, sourceFirstLine: null, sourceLastLine: null, asWritten: null };
  const match = /^(\d+)(?:-(\d+))?$/.exec(source.lines);
  if (!match) throw new Error(`source lines must be "N" or "N-M", got "${source.lines}" in ${source.document}`);
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : first;
  if (last < first) throw new Error(`source lines ${source.lines} in ${source.document} end before they start`);
  return { sourceDocumentId: source.document, sourceFirstLine: first, sourceLastLine: last, asWritten: source.asWritten ?? null };
}
