// Splitting the phrases that name people in agendas and minutes ("Report of X, Role", "A, Org,
// B, Org and C, Role will report", "Name – Role – Org / Name - Role") into person, role and
// organisation, each still as written.
import { NameDirectory, ORGANISATION_WORDS, ROLE_START, stripHonorifics } from "./names.ts";

export interface NamedPerson {
  /** The name as written, with its title ("Chief Superintendent Ann Other"). */
  name: string;
  role: string | null;
  organisation: string | null;
}

/** Words that do not occur in people's names but do in the capitalised phrases around them. */
const NOT_NAME_WORDS = new Set(
  ("health care public services service board group director council team programme partnership fund commissioning safeguarding adult adults " +
    "children childrens wellbeing well being strategic finance manager place people insight value better trust police fire university " +
    "hospital hospitals nhs ccg england chair update report item items business strategy plan " +
    "together working access services and of the for committee officer group localities county city borough district national regional local community communities " +
    "voluntary sector forum network collaborative alliance association centre center society charity foundation housing carers primary integrated " +
    "department directorate unit office democratic governance intelligence")
    .split(" "),
);

/** Whether a phrase reads as a person's name (a known one, or two to four capitalised words that are not an organisation or a title). */
export function looksLikePerson(text: string, names: NameDirectory): boolean {
  const { name, honorific } = stripHonorifics(text);
  if (!name || ROLE_START.test(name) || ORGANISATION_WORDS.test(name)) return false;
  const words = name.split(/\s+/);
  const plain = (w: string) => w.toLowerCase().replace(/[^a-z]/g, "");
  if (words.some((w) => NOT_NAME_WORDS.has(plain(w)) || names.placeWords.has(plain(w)))) return false;
  const shaped = words.length >= (honorific ? 1 : 2) && words.length <= 4 && words.every((w) => /^(?:[A-Z]\.?|[A-Z][a-z]*['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)$/.test(w));
  return shaped;
}

/** Splits a role phrase "Anytown Police and Chair of the ... Board" into organisation and role where the parts allow. */
function roleAndOrganisation(parts: string[], names: NameDirectory): { role: string | null; organisation: string | null } {
  const roles: string[] = [];
  let organisation: string | null = null;
  for (const part of parts) {
    const split = /^(.*?)\s+and\s+(.+)$/i.exec(part);
    const pieces = split && names.isOrganisation(split[1]) && ROLE_START.test(split[2]) ? [split[1], split[2]] : [part];
    for (const piece of pieces) {
      if (!organisation && names.isOrganisation(piece)) organisation = piece;
      else roles.push(piece);
    }
  }
  return { role: roles.length ? roles.join(", ") : null, organisation };
}

/**
 * "Ann Other, Anytown CCG, Bob Jones, Anytown Partnership Trust and Cy Smith, Director of
 * Children's Services": comma-separated pieces; a piece that reads as a
 * name starts a new person, the pieces after it are that person's role or organisation.
 */
export function splitCommaList(text: string, names: NameDirectory): NamedPerson[] {
  const pieces: string[] = [];
  for (const piece of text.split(/,\s*/)) {
    // "... Partnership Trust and John Gregg": the last " and " may start the next person.
    const m = /^(.*)\s+and\s+(.+)$/.exec(piece);
    if (m && looksLikePerson(m[2], names) && !looksLikePerson(piece, names)) pieces.push(m[1], m[2]);
    else pieces.push(piece);
  }
  const people: { name: string; rest: string[] }[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    if (looksLikePerson(piece, names) || people.length === 0) people.push({ name: piece, rest: [] });
    else people.at(-1)!.rest.push(piece);
  }
  return people.map((p) => ({ name: p.name, ...roleAndOrganisation(p.rest, names) }));
}

/** "Ann Other – Director of Public Health - ATC / Bob Jones - Head of Commissioning". */
export function splitDashList(text: string, names: NameDirectory): NamedPerson[] {
  return text
    .split(/\s+\/\s+/)
    .map((entry) => entry.split(/\s+[–—-]\s+/).map((s) => s.trim()).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...rest]) => {
      // "County Councillor Angela Warner": the title is all the role there is.
      const { honorific } = stripHonorifics(name);
      const title = /^(county councillor|councillor)\s/i.exec(name)?.[1] ?? null;
      const split = roleAndOrganisation(rest.flatMap((r) => r.split(/,\s+(?=[A-Z]{2,}$)/)), names);
      return { name, role: split.role ?? (honorific === "Cllr" && title ? title.replace(/^c/, "C") : null), organisation: split.organisation };
    });
}
