// The general reader: a meeting pack read from what a pack is, not from one council's typography.
// A front sheet names the board and the meeting's date, time and venue (labelled "Date:" /
// "Time:" / "Venue:", in a notice sentence, or on lines of their own); the agenda is a run of
// numbered items (1, 2 ... or I, II ...) with sub-items (3a, 3(a), 3.1, (a), a)), optional page
// ranges and time slots, and labelled presenter lines; the minutes of the previous meeting, its
// attendance, minute items, resolutions and declarations; report covers with their authors and
// recommendations. Where a heuristic chose, the run log carries a confidence note.
import type { Dataset } from "../dataset/format.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import { findDate, findTime } from "./dates.ts";
import type { PackHeader } from "./layout.ts";
import { type Line, lineRange } from "./lines.ts";
import { type NameDirectory, slugify, stripHonorifics } from "./names.ts";
import { looksLikePerson, type NamedPerson } from "./people.ts";
import type { RunLog } from "./report.ts";
import { splitPeople } from "./split.ts";

type Meeting = Dataset["meetings"][number];
type AgendaItem = Meeting["agendaItems"][number];
type Contributor = AgendaItem["contributors"][number];
type Attendance = Meeting["attendance"][number];
type MinuteItem = Meeting["minuteItems"][number];
type Declaration = Meeting["declarations"][number];
type Report = Dataset["reports"][number];

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;
const romanValue = (r: string) => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < r.length; i++) total += v[r[i]] < (v[r[i + 1]] ?? 0) ? -v[r[i]] : v[r[i]];
  return total;
};
/** A top-level agenda number: "4." "4)" "IV." -> 4; null when not one. */
function topNumber(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return ROMAN.test(token) ? romanValue(token) : null;
}

const TOP_ITEM = /^(?:Item\s+(\d{1,2})[.:)]?|(\d{1,2}|[IVXL]{1,6})[.):])\s+(.+)$/i;
const SLOT = /^\(?\s*(\d{1,2})[.:](\d{2})\s*(?:(?:[-–—]|to)\s*(\d{1,2})[.:](\d{2}))?\s*\)?\s+/;
const PAGES = /\s*\((?:Pages?|pp?\.?)\s*(\d+)(?:\s*[-–]\s*(\d+))?\)\s*/i;
const PRESENTER = /^(?:(Presented by|Presenting|Presenters?|Leads?|Officers?|Reports? of|Report by|Speakers?|Introduced by)\s*(?:\(s\))?\s*:|(Presented by|Reports? of|Report by|Introduced by)\s(?=[A-Z]))\s*(.+)$/i;
const MINUTES_HEADING = /^minutes\b.*\b(held|meeting)\b/i;
/** "Minutes of the meeting ... held on ...", or "MINUTES OF THE X BOARD" with "Held on <date>" below it. */
function isMinutesHeading(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  if (!/^minutes\b/i.test(t) || words(t) > 30) return false;
  return MINUTES_HEADING.test(t) || lines.slice(i + 1, i + 4).some((l) => /^held\b/i.test(l.text) && findDate(l.text));
}
const CLOSED = /^\(?\s*(?:the\s+)?meeting\s+(?:closed|ended|finished|rose|concluded)\s+at\s+(.+?)\)?\.?\)?$/i;
const COVER_LABEL = /^(?:To|Report to|Meeting|Meeting date|Date of meeting)\s*:|^REPORT TO\b/i;
const TITLE_LABEL = /^(?:Report\s+)?(?:Title|Subject)\s*:\s*(.*)$/i;
const pad = (n: number) => String(n).padStart(2, "0");
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

export interface GeneralContext {
  document: string;
  names: NameDirectory;
  log: RunLog;
  hostOrganisationId: string | null;
}

/** Title Case for a name written in capitals ("WEXCOMBE INTEGRATED CARE PARTNERSHIP"). */
export function unshout(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/\b([a-z])([a-z']*)/g, (w, a: string, b: string) => (/^(and|of|the|for)$/.test(w) ? w : a.toUpperCase() + b));
}

const BODY = /\b(Board|Partnership|Committee|Forum|Cabinet|Assembly|Panel)\b/i;

/** An agenda written as a table: "4     Title     Lead     Pages", the number alone in the first column. */
function tableItem(raw: string): { token: string; number: number; rest: string; cells: string[] } | null {
  const row = cells(raw);
  if (row.length < 2 || !/^(\d{1,2}|[IVXL]{1,6})\.?$/.test(row[0])) return null;
  const token = row[0].replace(/\.$/, "");
  return { token, number: topNumber(token)!, rest: row.slice(1).join(" "), cells: row.slice(1) };
}

/** "4. Title", "4) Title", "IV. Title", "Item 4: Title", or a table row -> the number as written, its value and the rest. */
function topItem(text: string, raw = text): { token: string; number: number; rest: string; cells?: string[] } | null {
  const m = TOP_ITEM.exec(text);
  if (!m) return tableItem(raw);
  const token = m[1] ?? m[2];
  // Roman numerals are capitals; "i." or "v." is a lettered list, not an item.
  const number = /^\d+$/.test(token) || /^[IVXL]+$/.test(token) ? topNumber(token) : null;
  return number === null ? null : { token, number, rest: m[3] };
}

/** Where the agenda starts: an item numbered 1 (or I) followed by item 2 (or II) within 30 lines. */
function firstItem(lines: Line[], limit: number): number {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const m = topItem(lines[i].text, lines[i].raw);
    if (!m || m.number !== 1) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
      if (topItem(lines[j].text, lines[j].raw)?.number === 2) return i;
    }
  }
  return -1;
}

