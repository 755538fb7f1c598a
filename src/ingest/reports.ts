// Reports in a pack (the modern.gov cover: "To:" / "Date:" / "From:" / "Title:" or "Subject:"):
// title, date, authors from "Report Author(s)" / "Name and Job Title:", and the numbered
// recommendations, each linked to the agenda item whose title it shares most words with.
import type { Dataset } from "../dataset/format.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import type { AgendaItem } from "./agenda.ts";
import { findDate } from "./dates.ts";
import { type Line, lineRange, nextText, unbullet } from "./lines.ts";
import { type NameDirectory, ROLE_START, slugify } from "./names.ts";
import { looksLikePerson, type NamedPerson, splitCommaList } from "./people.ts";
import type { RunLog } from "./report.ts";

type Report = Dataset["reports"][number];

const TITLE = /^(?:Report\s+)?(Title|Subject):\s*(.*)$/i;
const STOP_WORDS = new Set(["and", "of", "the", "for", "a", "an", "to", "in", "on", "update", "report", "reports"]);

const words = (t: string) => new Set(normaliseName(t).split(" ").filter((w) => w && !STOP_WORDS.has(w)));

function overlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** "Jane Fowles Consultant in Public Health": a name, then a job title with no comma between. */
function splitAuthor(text: string, names: NameDirectory): NamedPerson | null {
  const dashed = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  if (dashed && looksLikePerson(dashed[1], names)) return { name: dashed[1], role: dashed[2], organisation: null };
  if (text.includes(",")) {
    const [first] = splitCommaList(text, names);
    if (first && looksLikePerson(first.name, names)) return first;
  }
  const parts = text.split(/\s+/);
  for (let k = Math.min(4, parts.length - 1); k >= 2; k--) {
    const [name, rest] = [parts.slice(0, k).join(" "), parts.slice(k).join(" ")];
    if (looksLikePerson(name, names) && ROLE_START.test(rest)) return { name, role: rest, organisation: null };
  }
  return looksLikePerson(text, names) ? { name: text, role: null, organisation: null } : null;
}

export interface ReportsContext {
  document: string;
  meetingId: string;
  meetingDate: string;
  agenda: AgendaItem[];
  names: NameDirectory;
  log: RunLog;
}

