// The agenda: numbered items with sub-items, the section headings between them, page ranges
// (modern.gov) or time slots (timed layout), and the people who present, speak or wrote reports.
import type { Dataset } from "../dataset/format.ts";
import { parseSlot } from "./dates.ts";
import type { PackHeader } from "./layout.ts";
import { type Line, lineRange, nextText } from "./lines.ts";
import { type NameDirectory, stripHonorifics, titleOf } from "./names.ts";
import { looksLikePerson, type NamedPerson, splitCommaList, splitDashList } from "./people.ts";
import type { RunLog } from "./report.ts";

export type AgendaItem = Dataset["meetings"][number]["agendaItems"][number];
type Contributor = AgendaItem["contributors"][number];

const MODERNGOV_ITEM = /^(?:- )?(\d+)\.\s+\*\*(.+?)\*\*\s*(.*)$/;
/** The same item in a plain text dump, without the **bold** around its title. */
const PLAIN_ITEM = /^(?:- )?(\d+)\.\s+([A-Z0-9].*?)()$/;
const TIMED_ITEM = /^(?:- )?(\d+)\.?\s+(.+)$/;
const SUB_ITEM = /^(?:- )?\(([a-z]|\d{1,2})\)\s+(.+)$/;
const PAGES = /\(Pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\)/i;
/** Lines that end the agenda: the footer, the membership, the minutes, a blank page. */
const AGENDA_END = /^(Note:|Membership:|Minutes of the Meeting|Health and Wellbeing Board Membership|.*Membership$)/i;

const trimTitle = (t: string) => t.replace(/\s+/g, " ").replace(/[.;:]+$/, "").trim();
const subId = (key: string) => key.toLowerCase();

/** People named on a presenter line, with their part; null when the line names nobody. */
function presenterLine(text: string, layout: PackHeader["layout"], names: NameDirectory): { role: Contributor["role"]; people: NamedPerson[] } | null {
  const speaker = /^(.+?)\s+will report at the meeting\b.*$/i.exec(text);
  const report = /^Reports?(?:\s+and\s+presentation)?\s+(?:of|by|from)\s+(.+?)(?:\s+who will report at the meeting.*)?$/i.exec(text);
  if (report) return { role: "PRESENTER", people: chairFirst(report[1], names) };
  if (speaker) return { role: "SPEAKER", people: chairFirst(speaker[1], names) };
  if (layout === "timed") {
    const people = splitDashList(text, names);
    if (people.length && people.every((p) => looksLikePerson(p.name, names))) return { role: "PRESENTER", people };
  }
  return null;
}

/** "The Chair, Councillor Smith" / "The Chair Councillor Smith": the chair is a role, the person follows. */
function chairFirst(text: string, names: NameDirectory): NamedPerson[] {
  const chair = /^The\s+(Chair|Deputy Chair|Vice Chair),?\s+(.+)$/i.exec(text);
  if (chair) return [{ name: chair[2], role: chair[1], organisation: null }];
  return splitCommaList(text, names);
}

export interface AgendaResult { items: AgendaItem[]; end: number }

