// The minutes of the previous meeting that a pack carries: that meeting's date and times, who
// was present by category (with organisation or role), apologies, minute items with numbers and
// titles, resolutions with their numbers and text, and declarations of interest.
import type { Dataset } from "../dataset/format.ts";
import { findDate, findTime } from "./dates.ts";
import { continues, type Line, lineRange, unbullet } from "./lines.ts";
import { type NameDirectory, stripHonorifics } from "./names.ts";
import { looksLikePerson, splitCommaList } from "./people.ts";
import type { RunLog } from "./report.ts";

type Meeting = Dataset["meetings"][number];
type Attendance = Meeting["attendance"][number];
type MinuteItem = Meeting["minuteItems"][number];
type Declaration = Meeting["declarations"][number];

const HEADING = /^Minutes of (?:the )?Meeting of (?:the )?(.+?)\s+held\b(.*)$/i;
const CLOSED = /^\(?\s*(?:Meeting closed at|The meeting rose at)\s*(.*?)\)?\.?$/i;
const MINUTE = /^(?:- )?(\d+)\.?\s+(\S.*)$/;
const LABEL = /^([A-Z][A-Za-z ()/&-]{1,45}):-?\s*(.*)$/;
const PART = /^\((\d{1,2}|[a-z]|[ivx]+)\)\s+(.+)$/;

export interface MinutesContext {
  document: string;
  meetingPrefix: string;
  hostOrganisationId: string | null;
  names: NameDirectory;
  log: RunLog;
}

function statusOf(category: string): Attendance["status"] {
  if (/apolog/i.test(category)) return "APOLOGIES";
  if (/employees|\(by directorate\)/i.test(category)) return "OFFICER";
  if (/other rep|also present|in attendance|invited/i.test(category)) return "OTHER_REPRESENTATIVE";
  return "PRESENT";
}

/** Finds the minutes after `from`; null when the pack carries none. */
export function readMinutes(lines: Line[], from: number, ctx: MinutesContext): Meeting | null {
  let start = -1;
  let heading = "";
  for (let i = from; i < lines.length && start < 0; i++) {
    const m = HEADING.exec(lines[i].text);
    if (!m) continue;
    start = i;
    heading = lines[i].text;
    // The date often wraps onto the next line: "held at 2.00 pm" / "on Monday, 8 October 2018".
    if (!findDate(heading) && lines[i + 1]?.text) heading = `${heading} ${lines[i + 1].text}`;
  }
  if (start < 0) return null;
  const date = findDate(heading);
  if (!date) {
    ctx.log.skip(lines[start].n, "minutes heading without a readable date; minutes not read", lines[start].text);
    return null;
  }
  const closing = lines.findIndex((l, i) => i > start && CLOSED.test(l.text));
  const reportStart = lines.findIndex((l, i) => i > start && /^To:\s/.test(l.text));
  const end = closing >= 0 ? closing : reportStart >= 0 ? reportStart : lines.length;
  const endTime = closing >= 0 ? validTime(CLOSED.exec(lines[closing].text)![1]) : null;
  if (closing >= 0 && !endTime) ctx.log.skip(lines[closing].n, "closing time unreadable (conversion damage); end time left empty", lines[closing].text);
  const meetingId = `${ctx.meetingPrefix}-${date}`;

  const present = lines.findIndex((l, i) => i > start && i < end && /^Present:?-?$/i.test(l.text));
  const firstMinute = findFirstMinute(lines, present >= 0 ? present + 1 : start + 1, end);
  const attendance = present >= 0 ? readAttendance(lines, present + 1, firstMinute, ctx) : [];
  const { minuteItems, declarations, apologies } = readMinuteItems(lines, firstMinute, end, ctx);
  for (const a of apologies) if (!attendance.some((x) => x.personId === a.personId)) attendance.push(a);
  const closingText = closing >= 0 ? `; ${lines[closing].text}` : "";
  return {
    id: meetingId, boardId: "", date, startTime: findTime(heading.replace(/\bon\b.*$/i, "")), endTime, venue: null, status: "HELD",
    agendaItems: [], attendance, minuteItems, declarations,
    source: { document: ctx.document, lines: lineRange(lines[start].n, lines[closing >= 0 ? closing : start].n), asWritten: `${heading}${closingText}` },
  };
}