/** The front sheet: board, date, time and venue, however labelled; null when the file has none. */
export function generalHeader(lines: Line[]): PackHeader | null {
  const start = firstItem(lines, 120);
  if (start < 0) return null;
  const front = lines.slice(0, start).filter((l) => l.text);
  const label = (re: RegExp) => front.map((l) => ({ l, m: re.exec(l.text) })).find((x) => x.m);
  const notice = label(/meeting of (?:the )?(.+?) (?:will|is to|shall) be held (?:in|at) (?:the )?(.+?),? on (.+?),? (?:commencing |starting )?at (.+?)\.?$/i);
  const joined = front.map((l, k) => ({ l, text: k + 1 < front.length && front[k + 1].n === l.n + 1 ? `${l.text} ${front[k + 1].text}` : l.text }));
  const noticeJoined = notice ?? joined.map(({ l, text }) => ({ l, m: /meeting of (?:the )?(.+?) (?:will|is to|shall) be held (?:in|at) (?:the )?(.+?),? on (.+?),? (?:commencing |starting )?at (.+?)\.?$/i.exec(text) })).find((x) => x.m);
  const meetingLabel = label(/^(?:Meeting|Committee|Board)\s*:\s*(.+)$/i);
  const boardLine = noticeJoined?.m
    ? { l: noticeJoined.l, name: noticeJoined.m[1] }
    : meetingLabel
      ? { l: meetingLabel.l, name: meetingLabel.m![1] }
      : (() => {
          const l = front.find((x) => BODY.test(x.text) && !x.text.includes(",") && words(x.text) <= 10 && !/:/.test(x.text) && !/^(the|a)\s/i.test(x.text));
          return l ? { l, name: l.text } : null;
        })();
  if (!boardLine) return null;
  const dateLine = noticeJoined?.m ? { l: noticeJoined.l, text: noticeJoined.m[3] } : (() => {
    const l = front.find((x) => findDate(x.text));
    return l ? { l, text: l.text } : null;
  })();
  const date = dateLine ? findDate(dateLine.text) : null;
  if (!dateLine || !date) return null;
  const timeLabel = label(/^(?:Time|Start time|Starts?)\s*:\s*(.+)$/i);
  const after = front.filter((x) => x.n > dateLine.l.n);
  const bareTime = after.find((x) => /^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(x.text));
  const timeText = noticeJoined?.m ? noticeJoined.m[4] : timeLabel ? timeLabel.m![1] : findTime(dateLine.text.replace(/^.*?\d{4}/, "")) ? dateLine.text.replace(/^.*?\d{4}/, "") : bareTime?.text ?? null;
  const venueLabel = label(/^(?:Venue|Place|Location|Where)\s*:\s*(.+)$/i);
  // A front sheet written as a table: a header row "Date  Time  Venue" over a row of values.
  const tableHead = front.findIndex((l) => cells(l.raw).some((c) => /^(venue|place|location)$/i.test(c)) && cells(l.raw).some((c) => /^date/i.test(c)));
  const tableVenue = tableHead >= 0 && front[tableHead + 1] ? cells(front[tableHead + 1].raw)[cells(front[tableHead].raw).findIndex((c) => /^(venue|place|location)$/i.test(c))] ?? null : null;
  // An unlabelled venue: the line after the date and time that names a room or building.
  const bareVenue = after.find((x) => x !== bareTime && !/:/.test(x.text) && /\b(Room|Hall|House|Centre|Center|Chamber|Suite|Offices?|Building|Library)\b/i.test(x.text) && words(x.text) <= 14);
  const venue = noticeJoined?.m ? noticeJoined.m[2].trim() : venueLabel ? venueLabel.m![1].trim() : tableVenue ?? bareVenue?.text ?? null;
  const headerEnd = Math.max(...[boardLine.l, dateLine.l, timeLabel?.l, bareTime, venueLabel?.l, bareVenue].filter((x): x is Line => Boolean(x)).map((x) => x.n));
  let boardName = unshout(boardLine.name.trim());
  const council = front.find((l) => /^(.+?)\s+(?:(?:City|County|Borough|District|Metropolitan Borough)\s+)?Council$/i.test(l.text) && words(l.text) <= 6);
  if (council && /^(?:the\s+)?(health|joint|integrated|children|adults?|safeguarding|community|wellbeing)\b/i.test(boardName)) {
    const place = unshout(/^(.+?)\s+(?:(?:City|County|Borough|District|Metropolitan Borough)\s+)?Council$/i.exec(council.text)![1]);
    boardName = `${place} ${boardName.replace(/^the\s+/i, "")}`;
  }
  return {
    layout: "general", boardName, boardLine: boardLine.l.n, date, startTime: timeText ? findTime(timeText) : null, venue,
    agendaStart: start, headerLines: [Math.min(boardLine.l.n, dateLine.l.n), headerEnd],
    asWritten: [dateLine.l.text, timeLabel?.l.text ?? (bareTime && bareTime.text), venueLabel?.l.text ?? bareVenue?.text].filter(Boolean).join("; "),
    notes: [
      ...(tableVenue ? [`venue "${tableVenue}" read from the front sheet's table by its column`] : []),
      ...(venue && !venueLabel && !noticeJoined?.m && !tableVenue ? [`venue "${venue}" (line ${bareVenue!.n}) read from an unlabelled line that names a building`] : []),
      ...(!timeLabel && !noticeJoined?.m && timeText ? [`start time read from "${timeText.trim()}" beside the date`] : []),
    ],
  };
}