export function readReports(lines: Line[], from: number, ctx: ReportsContext): Report[] {
  const titles: number[] = [];
  for (let i = from; i < lines.length; i++) {
    // A cover has "To:" and "Date:" just above its title; a "Title:" elsewhere (a table) is not a report.
    if (TITLE.test(lines[i].text) && lines.slice(Math.max(0, i - 12), i).some((l) => /^To:\s/.test(l.text))) titles.push(i);
  }
  const reports: Report[] = [];
  let lastItem = 0;
  const covers = titles.map((t) => {
    const start = lines.slice(0, t).findLastIndex((l, j) => j >= t - 12 && /^To:\s/.test(l.text));
    // "<Council name>" / "Report" above "To:" belong to the cover when present.
    const from = Math.max(0, start - 6);
    const word = lines.slice(from, start).findLastIndex((l) => /^Report$/i.test(l.text));
    let first = start;
    if (word >= 0) {
      const above = lines.slice(Math.max(0, from + word - 4), from + word).findLastIndex((l) => l.text);
      first = above >= 0 ? Math.max(0, from + word - 4) + above : from + word;
    }
    return { t, start, first };
  });
  covers.forEach(({ t, start, first }, k) => {
    const nextFirst = k + 1 < covers.length ? covers[k + 1].first : lines.length;
    const endLine = lines.slice(t, nextFirst).findLast((l) => l.text);
    const stop = endLine ? lines.indexOf(endLine) + 1 : t + 1;
    const titleMatch = TITLE.exec(lines[t].text)!;
    const titleLine = titleMatch[2] ? t : nextText(lines, t + 1, stop);
    const title = (titleMatch[2] || lines[titleLine]?.text || "").trim();
    if (!title) {
      ctx.log.skip(lines[t].n, "report cover without a title", lines[t].text);
      return;
    }
    const dateLine = lines.slice(start, t).find((l) => /^Date:/.test(l.text));
    const date = dateLine ? findDate(dateLine.text) : null;
    // The agenda item: the most words in common, in agenda order (one item may hold two reports).
    let best = -1;
    let bestScore = 0.5;
    ctx.agenda.forEach((item, j) => {
      const score = overlap(item.title, title) - (j < lastItem ? 0.2 : 0);
      if (item.parentId === null && score > bestScore) [best, bestScore] = [j, score];
    });
    if (best >= 0) lastItem = best;
    else ctx.log.skip(lines[t].n, "report not matched to an agenda item", title);
    const item = best >= 0 ? ctx.agenda[best] : null;
    const body = lines.slice(t + 1, stop);
    // The council's report template: "<Council name>" / "Report" above the cover names the issuing body.
    const issuer = first < start && lines[first].text && !/^Report$/i.test(lines[first].text) ? ctx.names.findOrganisation(lines[first].text) : [];
    const authors = readAuthors(body, ctx, issuer.length === 1 ? issuer[0] : null);
    if (item) {
      for (const a of authors) {
        if (!item.contributors.some((c) => c.personId === a.personId && c.role === "REPORT_AUTHOR")) {
          item.contributors.push({ personId: a.personId, organisationId: a.organisationId, role: "REPORT_AUTHOR", roleAsWritten: a.jobTitle, source: a.source });
        }
      }
    }
    let id = `${ctx.meetingId}-${slugify(title).split("-").slice(0, 8).join("-")}`;
    for (let n = 2; reports.some((r) => r.id === id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    reports.push({
      id, title, date, agendaItemId: item?.id ?? null, authors, recommendations: readRecommendations(body, ctx),
      source: { document: ctx.document, lines: lineRange(lines[first].n, lines[stop - 1].n), asWritten: lines[t].text },
    });
  });
  return reports;
}

function readAuthors(body: Line[], ctx: ReportsContext, issuer: string | null): Report["authors"] {
  const authors: Report["authors"] = [];
  const at = body.findIndex((l) => /Name and Job Title:/i.test(l.text) || /^Report Author\(s\):\s*\S/i.test(l.text));
  if (at < 0) return authors;
  const inline = body[at].text.replace(/^.*?(Name and Job Title:|Report Author\(s\):)\s*/i, "").replace(/^Name and Job Title:\s*/i, "");
  const candidates: Line[] = inline ? [{ ...body[at], text: inline }] : [];
  if (!inline) {
    for (let j = at + 1; j < body.length; j++) {
      if (!body[j].text) continue;
      if (/^[A-Z][A-Za-z &()-]+:/.test(body[j].text)) break;
      candidates.push(body[j]);
    }
  }
  for (const line of candidates) {
    const person = splitAuthor(line.text, ctx.names);
    if (!person) {
      ctx.log.skip(line.n, "report author not read", line.text);
      continue;
    }
    const who = ctx.names.resolvePerson(person.name, line.n);
    if (!who.id) {
      ctx.log.skip(line.n, `ambiguous name "${person.name}" not linked`, line.text);
      continue;
    }
    // An author in one of the issuing council's directorates ("Directorate: People") works for that council.
    const directorate = body.slice(at, at + 12).some((l) => /^Directorate:/i.test(l.text));
    const organisation = person.organisation ? ctx.names.resolveOrganisation(person.organisation, line.n).id : directorate ? issuer : null;
    if (!authors.some((a) => a.personId === who.id)) {
      authors.push({ personId: who.id, organisationId: organisation, jobTitle: person.role, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    }
  }
  return authors;
}

const RECOMMENDATION = /^(\d+[.)]|[a-z][.)]|\(\d+\)|\(?[ivx]+\)|\d+\.\d+)\s+(.+)$/;

function readRecommendations(body: Line[], ctx: ReportsContext): Report["recommendations"] {
  const at = body.findIndex((l) => /^(?:\d+(?:\.\d+)?\.?\s+|[A-Z]\.\s+)?Recommendations?:?$/i.test(l.text));
  if (at < 0) return [];
  const section = /^(\d+)/.exec(body[at].text)?.[1];
  const out: Report["recommendations"] = [];
  const loose: Line[] = [];
  let intro = false;
  for (let j = at + 1; j < body.length && j < at + 40; j++) {
    const line = body[j];
    if (!line.text) continue;
    const text = unbullet(line.text);
    // The next numbered section ("3 Background") ends the recommendations.
    if (section && new RegExp(`^${Number(section) + 1}(?:\\.0)?\\.?\\s+[A-Z][^.;]*$`).test(text) && text.split(" ").length <= 6) break;
    if (/^Report Author/i.test(text)) break;
    const m = RECOMMENDATION.exec(text);
    // "2.1 The Board is asked to note:" introduces the bulleted recommendations under it.
    if (m && /:$/.test(m[2])) {
      intro = true;
      continue;
    }
    if (!m && intro && /^[-•]\s/.test(line.raw.trim())) {
      out.push({ number: null, text: text.replace(/[;,]$/, ""), source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
      continue;
    }
    if (m) {
      out.push({ number: m[1], text: m[2].replace(/;\s*(?:and|or)$/i, "").replace(/[;,]$/, "").trim(), source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    } else if (out.length === 0 && !/:$/.test(text)) loose.push(line);
    else if (out.length) break;
  }
  if (out.length === 0) {
    for (const line of loose.filter((l) => /\b(asked|recommended)\b/i.test(l.text)).slice(0, 1)) {
      out.push({ number: null, text: line.text, source: { document: ctx.document, lines: lineRange(line.n), asWritten: line.raw.trim() } });
    }
  }
  return out;
}
