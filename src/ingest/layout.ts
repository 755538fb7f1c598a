// Which layout a pack is in, read from the text itself, never from an argument:
// - "moderngov": the modern.gov agenda, "Time and Date" / "Place" labels above
//   numbered items in bold, "(Pages 5 - 16)", presenters on the line after;
// - "timed": an agenda with time slots, "A meeting of the ... will take place in ... on ...
//   at 13.30." and items "2. (13.35 – 13:50) Title" with the presenter on the next line.
// Anything else (a single report, an empty or unreadable file) is refused with the reason.
import { findDate, findTime } from "./dates.ts";
import { generalHeader } from "./general.ts";
import { type Line, nextText } from "./lines.ts";

export type Layout = "moderngov" | "timed" | "general";

export class PackError extends Error {
  override name = "PackError";
}

export interface PackHeader {
  layout: Layout;
  /** The board's name as written at the top of the pack, and its line. */
  boardName: string;
  boardLine: number;
  date: string;
  startTime: string | null;
  venue: string | null;
  /** Index (into lines) where the agenda items start, and the header's last line number. */
  agendaStart: number;
  headerLines: [number, number];
  asWritten: string;
  /** Confidence notes on how the header was read, where a heuristic chose. */
  notes?: string[];
}

const MODERNGOV_ITEM = /^(?:- )?\d+\.\s+(?:\*\*|[A-Z])/;
const TIMED_ITEM = /^(?:- )?\d+\.\s+\(\s*\d{1,2}[.:]\d{2}/;
const TIMED_SENTENCE = /^A meeting of (?:the )?(.+?) will take place (?:in|at) (.+?) on (.+?) at (\d{1,2}[.:]\d{2}(?:\s*[ap]m)?)\.?$/i;

function moderngov(lines: Line[]): PackHeader | null {
  const label = lines.findIndex((l, i) => i < 60 && /^time and date$/i.test(l.text));
  if (label < 0) return null;
  const when = nextText(lines, label + 1);
  const placeLabel = nextText(lines, when + 1);
  if (when < 0 || !/^place$/i.test(lines[placeLabel]?.text ?? "")) return null;
  const venue = nextText(lines, placeLabel + 1);
  const board = lines.slice(0, label).findLastIndex((l) => l.text);
  const date = findDate(lines[when].text);
  if (board < 0 || !date || !lines.slice(venue + 1, venue + 40).some((l) => MODERNGOV_ITEM.test(l.raw.trim()))) return null;
  return {
    layout: "moderngov", boardName: lines[board].text, boardLine: lines[board].n, date, startTime: findTime(lines[when].text),
    venue: lines[venue].text, agendaStart: venue + 1, headerLines: [lines[board].n, lines[venue].n], asWritten: `${lines[when].text}; ${lines[venue].text}`,
  };
}

function timed(lines: Line[]): PackHeader | null {
  const at = lines.findIndex((l, i) => i < 60 && TIMED_SENTENCE.test(l.text));
  if (at < 0 || !lines.slice(at + 1, at + 40).some((l) => TIMED_ITEM.test(l.text))) return null;
  const m = TIMED_SENTENCE.exec(lines[at].text)!;
  const date = findDate(m[3]);
  const board = nextText(lines, 0);
  if (!date || board < 0) return null;
  return {
    layout: "timed", boardName: lines[board].text, boardLine: lines[board].n, date, startTime: findTime(m[4]), venue: m[2].trim(),
    agendaStart: at + 1, headerLines: [lines[board].n, lines[at].n], asWritten: lines[at].text,
  };
}

/** Reads the layout and the meeting header; throws PackError saying why the file is not a pack. */
export function detectLayout(lines: Line[], fileName: string): PackHeader {
  if (!lines.some((l) => l.text)) throw new PackError(`${fileName}: the file is empty; nothing to ingest`);
  const header = moderngov(lines) ?? timed(lines);
  if (header) return header;
  const general = generalHeader(lines);
  // A single report numbers its sections too: its "Title:" and "Recommendations" come before any agenda.
  const top = lines.slice(0, general ? general.agendaStart : 80).map((l) => l.text);
  const report = top.some((t) => /^(report title|title|subject):?$/i.test(t) || /^(title|subject):\s+\S/i.test(t)) && top.some((t) => /recommendations?:?$/i.test(t));
  if (general && !report) return general;
  if (report) {
    throw new PackError(
      `${fileName}: this is a single report, not a meeting pack: it has a report's "Title:" and "Recommendations" but no meeting header ` +
        `("Time and Date" / "Place", or "A meeting of ... will take place ...") and no numbered agenda; nothing was imported`,
    );
  }
  throw new PackError(
    `${fileName}: not a meeting pack in a known layout: no meeting header ("Time and Date" / "Place", or "A meeting of ... will take place ...") ` +
      `followed by numbered agenda items in the first 60 lines; nothing was imported`,
  );
}