/** Where the agenda ends: the minutes, a report cover, or the end of the file. */
function agendaEnd(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text;
    if (isMinutesHeading(lines, i) || TITLE_LABEL.test(t) || COVER_LABEL.test(t)) {
      // Back up over the cover's or minutes' own heading lines (council name, "Report").
      let k = i;
      while (k > from && (lines[k - 1].text === "" || lines[k - 1].junk || /^(report|[A-Z][A-Za-z ]+(council|board|partnership))$/i.test(lines[k - 1].text))) k--;
      return k;
    }
  }
  return lines.length;
}

interface SubMatch { parent: number | null; key: string; order: (parent: AgendaItem) => string; title: string }

/** "3a. X", "3(a) X", "3.1 X" (with the parent's number) or "(a) X", "a) X" (under the last item). */
function subItem(text: string): SubMatch | null {
  let m = /^(\d{1,2})\s*\(?([a-z])\)?[.)]?\s+(.+)$/.exec(text);
  if (m && !/^\d{1,2}[a-z]{2}/.test(text)) return { parent: Number(m[1]), key: m[2], order: (p) => `${p.order}(${m![2]})`, title: m[3] };
  m = /^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$/.exec(text);
  if (m) return { parent: Number(m[1]), key: m[2], order: () => `${m![1]}.${m![2]}`, title: m[3] };
  m = /^\(([a-z]|[ivx]{1,4})\)\s+(.+)$/.exec(text) ?? /^([a-z])\)\s+(.+)$/.exec(text);
  if (m) return { parent: null, key: m[1], order: (p) => `${p.order}(${m![1]})`, title: m[2] };
  return null;
}

function cleanTitle(text: string): { title: string; pageStart: number | null; pageEnd: number | null; slot: AgendaItem["timeSlot"] } {
  let rest = text;
  let slot: AgendaItem["timeSlot"] = null;
  const s = SLOT.exec(rest);
  if (s && Number(s[1]) < 24) {
    const start = `${pad(Number(s[1]))}:${s[2]}`;
    slot = s[3] ? { start, end: `${pad(Number(s[3]))}:${s[4]}` } : null;
    rest = rest.slice(s[0].length);
  }
  const pages = PAGES.exec(rest);
  rest = rest.replace(PAGES, " ");
  return { title: rest.replace(/\s+/g, " ").replace(/[.;:]+$/, "").trim(), pageStart: pages ? Number(pages[1]) : null, pageEnd: pages ? Number(pages[2] ?? pages[1]) : null, slot };
}

