// The partner report: asks the hub two named operations through the generated client and turns
// the answers into lines of text. Fetching and formatting are separate so that the wording can
// be read (and tested) apart from the network.
import {
  type PartnerFundingByYearQuery,
  PartnerFundingByYearDocument,
  type PartnerOverviewQuery,
  PartnerOverviewDocument,
  type PlacegraphClient,
} from "../../client/index.ts";
import { formatPounds } from "./money.ts";

export interface PartnerReportAnswers {
  areaCode: string;
  funding: PartnerFundingByYearQuery;
  overview: PartnerOverviewQuery;
}

export class UnknownPartner extends Error {
  override name = "UnknownPartner";
}

export async function fetchPartnerReport(client: PlacegraphClient, organisationId: string, areaCode: string): Promise<PartnerReportAnswers> {
  // Every financial year at once (financialYear left out): contributionsByYear already groups them.
  const [funding, overview] = await Promise.all([
    client.request(PartnerFundingByYearDocument, { organisationId }),
    client.request(PartnerOverviewDocument, { organisationId, areaCode }),
  ]);
  if (!funding.organisation || !overview.organisation) throw new UnknownPartner(`The hub has no organisation with id "${organisationId}"`);
  return { areaCode, funding, overview };
}

type Source = { documentId: string; firstLine: number; lastLine: number } | null;
type ImportRecord = { id: number; actor: string; finishedAt: string; fileName: string; contentHash: string } | null;

/** Where a figure comes from: its document and lines or, for a figure a partner pushed without one, its import. */
function cite(source: Source, imported: ImportRecord = null): string {
  if (!source && imported) return `[imported by ${imported.actor} at ${imported.finishedAt}, file ${imported.fileName}, sha256 ${imported.contentHash}, import run ${imported.id}]`;
  if (!source) return "[no source]";
  const lines = source.firstLine === source.lastLine ? `line ${source.firstLine}` : `lines ${source.firstLine}-${source.lastLine}`;
  return `[${source.documentId}, ${lines}]`;
}

const written = (asWritten: string | null) => (asWritten ? `, written "${asWritten}"` : "");
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
// The hub's key for records that state no financial year (see FundingTotal.key).
const NOT_STATED = "not-stated";
// Fields another subgraph adds to an organisation are nullable: null when that subgraph did not
// answer (the hub then returns the rest with an error on the path). The hub's client refuses an
// answer with errors as a whole (client/request.ts), so through it they are never null; the
// report still says "unavailable" rather than assume a list, should it be given partial answers.
const UNAVAILABLE = "unavailable (the hub could not reach the subgraph that holds it)";

function fundingLines({ funding }: PartnerReportAnswers): string[] {
  const organisation = funding.organisation!;
  const lines = ["Money put into pooled budgets, by financial year"];
  if (!funding.contributionsByYear.length) lines.push("  none recorded");
  for (const year of funding.contributionsByYear) {
    lines.push(`  ${year.label}: ${formatPounds(year.total)} (${plural(year.count, "contribution")})`);
    for (const c of (organisation.fundingContributions ?? []).filter((c) => (c.financialYear ?? NOT_STATED) === year.key)) {
      lines.push(`    ${formatPounds(c.amount)} to ${c.pool.name} (${c.pool.kind})${written(c.asWritten)} ${cite(c.source)}`);
    }
  }
  const received = organisation.fundingReceived;
  if (!received || !organisation.allocationsReceived || !organisation.grantsReceived) return [...lines, "Money received from pooled budgets and grants", `  ${UNAVAILABLE}`];
  lines.push(
    `Money received from pooled budgets and grants: ${formatPounds(received.total)} ` +
      `(${plural(received.allocationCount, "allocation")} ${formatPounds(received.allocationsTotal)}, ` +
      `${plural(received.grantCount, "grant")} ${formatPounds(received.grantsTotal)})`,
  );
  for (const a of organisation.allocationsReceived) {
    lines.push(`    ${formatPounds(a.amount)} from ${a.pool.name} (${a.financialYear ?? "year not stated"})${written(a.asWritten)} ${cite(a.source)}`);
  }
  for (const g of organisation.grantsReceived) {
    lines.push(`    ${formatPounds(g.amountAwarded)} grant "${g.title}" from ${g.funder?.name ?? "an unnamed funder"}${written(g.asWritten)} ${cite(g.source)}`);
  }
  return lines;
}

type LedProgramme = NonNullable<NonNullable<PartnerOverviewQuery["organisation"]>["ledProgrammes"]>[number];

// Best first, so the summary reads the same way for every programme.
const STATUS_ORDER = ["GREEN", "AMBER", "RED", "NO_TARGET", "NOT_APPLICABLE", "NO_VALUE"];

function programmeLines(programme: LedProgramme, areaCode: string): string[] {
  if (!programme.indicators) return [`  ${programme.name}: indicators ${UNAVAILABLE}`];
  if (!programme.indicators.length) return [`  ${programme.name}: no indicators linked`];
  const statuses = programme.indicators.map((i) => i.latestMeasurement?.statusAgainstTarget ?? "NO_VALUE");
  const summary = STATUS_ORDER.map((status) => [status, statuses.filter((s) => s === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
  const codeWidth = Math.max(...programme.indicators.map((i) => i.code.length));
  return [
    `  ${programme.name}: ${summary}`,
    ...programme.indicators.map((i) => {
      const m = i.latestMeasurement;
      if (!m) return `    ${"NO_VALUE".padEnd(9)} ${i.code.padEnd(codeWidth)}  no value in ${areaCode}`;
      // Value and target as exact decimals, so they compare at a glance; the paper's own wording
      // (with its units) follows.
      const target = m.target ? `against target ${m.target.value}` : "(no target)";
      // A figure another partner pushed and the steward accepted says whose it is.
      const whose = m.standing === "ACCEPTED" ? `, ${m.reportedBy?.id ?? "another partner"}'s figure accepted` : "";
      return `    ${m.statusAgainstTarget.padEnd(9)} ${i.code.padEnd(codeWidth)}  ${m.period}: ${m.value} ${target}${whose}${written(m.asWritten)} ${cite(m.source, m.importRecord)}`;
    }),
  ];
}

/** The report as lines of text, in the order the hub answered (its lists are deterministic). */
export function reportLines(answers: PartnerReportAnswers): string[] {
  const organisation = answers.overview.organisation!;
  const programmes = organisation.ledProgrammes;
  return [
    `Partner report: ${organisation.name} (${organisation.id}, ${organisation.sector})`,
    "",
    ...fundingLines(answers),
    "",
    `Programmes led, with their indicators' latest values in ${answers.areaCode} against target`,
    ...(!programmes ? [`  ${UNAVAILABLE}`] : programmes.length ? programmes.flatMap((p) => programmeLines(p, answers.areaCode)) : ["  none recorded"]),
  ];
}
