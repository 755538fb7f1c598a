// A meeting pack to a dataset: detect the layout, find the board, read the agenda, the minutes
// it carries and its reports, resolve names, and describe the pack itself as the source
// document every record cites. The dataset then goes through the one importer.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { DATASET_FORMAT, type Dataset, datasetSchema } from "../dataset/format.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import { readAgenda } from "./agenda.ts";
import { findDate } from "./dates.ts";
import { runChecks } from "./checks.ts";
import { findFigures } from "./figures.ts";
import { readGeneralAgenda, readGeneralMinutes, readGeneralReports } from "./general.ts";
import { detectLayout, PackError } from "./layout.ts";
import { readLines } from "./lines.ts";
import { readMinutes } from "./minutes.ts";
import { NameDirectory, slugify } from "./names.ts";
import { RunLog } from "./report.ts";
import { reconcile } from "./reconcile.ts";
import { readReports } from "./reports.ts";

export interface ParsedPack {
  dataset: Dataset;
  layout: string;
  documentId: string;
  contentHash: string;
  names: NameDirectory;
  log: RunLog;
  counts: Record<string, number>;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const squash = (t: string) => normaliseName(t).replace(/ /g, "");

/** "anytown-hwb": the board's area, then the initials of the rest of its name ("Health and Wellbeing Board"). */
export function boardPrefix(boardName: string, areaName: string | null): string {
  const words = boardName.split(/\s+/);
  const areaWords = areaName ? areaName.split(/\s+/).length : 1;
  const area = areaName && normaliseName(words.slice(0, areaWords).join(" ")) === normaliseName(areaName) ? areaName : words[0];
  const rest = words.slice(area.split(/\s+/).length).filter((w) => !/^(and|of|the|&)$/i.test(w));
  return `${slugify(area)}-${rest.map((w) => w[0].toLowerCase()).join("")}`;
}

export interface ParseOptions {
  /** The board's id, when the pack's heading matches none. */
  board?: string;
  /** Creates the board of this name (and its host council when unknown) instead of refusing a pack for an unknown board. */
  newBoard?: string;
  /** Imports even when a structural check fails (the failures are still reported). */
  acceptWarnings?: boolean;
  onProgress?: (message: string) => void;
}

type BoardRow = { id: string; name: string; hostOrganisationId: string | null; areaCode: string | null };

/** The board a --new-board pack creates, and its host council: the council the pack names at its top, or "<Area> Council". */
function newBoardFor(name: string, lines: ReturnType<typeof readLines>, names: NameDirectory, boardLine: number): { board: BoardRow; source: { document: string; lines: string; asWritten: string } | null } {
  const council = lines.slice(0, 12).find((l) => /\bcouncil\b/i.test(l.text) && l.text.split(" ").length <= 6 && !/[,:]/.test(l.text));
  const area = name.split(/\s+(?:Health|Integrated|Care|Partnership|Board|Joint|Children|Adult|Safeguarding)\b/)[0].trim();
  const councilName = council ? council.text.replace(/^([A-Z ]+)$/, (t) => t.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())) : `${area} Council`;
  const host = names.findOrganisation(councilName)[0] ?? names.resolveOrganisation(councilName, council?.n ?? boardLine).id!;
  return { board: { id: slugify(name), name, hostOrganisationId: host, areaCode: null }, source: null };
}