/** The agenda: items in sequence, sub-items under the item they belong to, presenters under their item. */
export function readGeneralAgenda(lines: Line[], header: PackHeader, meetingId: string, ctx: GeneralContext): { items: AgendaItem[]; end: number } {
  const end = agendaEnd(lines, header.agendaStart);
  const items: AgendaItem[] = [];
  let parent: AgendaItem | null = null;
  let section: string | null = null;
  const source = (l: Line) => ({ document: ctx.document, lines: lineRange(l.n), asWritten: l.raw.trim() });
  for (let i = header.agendaStart; i < end; i++) {
    const line = lines[i];
    if (!line.text) continue;
    const top = topItem(line.text, line.raw);
    const number = top?.number ?? null;
    if (top && number !== null && number === (items.filter((a) => !a.parentId).at(-1)?.number ?? 0) + 1) {
      if (top.cells) {
        parent = tableRow(top.token, number, top.cells, line, meetingId, section, ctx);
      } else {
        const { title, pageStart, pageEnd, slot } = cleanTitle(top.rest);
        parent = { id: `${meetingId}-item-${number}`, order: top.token, number, title, section, parentId: null, pageStart, pageEnd, timeSlot: slot, contributors: [], source: source(line) };
      }
      items.push(parent);
      continue;
    }
    const sub = subItem(line.text);
    if (sub && parent && (sub.parent === null || sub.parent === parent.number)) {
      const id = `${parent.id}-${slugify(sub.key)}`;
      if (!items.some((a) => a.id === id)) {
        const { title, pageStart, pageEnd } = cleanTitle(sub.title);
        items.push({ id, order: sub.order(parent), number: parent.number, title, section, parentId: parent.id, pageStart, pageEnd, timeSlot: null, contributors: [], source: source(line) });
        continue;
      }
    }
    if (sub && sub.parent !== null && parent && sub.parent !== parent.number) {
      ctx.log.skip(line.n, `sub-item ${sub.parent}${sub.key} is not under item ${sub.parent} (the current item is ${parent.order}); not read`, line.text);
      continue;
    }
    const presenter = PRESENTER.exec(line.text);
    if (presenter && parent) {
      let text = presenter[3];
      let last = line;
      // A presenter line wrapped onto the next: it ends with "and", "&" or a comma.
      while (/(?:\band|&|,)$/.test(text) && lines[i + 1]?.text && !topItem(lines[i + 1].text, lines[i + 1].raw) && !subItem(lines[i + 1].text)) {
        i++;
        text = `${text} ${lines[i].text}`;
        last = lines[i];
      }
      const role: Contributor["role"] = /speaker/i.test(presenter[1] ?? "") ? "SPEAKER" : "PRESENTER";
      const people = splitPeople(text, ctx.names);
      if (people.length === 0) ctx.log.skip(line.n, "presenter line names nobody", line.text);
      const after = items.at(-1) !== parent;
      if (after) ctx.log.note(line.n, "presenter", `presenters after the sub-items of ${parent.order} taken as presenting item ${parent.order} as a whole`);
      for (const p of people) addContributor(parent, p, role, line, last, ctx);
      continue;
    }
    if (!/[.:;,]$/.test(line.text) && words(line.text) <= 10 && (() => {
      const next = lines.slice(i + 1, end).find((l) => l.text);
      return next ? topItem(next.text, next.raw) : null;
    })()) {
      section = line.text;
      continue;
    }
    ctx.log.skip(line.n, "agenda text not read as an item, sub-item, heading or presenter", line.text);
  }
  return { items, end };
}

/** A table row of the agenda: the title is the first text cell; pages, a time and people are known by their shape. */
function tableRow(token: string, number: number, row: string[], line: Line, meetingId: string, section: string | null, ctx: GeneralContext): AgendaItem {
  const item: AgendaItem = {
    id: `${meetingId}-item-${number}`, order: token, number, title: "", section, parentId: null, pageStart: null, pageEnd: null, timeSlot: null, contributors: [],
    source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() },
  };
  for (const cell of row) {
    const pages = /^(?:pp?\.?\s*)?(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?$/.exec(cell);
    const slot = /^(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*(\d{1,2})[.:](\d{2}))?$/.exec(cell);
    if (slot) item.timeSlot = slot[3] ? { start: `${pad(Number(slot[1]))}:${slot[2]}`, end: `${pad(Number(slot[3]))}:${slot[4]}` } : null;
    else if (pages) [item.pageStart, item.pageEnd] = [Number(pages[1]), Number(pages[2] ?? pages[1])];
    else if (!item.title) item.title = cleanTitle(cell).title;
    else {
      const people = splitPeople(cell, ctx.names);
      if (people.length) ctx.log.note(line.n, "presenter", `"${cell}" in the agenda table's column after the title read as presenting item ${token}`);
      for (const p of people) addContributor(item, p, "PRESENTER", line, line, ctx);
    }
  }
  return item;
}

function addContributor(item: AgendaItem, person: NamedPerson, role: Contributor["role"], first: Line, last: Line, ctx: GeneralContext) {
  const who = ctx.names.resolvePerson(person.name, first.n);
  if (!who.id) {
    ctx.log.skip(first.n, `ambiguous name "${person.name}" not linked`, first.text);
    return;
  }
  let organisation = person.organisation ? ctx.names.resolveOrganisation(person.organisation, first.n).id : null;
  if (!organisation && stripHonorifics(person.name).honorific === "Cllr") organisation = ctx.hostOrganisationId;
  if (item.contributors.some((c) => c.personId === who.id && c.role === role)) return;
  item.contributors.push({
    personId: who.id, organisationId: organisation, role, roleAsWritten: person.role,
    source: { document: ctx.document, lines: lineRange(first.n, last.n), asWritten: first.text },
  });
}

function statusOf(category: string): Attendance["status"] {
  if (/apolog|absent/i.test(category)) return "APOLOGIES";
  if (/officer|employee|staff|\(by directorate\)/i.test(category)) return "OFFICER";
  if (/also|in attendance|other rep|invited|observer|guest/i.test(category)) return "OTHER_REPRESENTATIVE";
  return "PRESENT";
}

const CATEGORY = /^(present|members present|board members present|members|voting members|attendees|attendance|also present|also in attendance|in attendance|officers|officers present|officers in attendance|apologies|apologies for absence|apologies received|absent)$/i;

