// Resolving names as the packs write them ("Cllr A Smith", "Councillor Smith", "A Smith",
// "Anytown Clinical Commissioning Group (CCG)") to the people and organisations the
// hub already knows, through their names and aliases. A name nobody matches becomes a new
// record flagged for review; a name several people match is reported and not linked, because
// linking it to the wrong person would be worse than leaving it out.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Sector } from "../generated/prisma/enums.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";

export interface NewPerson { id: string; name: string; honorific: string | null; aliases: string[] }
export interface NewOrganisation { id: string; name: string; sector: Sector; aliases: string[] }

export type Resolution = { id: string; status: "matched" | "created" } | { id: null; status: "ambiguous"; candidates: string[] };

export interface NameEvent { kind: "person" | "organisation"; asWritten: string; line: number; result: Resolution; via?: string }

/** Titles written before names; the first group becomes a person's honorific. */
const HONORIFICS: [RegExp, string | null][] = [
  [/^(?:county\s+)?(?:councillor|cllr)\.?\s+/i, "Cllr"],
  [/^(?:professor|prof)\.?\s+/i, "Prof"],
  [/^dr\.?\s+/i, "Dr"],
  [/^sir\s+/i, null],
  [/^(?:mr|mrs|ms|miss)\.?\s+/i, null],
  [/^(?:chief\s+)?(?:superintendent|inspector|constable)\s+/i, null],
];

/** "Cllr A Smith (Chair)" -> { name: "A Smith", honorific: "Cllr" }; titles may be stacked ("Professor Sir"). */
export function stripHonorifics(text: string): { name: string; honorific: string | null } {
  let name = text.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  let honorific: string | null = null;
  for (let again = true; again; ) {
    again = false;
    for (const [re, title] of HONORIFICS) {
      if (re.test(name)) {
        name = name.replace(re, "");
        honorific ??= title;
        again = true;
      }
    }
  }
  return { name: name.trim(), honorific };
}

/** An office or rank written before a name ("Chief Superintendent", "County Councillor"): a role when no other is written. */
export function titleOf(text: string): string | null {
  const m = /^((?:County\s+)?Councillor|(?:Chief\s+)?(?:Superintendent|Inspector|Constable))\s/i.exec(text.trim());
  return m ? m[1] : null;
}

export const slugify = (text: string) => normaliseName(text).replace(/ /g, "-");

/** Sector guessed from words in a new organisation's name; flagged for review like the record itself. */
function guessSector(name: string): Sector {
  const rules: [RegExp, Sector][] = [
    [/police/i, "POLICE"], [/fire/i, "FIRE"], [/healthwatch/i, "HEALTHWATCH"], [/clinical commissioning|\bccg\b/i, "CCG"],
    [/integrated care board|\bicb\b/i, "ICB"], [/\bnhs\b.*trust|hospital|foundation trust|partnership trust/i, "NHS_TRUST"],
    [/borough|district/i, "DISTRICT_COUNCIL"], [/county council|city council/i, "LOCAL_AUTHORITY"], [/university|college/i, "UNIVERSITY"],
  ];
  return rules.find(([re]) => re.test(name))?.[1] ?? "OTHER";
}

/** Words that make a phrase an organisation rather than a job title. */
export const ORGANISATION_WORDS =
  /\b(council|ccg|clinical commissioning|trust|police|fire service|university|healthwatch|hospitals?|nhs|integrated care board|icb|voluntary action|commissioning group|cancer alliance|ambulance service)\b/i;
/** Words that start a job title ("Director of Children's Services" is a role, not an organisation). */
export const ROLE_START =
  /^(acting |interim |deputy |assistant |executive |strategic |chief |senior |joint |operational |cabinet |independent |group )*(director|head|manager|officer|chair|co-chair|programme|member|consultant|commander|lead|chief|executive|portfolio|superintendent|panel|localities|policy|cabinet)\b/i;

interface Entry { id: string; surname: string; initial: string }

export class NameDirectory {
  private people = new Map<string, Set<string>>();
  private peopleIndex: Entry[] = [];
  private organisations = new Map<string, Set<string>>();
  /** Words of known organisations' and areas' names that occur in no known person's name. */
  readonly placeWords = new Set<string>();
  readonly newPeople: NewPerson[] = [];
  readonly newOrganisations: NewOrganisation[] = [];
  readonly events: NameEvent[] = [];
  private personIds = new Set<string>();
  private organisationIds = new Set<string>();

  /** Reads every person, organisation and alias once (three queries), to match in memory. */
  static async load(prisma: PrismaClient): Promise<NameDirectory> {
    const dir = new NameDirectory();
    const [people, personAliases, organisations, organisationAliases, areas] = await Promise.all([
      prisma.person.findMany({ select: { id: true, name: true } }),
      prisma.personAlias.findMany({ select: { personId: true, alias: true } }),
      prisma.organisation.findMany({ select: { id: true, name: true, shortName: true } }),
      prisma.organisationAlias.findMany({ select: { organisationId: true, alias: true } }),
      prisma.area.findMany({ select: { name: true } }),
    ]);
    for (const p of people) dir.addPerson(p.id, p.name, []);
    for (const a of personAliases) dir.indexPerson(a.personId, a.alias);
    for (const o of organisations) {
      dir.organisationIds.add(o.id);
      dir.indexOrganisation(o.id, o.name);
      if (o.shortName) dir.indexOrganisation(o.id, o.shortName);
    }
    for (const a of organisationAliases) dir.indexOrganisation(a.organisationId, a.alias);
    // Words of the places and bodies the hub knows ("Anytown", "Police") that are in nobody's name:
    // a capitalised phrase made of them is an organisation or a heading, not a person.
    const personWords = new Set([...people.map((p) => p.name), ...personAliases.map((a) => a.alias)].flatMap((t) => normaliseName(t).split(" ")));
    for (const text of [...organisations.map((o) => o.name), ...organisationAliases.map((a) => a.alias), ...areas.map((a) => a.name)]) {
      for (const word of normaliseName(text).split(" ")) if (word.length > 2 && !personWords.has(word)) dir.placeWords.add(word);
    }
    return dir;
  }