export function readAgenda(
  lines: Line[], header: PackHeader, meetingId: string, document: string, names: NameDirectory, log: RunLog, hostOrganisationId: string | null,
): AgendaResult {
  const items: AgendaItem[] = [];
  let section: string | null = null;
  let current: AgendaItem | null = null;
  let parent: AgendaItem | null = null;
  let expected = 1;
  let afterItem = false;
  const source = (l: Line, asWritten = l.raw.trim()) => ({ document, lines: lineRange(l.n), asWritten });
  let i = header.agendaStart;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.junk) {
      if (/blank-page/.test(line.junk) && items.length) break;
      continue;
    }
    if (!line.text) continue;
    if (AGENDA_END.test(line.text)) break;
    const raw = line.raw.trim();
    const item = header.layout === "moderngov" ? MODERNGOV_ITEM.exec(raw) ?? PLAIN_ITEM.exec(line.text) : TIMED_ITEM.exec(line.text);
    if (item && Number(item[1]) === expected) {
      expected++;
      const number = Number(item[1]);
      let rest = header.layout === "moderngov" ? `${item[2]} ${item[3]}` : item[2];
      const slot = header.layout === "timed" ? parseSlot(rest) : null;
      if (slot) rest = rest.replace(/^\([^)]*\)\s*/, "");
      const pages = PAGES.exec(rest);
      rest = rest.replace(PAGES, "");
      // A sub-item written on the item's own line: "8. (15.10 – 15.30) Integration ... (a) The Way Forward".
      const inline = /^(.*?)\s+\(([a-z])\)\s+(.+)$/.exec(rest);
      const title = trimTitle(inline ? inline[1] : rest).replace(/\*\*/g, "");
      parent = {
        id: `${meetingId}-item-${number}`, order: String(number), number, title, section, parentId: null,
        pageStart: pages ? Number(pages[1]) : null, pageEnd: pages ? Number(pages[2] ?? pages[1]) : null, timeSlot: slot, contributors: [], source: source(line),
      };
      items.push(parent);
      current = parent;
      if (inline) {
        current = subItem(parent, inline[2], trimTitle(inline[3]), source(line));
        items.push(current);
      }
      afterItem = true;
      continue;
    }
    const sub = SUB_ITEM.exec(line.text);
    if (sub && parent && !items.some((x) => x.id === `${parent!.id}-${subId(sub[1])}`)) {
      current = subItem(parent, sub[1], trimTitle(sub[2]), source(line));
      items.push(current);
      afterItem = true;
      continue;
    }
    // A heading between items: a short line without closing punctuation followed by an item (or "Nil").
    const next = nextText(lines, i + 1);
    const nextRaw = next >= 0 ? lines[next].raw.trim() : "";
    const nextIsItem = next >= 0 && (header.layout === "moderngov" ? MODERNGOV_ITEM.test(nextRaw) || PLAIN_ITEM.exec(lines[next].text)?.[1] === String(expected) : TIMED_ITEM.exec(lines[next].text)?.[1] === String(expected));
    const explicit = /^(Reports?\b|The Chair\b)|will report at the meeting/i.test(line.text);
    // Presenters: "Report of ..." anywhere under an item; a bare "Name - Role" only on the line right after it.
    const presenters = current && (explicit || afterItem) ? presenterLine(line.text, header.layout, names) : null;
    afterItem = false;
    if (presenters && current) {
      for (const person of presenters.people) {
        const contributor = resolveContributor(person, presenters.role, line, document, names, log, hostOrganisationId);
        if (contributor && !current.contributors.some((c) => c.personId === contributor.personId && c.role === contributor.role)) current.contributors.push(contributor);
      }
      continue;
    }
    if (!explicit && line.text.split(" ").length <= 8 && !/[.:;,-]$/.test(line.text) && (nextIsItem || /^nil$/i.test(lines[next]?.text ?? ""))) {
      section = line.text;
      continue;
    }
    log.skip(line.n, "agenda text not read as an item, heading or presenter", line.text);
  }
  return { items, end: i };
}

function subItem(parent: AgendaItem, key: string, title: string, source: AgendaItem["source"]): AgendaItem {
  return {
    id: `${parent.id}-${subId(key)}`, order: `${parent.order}(${key})`, number: parent.number, title, section: parent.section, parentId: parent.id,
    pageStart: null, pageEnd: null, timeSlot: null, contributors: [], source,
  };
}

/** A named person as a contributor, resolved through the directory; null (and reported) when ambiguous. */
export function resolveContributor(
  person: NamedPerson, role: Contributor["role"], line: Line, document: string, names: NameDirectory, log: RunLog, hostOrganisationId: string | null,
): Contributor | null {
  const who = names.resolvePerson(person.name, line.n);
  if (!who.id) {
    log.skip(line.n, `ambiguous name "${person.name}" not linked`, line.text);
    return null;
  }
  let organisation = person.organisation ? names.resolveOrganisation(person.organisation, line.n).id : null;
  // A councillor on a council's board sits for that council.
  if (!organisation && stripHonorifics(person.name).honorific === "Cllr") organisation = hostOrganisationId;
  return {
    personId: who.id, organisationId: organisation, role, roleAsWritten: person.role ?? titleOf(person.name),
    source: { document, lines: lineRange(line.n), asWritten: line.text },
  };
}