/** Table cells: a raw line split on runs of two or more spaces. */
const cells = (raw: string) => raw.replace(/\*\*/g, "").trim().split(/\s{2,}|\t+|\s*\|\s*/).map((c) => c.trim()).filter(Boolean);

export interface GeneralMinutes { meeting: Meeting; end: number }

/** The minutes of the previous meeting the pack carries; null when it carries none. */
export function readGeneralMinutes(lines: Line[], from: number, meetingPrefix: string, ctx: GeneralContext): GeneralMinutes | null {
  const start = lines.findIndex((_, i) => i >= from && isMinutesHeading(lines, i));
  if (start < 0) return null;
  const headingLines = [start, start + 1, start + 2, start + 3].filter((k) => lines[k]?.text && !CATEGORY.test(lines[k].text.replace(/:.*$/, "")));
  const heading = headingLines.map((k) => lines[k].text).join(" ");
  const date = findDate(heading);
  if (!date) {
    ctx.log.skip(lines[start].n, "minutes heading without a readable date; minutes not read", lines[start].text);
    return null;
  }
  const cover = lines.findIndex((l, i) => i > start && (TITLE_LABEL.test(l.text) || COVER_LABEL.test(l.text)));
  const closing = lines.findIndex((l, i) => i > start && (cover < 0 || i < cover) && CLOSED.test(l.text));
  const end = closing >= 0 ? closing : cover >= 0 ? cover : lines.length;
  const endTime = closing >= 0 ? findTime(CLOSED.exec(lines[closing].text)![1]) : null;
  const heads = minuteHeads(lines, start + 1, end);
  const firstMinute = heads[0]?.index ?? end;
  const attendance = readGeneralAttendance(lines, start + 1, firstMinute, ctx);
  const minuteItems: MinuteItem[] = [];
  const declarations: Declaration[] = [];
  heads.forEach((head, k) => {
    const stop = k + 1 < heads.length ? heads[k + 1].index : end;
    const body = lines.slice(head.index + 1, stop);
    const last = body.findLast((l) => l.text) ?? lines[head.index];
    const { text, resolutions } = readGeneralBody(body, ctx);
    minuteItems.push({
      number: head.number, title: head.title.replace(/[.]$/, ""), text, resolutions,
      source: { document: ctx.document, lines: lineRange(lines[head.index].n, last.n), asWritten: lines[head.index].raw.trim() },
    });
    if (/declarations? of (?:\S+ )?interests?|interests? declared/i.test(head.title)) declarations.push(...readGeneralDeclarations(body, head.number, ctx));
  });
  // Apologies written as a sentence anywhere in the minutes.
  for (const a of apologySentences(lines.slice(start + 1, end), ctx)) if (!attendance.some((x) => x.personId === a.personId)) attendance.push(a);
  const startTime = findTime(heading.replace(/^.*?\d{4}/, "")) ?? null;
  return {
    meeting: {
      id: `${meetingPrefix}-${date}`, boardId: "", date, startTime, endTime, venue: null, status: "HELD", agendaItems: [], attendance, minuteItems, declarations,
      source: { document: ctx.document, lines: lineRange(lines[start].n, lines[closing >= 0 ? closing : start].n), asWritten: heading },
    },
    end,
  };
}

/** Minute headings: numbered lines with consecutive numbers from the first, titles starting with a capital. */
function minuteHeads(lines: Line[], from: number, end: number): { index: number; number: number; title: string }[] {
  const heads: { index: number; number: number; title: string }[] = [];
  for (let i = from; i < end; i++) {
    const m = /^(?:Minute\s+)?(\d{1,4})\.?\s+([A-Z].*)$/.exec(lines[i].text);
    if (!m || words(m[2]) > 20 || cells(lines[i].raw).length > 2) continue;
    const number = Number(m[1]);
    if (heads.length === 0 || number === heads.at(-1)!.number + 1) heads.push({ index: i, number, title: m[2].trim() });
  }
  return heads;
}