  private addPerson(id: string, name: string, aliases: string[]) {
    this.personIds.add(id);
    const words = normaliseName(name).split(" ");
    this.peopleIndex.push({ id, surname: words.at(-1) ?? "", initial: words.length > 1 ? words[0][0] : "" });
    for (const text of [name, ...aliases]) this.indexPerson(id, text);
  }

  private indexPerson(id: string, text: string) {
    for (const form of new Set([normaliseName(text), normaliseName(stripHonorifics(text).name)])) {
      if (!form) continue;
      (this.people.get(form) ?? this.people.set(form, new Set()).get(form)!).add(id);
    }
  }

  private indexOrganisation(id: string, text: string) {
    const form = normaliseName(text);
    (this.organisations.get(form) ?? this.organisations.set(form, new Set()).get(form)!).add(id);
  }

  private record(kind: NameEvent["kind"], asWritten: string, line: number, result: Resolution, via?: string): Resolution {
    this.events.push({ kind, asWritten, line, result, via });
    return result;
  }

  /** Candidates for a person's name: by name or alias, then by initial and surname, then by surname alone. */
  private personCandidates(text: string): { ids: string[]; via: string } {
    const exact = this.people.get(normaliseName(text));
    if (exact) return { ids: [...exact], via: "name or alias" };
    const { name } = stripHonorifics(text);
    const stripped = this.people.get(normaliseName(name));
    if (stripped) return { ids: [...stripped], via: "name or alias without title" };
    const words = normaliseName(name).split(" ").filter(Boolean);
    if (words.length === 0) return { ids: [], via: "" };
    const surname = words.at(-1)!;
    if (words.length === 1) {
      return { ids: this.peopleIndex.filter((p) => p.surname === surname).map((p) => p.id), via: "surname" };
    }
    // "A Smith" or "Alex Smith" against people known only by another form of the first name.
    const initial = words[0][0];
    const firstIsInitial = words[0].length === 1;
    const ids = this.peopleIndex.filter((p) => p.surname === surname && p.initial === initial).map((p) => p.id);
    return { ids: firstIsInitial || ids.length === 1 ? ids : [], via: "initial and surname" };
  }

  resolvePerson(asWritten: string, line: number): Resolution {
    const { ids, via } = this.personCandidates(asWritten);
    const unique = [...new Set(ids)];
    if (unique.length === 1) return this.record("person", asWritten, line, { id: unique[0], status: "matched" }, via);
    if (unique.length > 1) return this.record("person", asWritten, line, { id: null, status: "ambiguous", candidates: unique.sort() }, via);
    const { name, honorific } = stripHonorifics(asWritten);
    let id = slugify(name);
    for (let i = 2; this.personIds.has(id); i++) id = `${slugify(name)}-${i}`;
    const aliases = normaliseName(asWritten) !== normaliseName(name) ? [asWritten.replace(/\s*\([^)]*\)\s*/g, " ").trim()] : [];
    this.newPeople.push({ id, name, honorific, aliases });
    this.addPerson(id, name, aliases);
    return this.record("person", asWritten, line, { id, status: "created" });
  }

  /** An organisation known by this name or alias (also without a trailing "(CCG)" or with "NHS " before it); null if none. */
  findOrganisation(text: string): string[] {
    const bare = text.replace(/\s*\([^)]*\)\s*$/, "").trim();
    for (const form of [text, bare, `NHS ${bare}`]) {
      const ids = this.organisations.get(normaliseName(form));
      if (ids) return [...ids];
    }
    return [];
  }

  /** Resolves a phrase already judged to name an organisation; creates it when unknown. */
  resolveOrganisation(asWritten: string, line: number): Resolution {
    const ids = this.findOrganisation(asWritten);
    if (ids.length === 1) return this.record("organisation", asWritten, line, { id: ids[0], status: "matched" }, "name or alias");
    if (ids.length > 1) return this.record("organisation", asWritten, line, { id: null, status: "ambiguous", candidates: ids.sort() });
    const name = asWritten.trim();
    let id = slugify(name);
    for (let i = 2; this.organisationIds.has(id); i++) id = `${slugify(name)}-${i}`;
    this.organisationIds.add(id);
    this.newOrganisations.push({ id, name, sector: guessSector(name), aliases: [] });
    this.indexOrganisation(id, name);
    return this.record("organisation", asWritten, line, { id, status: "created" });
  }

  /** True when the phrase is a known organisation or reads like one (and not like a job title). */
  isOrganisation(text: string): boolean {
    if (this.findOrganisation(text).length) return true;
    return ORGANISATION_WORDS.test(text) && !ROLE_START.test(text) && !/\bof\b/i.test(text.split(/\s+/).slice(0, 3).join(" "));
  }
}