function validTime(text: string): string | null {
  return /^\d{1,2}[.:]\d{2}(\s*[ap]m)?$/i.test(text.trim()) || /^\d{1,2}\s*[ap]m$/i.test(text.trim()) ? findTime(text) : null;
}

/** The first numbered line after the attendance lists: minute numbers carry on from earlier meetings. */
function findFirstMinute(lines: Line[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const m = MINUTE.exec(unbullet(lines[i].text));
    if (m && /^[A-Z(]/.test(m[2]) && m[2].split(" ").length <= 25) return i;
  }
  return end;
}

/** Attendance: categories are labels ("Board Members: X", "Apologies:") or headings on their own line ("GP Consortia"). */
function readAttendance(lines: Line[], from: number, to: number, ctx: MinutesContext): Attendance[] {
  const out: Attendance[] = [];
  let category: string | null = null;
  let directorate: { label: string; line: number } | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.text) continue;
    let text = line.text;
    const label = LABEL.exec(text);
    if (label && !/,/.test(label[1])) {
      const inOfficers = category !== null && statusOf(category) === "OFFICER";
      if (inOfficers && statusOf(label[1]) === "PRESENT" && label[1].split(" ").length <= 3) directorate = { label: label[1], line: line.n };
      else {
        category = label[1].trim();
        directorate = null;
      }
      text = label[2];
      if (!text) continue;
    } else if (isHeading(text, ctx.names)) {
      if (/^(public business|the chair welcomed)/i.test(text)) break;
      category = text;
      directorate = null;
      continue;
    }
    if (!category) {
      ctx.log.skip(line.n, "attendance line before any category", line.text);
      continue;
    }
    for (const entry of splitEntries(text)) {
      const record = attendee(entry, category, directorate, line, ctx);
      if (record && !out.some((a) => a.personId === record.personId)) out.push(record);
    }
  }
  return out;
}

/** A category heading on its own line: no name-like entry in it. */
function isHeading(text: string, names: NameDirectory): boolean {
  if (/\bCouncillor\s/.test(text) || /\s[–-]\s/.test(text) || text.includes(",")) return false;
  const bare = text.replace(/\([^)]*\)/g, "").trim();
  return !looksLikePerson(bare, names) && !/\.$/.test(text);
}

/** "Councillor Maggie O'Rourke Councillor Bob Stevens", "A – Org B – Org": several entries on one line. */
function splitEntries(text: string): string[] {
  const councillors = text.split(/\s+(?=(?:County\s+)?Councillor\s)/);
  if (councillors.length > 1) return councillors;
  const starts = [...text.matchAll(/(?:^|\s)([A-Z][a-z'’]+ [A-Z][A-Za-z'’-]+)\s+[–—-]\s/g)].map((m) => m.index! + (m[0].startsWith(" ") ? 1 : 0));
  if (starts.length > 1) return starts.map((s, k) => text.slice(s, starts[k + 1]).trim());
  return [text];
}