function readGeneralAttendance(lines: Line[], from: number, to: number, ctx: GeneralContext): Attendance[] {
  const out: Attendance[] = [];
  let category: string | null = null;
  let header: string[] | null = null;
  const add = (people: NamedPerson[], first: Line, last: Line) => {
    for (const p of people) {
      const who = ctx.names.resolvePerson(p.name, first.n);
      if (!who.id) {
        ctx.log.skip(first.n, `ambiguous name "${p.name}" not linked`, first.text);
        continue;
      }
      if (out.some((a) => a.personId === who.id)) continue;
      const status = statusOf(category!);
      let organisationId = p.organisation ? ctx.names.resolveOrganisation(p.organisation, first.n).id : null;
      if (!organisationId && (stripHonorifics(p.name).honorific === "Cllr" || status === "OFFICER")) organisationId = ctx.hostOrganisationId;
      out.push({ personId: who.id, status, category, organisationId, role: p.role, source: { document: ctx.document, lines: lineRange(first.n, last.n), asWritten: first.text } });
    }
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.text) continue;
    const inline = /^([A-Z][A-Za-z ]{2,40}?)\s*:\s*(.*)$/.exec(line.text);
    if (inline && CATEGORY.test(inline[1].trim())) {
      category = inline[1].trim();
      header = null;
      if (!inline[2]) continue;
      // A list written as a sentence runs on until a blank line or the next category.
      let text = inline[2];
      let last = line;
      while (lines[i + 1]?.text && !/^([A-Z][A-Za-z ]{2,40}?)\s*:/.test(lines[i + 1].text) && !/\.$/.test(text) && i + 1 < to) {
        i++;
        text = `${text} ${lines[i].text}`;
        last = lines[i];
      }
      add(splitPeople(text, ctx.names), line, last);
      continue;
    }
    if (CATEGORY.test(line.text.replace(/:$/, ""))) {
      category = line.text.replace(/:$/, "");
      header = null;
      continue;
    }
    if (!category) continue;
    const row = cells(line.raw);
    if (row.length >= 2 && /^name$/i.test(row[0])) {
      header = row.map((c) => c.toLowerCase());
      continue;
    }
    if (row.length >= 2 && header) {
      const [name, ...rest] = row;
      if (!looksLikePerson(name.replace(/\([^)]*\)/g, "").trim(), ctx.names)) {
        ctx.log.skip(line.n, "attendance table row without a readable name", line.text);
        continue;
      }
      const paren = /\(([^)]*)\)/.exec(name)?.[1];
      const roleCol = header.findIndex((h) => /role|title|position/.test(h));
      const orgCol = header.findIndex((h) => /organi[sz]ation|body|representing/.test(h));
      const cell = (k: number) => (k > 0 ? row[k] ?? null : null);
      const person: NamedPerson = {
        name: name.replace(/\s*\([^)]*\)/g, "").trim(),
        role: cell(roleCol) ?? paren ?? (orgCol < 0 ? rest.join(", ") : null),
        organisation: cell(orgCol),
      };
      ctx.log.note(line.n, "attendance", `table row read by its columns (${header.join(", ")})`);
      add([person], line, line);
      continue;
    }
    const people = splitPeople(line.text, ctx.names);
    if (people.length === 0) ctx.log.skip(line.n, "attendance line without a readable name", line.text);
    add(people, line, line);
  }
  return out;
}

/** "Apologies for absence were received from A, B and C." (over one or more lines). */
function apologySentences(body: Line[], ctx: GeneralContext): Attendance[] {
  const out: Attendance[] = [];
  for (let k = 0; k < body.length; k++) {
    if (!body[k].text || (k > 0 && body[k - 1].text)) continue;
    const paragraph: Line[] = [];
    for (let j = k; j < body.length && body[j].text; j++) paragraph.push(body[j]);
    const text = paragraph.map((l) => l.text).join(" ");
    const m = /apologies(?: for absence)? (?:were|was|had been|have been) (?:received|submitted|given|tendered|noted)(?: for absence)? from (.+?)(?:\.\s|\.$|$)/i.exec(text);
    if (!m) continue;
    const people = splitPeople(m[1], ctx.names);
    for (const p of people) {
      const where = paragraph.find((l) => l.text.includes(stripHonorifics(p.name).name.split(" ").at(-1)!)) ?? paragraph[0];
      const who = ctx.names.resolvePerson(p.name, where.n);
      if (!who.id || out.some((a) => a.personId === who.id)) continue;
      const organisationId = p.organisation ? ctx.names.resolveOrganisation(p.organisation, where.n).id : stripHonorifics(p.name).honorific === "Cllr" ? ctx.hostOrganisationId : null;
      out.push({ personId: who.id, status: "APOLOGIES", category: "Apologies", organisationId, role: p.role, source: { document: ctx.document, lines: lineRange(where.n), asWritten: where.text } });
    }
    ctx.log.note(paragraph[0].n, "attendance", `apologies read from a sentence: ${people.map((p) => p.name).join(", ")}`);
  }
  return out;
}

const MARKER = /^(\(\d{1,2}\)|\([a-z]\)|\([ivx]{1,4}\)|[a-z]\)|\d{1,2}[.)]|[•·▪–-])\s+(.+)$/;
const RESOLVED = /^(?:It was\s+)?RESOLVED\b\s*(?:[:,–—-]\s*)?(?:that\b)?\s*[:,]?\s*(.*)$/i;
const trimClause = (t: string) => t.replace(/;\s*(?:and|or)$/i, "").replace(/[;,]$/, "").trim();