export async function parsePack(prisma: PrismaClient, path: string, content: Buffer, options: ParseOptions = {}): Promise<ParsedPack> {
  const progress = options.onProgress ?? (() => {});
  const fileName = basename(path);
  const text = content.toString("utf8");
  if (text.includes("\u0000")) throw new PackError(`${fileName}: a binary file, not a text dump of a meeting pack; nothing was imported`);
  const lines = readLines(text);
  const header = detectLayout(lines, fileName);
  const log = new RunLog();
  for (const l of lines) if (l.junk) log.skip(l.n, `junk (${l.junk})`, l.raw.trim());

  const boards: BoardRow[] = await prisma.board.findMany({ select: { id: true, name: true, hostOrganisationId: true, areaCode: true } });
  const names = await NameDirectory.load(prisma);
  let board = options.board ? boards.find((b) => b.id === options.board) : boards.find((b) => squash(b.name) === squash(options.newBoard ?? header.boardName));
  let created: BoardRow | null = null;
  if (!board && options.newBoard && !options.board) {
    created = newBoardFor(options.newBoard.trim(), lines, names, header.boardLine).board;
    board = created;
    log.note(header.boardLine, "board", `new board "${created.name}" (${created.id}) hosted by ${created.hostOrganisationId}, created as --new-board asked`);
  }
  if (boards.length === 0 && !created) throw new PackError(`${fileName}: the database holds no boards; import the register of partners first (npm run import -- prisma/dataset), or pass --new-board "<name>"`);
  if (!board) {
    throw new PackError(
      options.board
        ? `${fileName}: no board "${options.board}"; known boards: ${boards.map((b) => b.id).join(", ")}`
        : `${fileName}: the pack is for "${header.boardName}" (line ${header.boardLine}), which matches no known board; pass --board <slug> (known: ${boards.map((b) => b.id).join(", ")}) or --new-board "${header.boardName}" to create it`,
    );
  }
  if (!board.hostOrganisationId) throw new PackError(`${fileName}: board ${board.id} has no host organisation to publish the pack`);
  const area = board.areaCode ? await prisma.area.findUnique({ where: { code: board.areaCode }, select: { name: true } }) : null;
  const prefix = boardPrefix(board.name, area?.name ?? null);
  const meetingId = `${prefix}-${header.date}`;
  const document = meetingId;
  for (const note of header.notes ?? []) log.note(header.boardLine, "meeting", note);
  progress(`${header.layout} layout; board ${board.id}; meeting ${meetingId}; ${lines.length} lines`);

  const general = { document, names, log, hostOrganisationId: board.hostOrganisationId };
  const agenda = header.layout === "general" ? readGeneralAgenda(lines, header, meetingId, general) : readAgenda(lines, header, meetingId, document, names, log, board.hostOrganisationId);
  if (agenda.items.length === 0) throw new PackError(`${fileName}: a meeting header but no agenda items could be read; nothing was imported`);
  progress(`agenda: ${agenda.items.length} items (lines ${lines[header.agendaStart]?.n}-${lines[agenda.end - 1]?.n ?? "end"})`);
  const generalMinutes = header.layout === "general" ? readGeneralMinutes(lines, agenda.end, prefix, general) : null;
  const minutes = header.layout === "general" ? generalMinutes?.meeting ?? null : readMinutes(lines, agenda.end, { document, meetingPrefix: prefix, hostOrganisationId: board.hostOrganisationId, names, log });
  const reportsFrom = generalMinutes ? generalMinutes.end : minutes ? lines.findIndex((l) => l.n === Number(minutes.source!.lines.split("-").at(-1))) + 1 : agenda.end;
  progress(minutes ? `minutes of ${minutes.date}: ${minutes.attendance.length} attendees, ${minutes.minuteItems.length} minute items (lines ${minutes.source!.lines})` : "no minutes of a previous meeting");
  const reports = header.layout === "general"
    ? readGeneralReports(lines, reportsFrom, meetingId, agenda.items, general)
    : readReports(lines, reportsFrom, { document, meetingId, meetingDate: header.date, agenda: agenda.items, names, log });
  progress(`reports: ${reports.length} (lines ${lines[reportsFrom]?.n ?? "-"}-${lines.length})`);
  log.figures.push(...findFigures(lines));
  if (minutes && minutes.id === meetingId) throw new PackError(`${fileName}: the minutes it carries are dated ${header.date}, the meeting's own date; cannot tell them apart`);

  // The agenda's own date line ("Friday, 4 January 2019", or the date under "Agenda") is when the pack was published.
  const published = lines.slice(0, agenda.end).find((l) => /^(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$/.test(l.text));
  const meeting: Dataset["meetings"][number] = {
    id: meetingId, boardId: board.id, date: header.date, startTime: header.startTime, endTime: null, venue: header.venue, status: "SCHEDULED",
    agendaItems: agenda.items, attendance: [], minuteItems: [], declarations: [],
    source: { document, lines: `${header.headerLines[0]}-${header.headerLines[1]}`, asWritten: header.asWritten },
  };
  const meetings = minutes ? [{ ...minutes, boardId: board.id }, meeting] : [meeting];
  const contentHash = createHash("sha256").update(content).digest("hex");
  const dataset = {
    format: DATASET_FORMAT,
    description: `Ingested from ${fileName} (${header.layout} layout) by npm run ingest`,
    people: names.newPeople,
    boards: created ? [{ id: created.id, name: created.name, hostOrganisationId: created.hostOrganisationId, areaCode: null, source: null }] : [],
    organisations: names.newOrganisations.map((o) => ({ ...o, shortName: null, areaCode: null, parentId: null, identifiers: [], source: null })),
    sourceDocuments: [{
      id: document, title: `${header.boardName} meeting pack, ${longDate(header.date)}`, publisherId: board.hostOrganisationId,
      publishedOn: published ? findDate(published.text) : null, kind: "MEETING_PACK", fileName, contentHash,
    }],
    meetings,
    reports,
  };
  // The parser's own output must be a valid dataset; a failure here is a parser bug, named as such.
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) throw new Error(`ingest produced an invalid dataset (a parser bug): ${checked.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const reconciled = await reconcile(prisma, checked.data);
  log.warnings.push(...runChecks(reconciled, meetingId, lines, log));
  if (log.warnings.length && !options.acceptWarnings) {
    throw new PackError(
      `${fileName}: the reading failed ${log.warnings.length} structural check${log.warnings.length > 1 ? "s" : ""}; nothing was imported (pass --accept-warnings to import it anyway):\n${log.warnings.map((w) => `  ${w}`).join("\n")}`,
    );
  }
  const counts: Record<string, number> = {
    meetings: meetings.length,
    "agenda items": agenda.items.length,
    contributors: agenda.items.reduce((n, a) => n + a.contributors.length, 0),
    attendance: minutes?.attendance.length ?? 0,
    "minute items": minutes?.minuteItems.length ?? 0,
    resolutions: minutes?.minuteItems.reduce((n, m) => n + m.resolutions.length, 0) ?? 0,
    declarations: minutes?.declarations.length ?? 0,
    reports: reports.length,
    recommendations: reports.reduce((n, r) => n + r.recommendations.length, 0),
  };
  if (!minutes) log.notes.push("the pack carries no minutes of a previous meeting");
  if (header.layout === "timed" && reports.length === 0) log.notes.push('reports in this layout have no "To:/Date:/Title:" cover; their titles, authors and recommendations are not read');
  return { dataset: reconciled, layout: header.layout, documentId: document, contentHash, names, log, counts };
}