function attendee(entry: string, category: string, directorate: { label: string; line: number } | null, line: Line, ctx: MinutesContext): Attendance | null {
  let text = entry.trim().replace(/[.;]$/, "");
  let role: string | null = null;
  let organisation: string | null = null;
  // "Councillor Smith (Chair)", "Councillor Jones (Anytown District Council)", "..., Anytown CCG (Deputy Chair)".
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
  if (paren && !/\(People\)$/i.test(text)) {
    if (ctx.names.isOrganisation(paren[2])) organisation = paren[2];
    else if (/chair/i.test(paren[2]) || !text.includes(",")) role = paren[2];
    if (organisation || role) text = paren[1];
  }
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  const [person, ...rest] = dash && looksLikePerson(dash[1], ctx.names) ? [{ name: dash[1], role: null, organisation: null }, dash[2]] : [];
  const parsed = person
    ? { name: person.name, ...(ctx.names.isOrganisation(rest[0] as string) ? { role: null, organisation: rest[0] as string } : { role: rest[0] as string, organisation: null }) }
    : splitCommaList(text, ctx.names)[0];
  if (!parsed || !looksLikePerson(parsed.name, ctx.names)) {
    ctx.log.skip(line.n, "attendance entry without a readable name", entry);
    return null;
  }
  const who = ctx.names.resolvePerson(parsed.name, line.n);
  if (!who.id) {
    ctx.log.skip(line.n, `ambiguous name "${parsed.name}" not linked`, entry);
    return null;
  }
  organisation ??= parsed.organisation;
  role ??= parsed.role;
  const status = statusOf(category);
  if (directorate) role ??= directorate.label;
  let organisationId = organisation ? ctx.names.resolveOrganisation(organisation, line.n).id : null;
  // Councillors on a council's board and its employees listed by directorate belong to the host council.
  if (!organisationId && (stripHonorifics(parsed.name).honorific === "Cllr" || status === "OFFICER")) organisationId = ctx.hostOrganisationId;
  const first = directorate && status === "OFFICER" ? Math.min(directorate.line, line.n) : line.n;
  return { personId: who.id, status, category, organisationId, role, source: { document: ctx.document, lines: lineRange(first, line.n), asWritten: line.text } };
}

function readMinuteItems(lines: Line[], from: number, end: number, ctx: MinutesContext) {
  const minuteItems: MinuteItem[] = [];
  const declarations: Declaration[] = [];
  const apologies: Attendance[] = [];
  // Headings: consecutive numbers from the first, so numbered lists inside the text are not taken for minutes.
  const heads: { index: number; number: number; title: string }[] = [];
  for (let i = from; i < end; i++) {
    const m = MINUTE.exec(unbullet(lines[i].text));
    if (!m) continue;
    const number = Number(m[1]);
    if (heads.length === 0 || number === heads.at(-1)!.number + 1) heads.push({ index: i, number, title: m[2].trim() });
  }
  heads.forEach((head, k) => {
    const stop = k + 1 < heads.length ? heads[k + 1].index : end;
    const body = lines.slice(head.index + 1, stop);
    const last = body.findLast((l) => l.text);
    const { text, resolutions, parts } = readBody(body, ctx);
    const item: MinuteItem = {
      number: head.number, title: head.title.replace(/[.]$/, ""), text, resolutions,
      source: { document: ctx.document, lines: lineRange(lines[head.index].n, last?.n ?? lines[head.index].n), asWritten: lines[head.index].raw.trim() },
    };
    minuteItems.push(item);
    // Declarations: the whole item ("12. Declarations of Interest") or a part of it ("(2) Members' Declarations ...").
    const declarationBlocks = /declarations? of (?:\S+ )?interest/i.test(head.title) && !/^\(/.test(head.title) ? [body] : parts.filter((p) => /declarations?\b.*interest/i.test(p.title)).map((p) => p.lines);
    for (const block of declarationBlocks) declarations.push(...readDeclarations(block, head.number, ctx));
    for (const part of parts.filter((p) => /^apologies/i.test(p.title))) {
      for (const l of part.lines.filter((x) => x.text)) {
        const a = attendee(l.text, "Apologies", null, l, ctx);
        if (a) apologies.push(a);
      }
    }
    if (/^\(\d+\)\s+apologies/i.test(head.title)) {
      for (const l of body.filter((x) => x.text && !PART.test(x.text)).slice(0, partEnd(body))) {
        const a = attendee(l.text, "Apologies", null, l, ctx);
        if (a) apologies.push(a);
      }
    }
  });
  if (heads.length === 0 && end > from) ctx.log.notes.push(`no numbered minute items found between lines ${lines[from]?.n} and ${lines[end - 1]?.n}`);
  return { minuteItems, declarations, apologies };
}

/** Number of text lines before the first "(n)" part in a body. */
function partEnd(body: Line[]): number {
  const texts = body.filter((l) => l.text);
  const k = texts.findIndex((l) => PART.test(l.text));
  return k < 0 ? texts.length : k;
}

interface Part { title: string; lines: Line[] }

/** A minute's body: its text, its resolutions, and its lettered or numbered parts. */
function readBody(body: Line[], ctx: MinutesContext): { text: string; resolutions: MinuteItem["resolutions"]; parts: Part[] } {
  const paragraphs: string[] = [];
  const resolutions: MinuteItem["resolutions"] = [];
  const parts: Part[] = [];
  let resolving = false;
  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    if (!line.text) continue;
    const text = unbullet(line.text);
    const part = PART.exec(text);
    const resolved = /^RESOLVED\b[:,]?\s*(?:that\b:?)?[,\s]*(.*)$/i.exec(text);
    if (resolved) {
      resolving = true;
      if (resolved[1]) resolutions.push(resolution(null, resolved[1], line, body, k, ctx));
      continue;
    }
    // A lettered part heading after a resolution ("(ii) Board Performance Framework") starts new business.
    const nextLine = body.slice(k + 1).find((l) => l.text);
    const shortTitle = part && !/[.;]$/.test(part[2]) && part[2].split(" ").length <= 8 && !(nextLine && continues(part[2], nextLine.text));
    if (resolving && part && (/^[ivx]+$/.test(part[1]) || shortTitle)) resolving = false;
    if (resolving) {
      // "That the Board:" introduces the numbered resolutions that follow; it is not one itself.
      if (/:$/.test(text)) {
        ctx.log.skip(line.n, "resolution preamble", text);
        continue;
      }
      const numbered = PART.exec(text) ?? /^(\d+\.|[a-z]\)|\d+\))\s+(.+)$/.exec(text);
      if (numbered) resolutions.push(resolution(numbered[0].startsWith("(") ? `(${numbered[1]})` : numbered[1], numbered[2], line, body, k, ctx));
      else if (!continuesPrevious(body, k)) resolutions.push(resolution(null, text, line, body, k, ctx));
      continue;
    }
    if (part) parts.push({ title: part[2], lines: [] });
    else if (parts.length) parts.at(-1)!.lines.push(line);
    if (paragraphs.length && continuesPrevious(body, k)) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
  }
  return { text: paragraphs.join("\n\n"), resolutions, parts };
}