/** A minute's body: its text and its resolutions (plain, or numbered and lettered under a preamble). */
function readGeneralBody(body: Line[], ctx: GeneralContext): { text: string; resolutions: MinuteItem["resolutions"] } {
  const paragraphs: string[] = [];
  const resolutions: MinuteItem["resolutions"] = [];
  let resolving = false;
  let previousBlank = true;
  for (const line of body) {
    if (!line.text) {
      previousBlank = true;
      continue;
    }
    const resolved = RESOLVED.exec(line.text);
    const marker = MARKER.exec(line.text);
    if (resolved) {
      resolving = true;
      // "RESOLVED that the Board:" introduces the parts that follow; it is not a resolution itself.
      if (resolved[1] && !/:$/.test(resolved[1])) resolutions.push({ number: null, text: resolved[1], ledTo: null, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    } else if (resolving && marker) {
      const number = /^[•·▪–-]$/.test(marker[1]) ? null : marker[1];
      resolutions.push({ number, text: trimClause(marker[2]), ledTo: null, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    } else if (resolving && resolutions.length === 0 && !/:$/.test(line.text)) {
      // "RESOLVED:" alone, the resolution on the next line.
      resolutions.push({ number: null, text: trimClause(line.text.replace(/^that\s+/i, "")), ledTo: null, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    } else if (resolving && !previousBlank && resolutions.length) {
      // A resolution running on to the next line.
      const r = resolutions.at(-1)!;
      r.text = trimClause(`${r.text} ${line.text}`);
      r.source = { ...r.source!, lines: lineRange(Number(r.source!.lines.split("-")[0]), line.n) };
    } else {
      resolving = false;
      if (!previousBlank && paragraphs.length) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
      else paragraphs.push(line.text);
    }
    previousBlank = false;
  }
  return { text: paragraphs.join("\n\n"), resolutions };
}

/** Declarations: one per sentence or table row naming a person; "none were declared" is one without a person. */
function readGeneralDeclarations(body: Line[], minute: number, ctx: GeneralContext): Declaration[] {
  const out: Declaration[] = [];
  const sentences: { first: Line; text: string }[] = [];
  let open: { first: Line; text: string } | null = null;
  for (const line of body) {
    if (!line.text) {
      open = null;
      continue;
    }
    const row = cells(line.raw);
    if (row.length >= 3) {
      open = null;
      if (/^(member|name|councillor)$/i.test(row[0])) continue;
      sentences.push({ first: line, text: line.text });
      continue;
    }
    if (open && !/[.:]$/.test(open.text)) {
      open.text = `${open.text} ${line.text}`;
      continue;
    }
    open = { first: line, text: line.text };
    sentences.push(open);
  }
  for (const s of sentences) {
    if (/:$/.test(s.text)) continue;
    const source = { document: ctx.document, lines: lineRange(s.first.n), asWritten: s.first.text };
    if (/\b(no|none|nil)\b.*\b(declar|interests?)|\bnone\b|\bno declarations?\b/i.test(s.text) && !/\bdeclared an?\b/i.test(s.text)) {
      out.push({ personId: null, minute, text: s.text, source });
      continue;
    }
    const row = cells(s.first.raw);
    const named = row.length >= 3 ? row[0] : /^(.+?)\s+(?:declared|declares|made a declaration|reported an interest|advised)/i.exec(s.text)?.[1] ?? null;
    if (!named || !looksLikePerson(named, ctx.names)) {
      ctx.log.skip(s.first.n, "declaration sentence without a person's name before it", s.text);
      continue;
    }
    const who = ctx.names.resolvePerson(named, s.first.n);
    out.push({ personId: who.id, minute, text: s.text, source });
  }
  return out;
}

const AUTHOR_LABEL = /^(Report author\(s\)|Report authors?|Authors?\(s\)|Authors?|Report of|Report by|Lead officer|Responsible officer|Contact officer|Contact|Sponsor|Name and Job Title)\s*:\s*(.*)$/i;
const STOP = new Set(["and", "of", "the", "for", "a", "an", "to", "in", "on", "update", "report", "reports"]);
const titleWords = (t: string) => new Set(normaliseName(t).split(" ").filter((w) => w && !STOP.has(w)));

/** Report covers after the minutes: title, date, authors, recommendations, and the agenda item each is for. */
export function readGeneralReports(lines: Line[], from: number, meetingId: string, agenda: AgendaItem[], ctx: GeneralContext): Report[] {
  const titles: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!TITLE_LABEL.test(lines[i].text)) continue;
    const near = lines.slice(Math.max(0, i - 8), i + 8);
    if (near.some((l) => l !== lines[i] && COVER_LABEL.test(l.text))) titles.push(i);
  }
  const reports: Report[] = [];
  titles.forEach((t, k) => {
    const coverStart = lines.slice(0, t).findLastIndex((l, j) => j >= t - 8 && COVER_LABEL.test(l.text));
    const first = coverStart >= 0 ? coverStart : t;
    const next = k + 1 < titles.length ? lines.slice(0, titles[k + 1]).findLastIndex((l, j) => j >= titles[k + 1] - 8 && COVER_LABEL.test(l.text)) : lines.length;
    const stop = next > t ? next : k + 1 < titles.length ? titles[k + 1] : lines.length;
    const m = TITLE_LABEL.exec(lines[t].text)!;
    const titleLine = m[1] ? lines[t] : lines.slice(t + 1, stop).find((l) => l.text);
    const title = (m[1] || titleLine?.text || "").trim();
    if (!title) {
      ctx.log.skip(lines[t].n, "report cover without a title", lines[t].text);
      return;
    }
    const cover = lines.slice(first, stop);
    const dateLine = cover.find((l) => /^(?:Date|Meeting date|Date of meeting)\s*:/i.test(l.text));
    const item = matchItem(title, agenda);
    if (!item) ctx.log.skip(lines[t].n, "report not matched to an agenda item", title);
    else if (normaliseName(item.title) !== normaliseName(title)) ctx.log.note(lines[t].n, "report", `report "${title}" linked to agenda item ${item.order} "${item.title}" by the words their titles share`);
    const authors = readGeneralAuthors(cover, ctx);
    if (item) {
      for (const a of authors) {
        if (!item.contributors.some((c) => c.personId === a.personId && c.role === "REPORT_AUTHOR")) {
          item.contributors.push({ personId: a.personId, organisationId: a.organisationId, role: "REPORT_AUTHOR", roleAsWritten: a.jobTitle, source: a.source });
        }
      }
    }
    let id = `${meetingId}-${slugify(title).split("-").slice(0, 8).join("-")}`;
    for (let n = 2; reports.some((r) => r.id === id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    const last = cover.findLast((l) => l.text) ?? lines[t];
    reports.push({
      id, title, date: dateLine ? findDate(dateLine.text) : null, agendaItemId: item?.id ?? null, authors, recommendations: readGeneralRecommendations(cover, ctx),
      source: { document: ctx.document, lines: lineRange(lines[first].n, last.n), asWritten: lines[t].text },
    });
  });
  return reports;
}

function matchItem(title: string, agenda: AgendaItem[]): AgendaItem | null {
  const x = titleWords(title);
  let best: AgendaItem | null = null;
  let bestScore = 0.5;
  for (const item of agenda) {
    const y = titleWords(item.title);
    const score = [...x].filter((w) => y.has(w)).length / Math.max(1, Math.min(x.size, y.size));
    // A sub-item only when it fits better than every item (a report on one part of an item).
    if (score > bestScore || (score === bestScore && best?.parentId && !item.parentId)) [best, bestScore] = [item, score];
  }
  return best;
}

function readGeneralAuthors(cover: Line[], ctx: GeneralContext): Report["authors"] {
  const authors: Report["authors"] = [];
  for (const line of cover) {
    const m = AUTHOR_LABEL.exec(line.text);
    if (!m || !m[2]) continue;
    const text = m[2].replace(/,?\s*\S+@\S+$/, "").replace(/,?\s*(?:Tel|Telephone|Email)\b.*$/i, "");
    for (const p of splitPeople(text, ctx.names)) {
      const who = ctx.names.resolvePerson(p.name, line.n);
      if (!who.id) {
        ctx.log.skip(line.n, `ambiguous name "${p.name}" not linked`, line.text);
        continue;
      }
      if (authors.some((a) => a.personId === who.id)) continue;
      // Only an organisation the author's own line names: the council whose template the report uses may not employ her.
      const organisationId = p.organisation ? ctx.names.resolveOrganisation(p.organisation, line.n).id : null;
      authors.push({ personId: who.id, organisationId, jobTitle: p.role, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    }
  }
  return authors;
}

const REC_HEADING = /^(?:\d+(?:\.\d+)?\.?\s+|[A-Z]\.\s+)?Recommendations?\s*:?$/i;
const REC_ITEM = /^(\d+\.\d+|\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|\([ivx]{1,4}\)|[a-z][.)]|[•·▪*–-])\s+(.+)$/;
const SECTION = /^\d+(?:\.0)?\.?\s+[A-Z][A-Za-z' ]+$/;

function readGeneralRecommendations(cover: Line[], ctx: GeneralContext): Report["recommendations"] {
  const at = cover.findIndex((l) => REC_HEADING.test(l.text));
  if (at < 0) return [];
  const out: Report["recommendations"] = [];
  let blank = false;
  for (let j = at + 1; j < cover.length; j++) {
    const line = cover[j];
    if (!line.text) {
      blank = true;
      continue;
    }
    const m = REC_ITEM.exec(line.text);
    if ((SECTION.test(line.text) && words(line.text) <= 6 && !/^\d+\.\d+\s+[a-z]/.test(line.text)) || AUTHOR_LABEL.test(line.text)) break;
    if (m && !/:$/.test(m[2])) {
      const number = /^[•·▪*–-]$/.test(m[1]) ? null : m[1];
      out.push({ number, text: trimClause(m[2]), source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    } else if (/:$/.test(line.text)) {
      if (out.length) break;
    } else if (out.length && !blank) {
      const r = out.at(-1)!;
      r.text = trimClause(`${r.text} ${line.text}`);
    } else if (out.length) break;
    else if (/\b(asked|recommended)\b/i.test(line.text)) {
      out.push({ number: null, text: line.text, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
      break;
    }
    blank = false;
  }
  return out;
}