/** Whether line k continues the sentence of the previous text line (split at a page break). */
function continuesPrevious(body: Line[], k: number): boolean {
  const previous = body.slice(0, k).findLast((l) => l.text);
  return previous !== undefined && continues(previous.text, body[k].text);
}

function resolution(number: string | null, text: string, line: Line, body: Line[], k: number, ctx: MinutesContext): MinuteItem["resolutions"][number] {
  let full = text.replace(/\*+$/, "").trim();
  let last = line.n;
  // A resolution cut by a page break goes on in lower case after the break.
  for (let j = k + 1; j < body.length; j++) {
    if (!body[j].text) continue;
    if (!continues(full, body[j].text)) break;
    full = `${full} ${body[j].text}`;
    last = body[j].n;
  }
  return { number, text: full, ledTo: null, source: { document: ctx.document, lines: lineRange(line.n, last), asWritten: line.raw.trim() } };
}

function readDeclarations(block: Line[], minute: number, ctx: MinutesContext): Declaration[] {
  const out: Declaration[] = [];
  for (const line of block) {
    if (!line.text || PART.test(line.text)) continue;
    const named = /^(.+?)\s+[–—-]\s+(.+)$/.exec(line.text);
    let personId: string | null = null;
    // "Councillors Pickard and Watson – ..." names two people: kept as text, linked to nobody.
    if (named && !/\band\b/.test(named[1]) && looksLikePerson(named[1], ctx.names)) personId = ctx.names.resolvePerson(named[1], line.n).id;
    out.push({ personId, minute, text: line.text, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.text } });
  }
  return out;
}
