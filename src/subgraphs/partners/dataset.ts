// The partners subgraph's part of the dataset format and the data path: areas, organisations
// (with names and identifiers), successions, people, boards, posts, memberships and contact details.
import { z } from "zod";
import { areaCode, day as date, districtOfLocalCode, gss, list, optional, slug, sourced, text } from "../../dataset/fields.ts";
import { adminOnly, at, by, day, define, defineSlice, refer, sourceColumns, within } from "../../dataset/slice.ts";
import { AreaType, BoardKind, ContactDetailType, MembershipRole, Sector } from "../../generated/prisma/enums.ts";
import { normaliseName } from "./names.ts";

const area = z.strictObject({ code: areaCode, name: text, type: z.enum(AreaType), parentCode: optional(gss) });
const identifier = z.strictObject({ scheme: text, code: text, validFrom: optional(date), validTo: optional(date) });
const organisation = z.strictObject({
  id: slug, name: text, shortName: optional(text), sector: z.enum(Sector), areaCode: optional(gss), parentId: optional(slug),
  aliases: list(text), identifiers: list(identifier), ...sourced,
});
const succession = z.strictObject({ predecessorId: slug, successorId: slug, effectiveDate: optional(date) });
const person = z.strictObject({ id: slug, name: text, honorific: optional(text), aliases: list(text) });
const board = z.strictObject({
  id: slug, name: text, kind: z.enum(BoardKind).default("BOARD"), reportsToId: optional(slug), hostOrganisationId: optional(slug), areaCode: optional(gss), ...sourced,
});
const post = z.strictObject({ id: slug, label: text, role: z.enum(MembershipRole), boardId: slug, ...sourced });
const membership = z.strictObject({
  personId: slug, boardId: slug, role: z.enum(MembershipRole), postId: optional(slug), onBehalfOfId: optional(slug),
  label: optional(text), startDate: optional(date), endDate: optional(date), listedOn: list(date), ...sourced,
});
/** An officer's e-mail address or telephone number as the paper prints it (restricted to read:restricted). */
const contactDetail = z.strictObject({
  personId: slug, type: z.enum(ContactDetailType), value: text, organisationId: optional(slug), ...sourced,
});

/** The partners sections of a dataset, in the order they are written. */
export const partnersSections = {
  areas: list(area),
  organisations: list(organisation),
  successions: list(succession),
  people: list(person),
  boards: list(board),
  posts: list(post),
  memberships: list(membership),
  contactDetails: list(contactDetail),
};

export const partnersSlice = defineSlice({
  subgraph: "partners",
  kinds: {
    organisation: { model: "organisation", id: "id" },
    person: { model: "person", id: "id" },
    area: { model: "area", id: "code" },
    board: { model: "board", id: "id" },
    post: { model: "post", id: "id" },
  },
  records: [
    { type: "Area", model: "area", key: ["code"], parent: "parentCode", owner: adminOnly("areas"), rows: (d) => d.areas.map((a, i) => at(`areas[${i}]`, { ...a })) },
    {
      type: "Organisation", model: "organisation", key: ["id"], parent: "parentId", owner: (r) => by("the record of", r.id),
      rows: (d) => d.organisations.map(({ aliases, identifiers, source, ...o }, i) => at(`organisations[${i}]`, { ...o, ...sourceColumns(source) })),
    },
    {
      type: "OrganisationAlias", model: "organisationAlias", key: ["organisationId", "alias"], owner: (r) => by("a name of", r.organisationId),
      rows: (d) =>
        d.organisations.flatMap((o, i) => o.aliases.map((alias, j) => at(`organisations[${i}].aliases[${j}]`, { organisationId: o.id, alias, normalised: normaliseName(alias) }))),
    },
    {
      type: "OrganisationIdentifier", model: "organisationIdentifier", key: ["scheme", "code", "organisationId"], owner: (r) => by("an identifier of", r.organisationId),
      rows: (d) =>
        d.organisations.flatMap((o, i) =>
          o.identifiers.map((x, j) => at(`organisations[${i}].identifiers[${j}]`, { ...x, organisationId: o.id, validFrom: day(x.validFrom), validTo: day(x.validTo) })),
        ),
    },
    {
      type: "Succession", model: "succession", key: ["predecessorId", "successorId"], owner: adminOnly("successions"),
      rows: (d) => d.successions.map((s, i) => at(`successions[${i}]`, { ...s, effectiveDate: day(s.effectiveDate) })),
    },
    { type: "Person", model: "person", key: ["id"], owner: adminOnly("people"), rows: (d) => d.people.map(({ aliases, ...p }, i) => at(`people[${i}]`, { ...p })) },
    {
      type: "PersonAlias", model: "personAlias", key: ["personId", "alias"], owner: adminOnly("people"),
      rows: (d) => d.people.flatMap((p, i) => p.aliases.map((alias, j) => at(`people[${i}].aliases[${j}]`, { personId: p.id, alias, normalised: normaliseName(alias) }))),
    },
    {
      type: "Board", model: "board", key: ["id"], parent: "reportsToId", owner: (r) => by("hosted by", r.hostOrganisationId),
      rows: (d) => d.boards.map(({ source, ...b }, i) => at(`boards[${i}]`, { ...b, ...sourceColumns(source) })),
    },
    {
      type: "Post", model: "post", key: ["id"], owner: (r, look) => within("on a board hosted by", look("board", r.boardId)),
      rows: (d) => d.posts.map(({ source, ...p }, i) => at(`posts[${i}]`, { ...p, ...sourceColumns(source) })),
    },
    {
      type: "Membership", model: "membership", key: ["personId", "boardId", "role", "startDate"],
      owner: (r, look) => within("on a board hosted by", look("board", r.boardId)),
      rows: (d) =>
        d.memberships.map(({ source, ...m }, i) => at(`memberships[${i}]`, {
          ...m, startDate: day(m.startDate), endDate: day(m.endDate), listedOn: [...new Set(m.listedOn)].sort().map(day), ...sourceColumns(source),
        })),
    },
    {
      // An officer's contact detail belongs to the organisation they write for; without one, admin's.
      type: "ContactDetail", model: "contactDetail", key: ["personId", "type", "value"], owner: (r) => by("of an officer of", r.organisationId),
      // Restricted to read:restricted: whether an officer has a given number is not for a partner to test.
      hidden: () => true,
      rows: (d) => d.contactDetails.map(({ source, ...c }, i) => at(`contactDetails[${i}]`, { ...c, ...sourceColumns(source) })),
    },
  ],
  check(d, w) {
    d.areas.forEach((a, i) => {
      define(w, "area", a.code);
      refer(w, `areas[${i}].parentCode`, "area", a.parentCode);
      const district = districtOfLocalCode(a.code);
      if (district !== null && (a.type !== "WARD" || a.parentCode !== district)) {
        w.problems.push(`areas[${i}].code: ${a.code} is not a GSS code; an area the papers give no GSS code for must be a WARD whose parentCode is ${district}`);
      }
    });
    d.organisations.forEach((o, i) => {
      define(w, "organisation", o.id);
      refer(w, `organisations[${i}].areaCode`, "area", o.areaCode);
      refer(w, `organisations[${i}].parentId`, "organisation", o.parentId);
      o.identifiers.forEach((x, j) => x.validFrom && x.validTo && x.validTo < x.validFrom && w.problems.push(`organisations[${i}].identifiers[${j}].validTo: must not be before validFrom`));
    });
    d.successions.forEach((s, i) => (refer(w, `successions[${i}].predecessorId`, "organisation", s.predecessorId), refer(w, `successions[${i}].successorId`, "organisation", s.successorId)));
    d.people.forEach((p) => define(w, "person", p.id));
    d.boards.forEach((b, i) => {
      define(w, "board", b.id);
      refer(w, `boards[${i}].hostOrganisationId`, "organisation", b.hostOrganisationId);
      refer(w, `boards[${i}].areaCode`, "area", b.areaCode);
      refer(w, `boards[${i}].reportsToId`, "board", b.reportsToId);
    });
    d.posts.forEach((p, i) => (define(w, "post", p.id), refer(w, `posts[${i}].boardId`, "board", p.boardId)));
    d.memberships.forEach((m, i) => {
      refer(w, `memberships[${i}].personId`, "person", m.personId);
      refer(w, `memberships[${i}].boardId`, "board", m.boardId);
      refer(w, `memberships[${i}].postId`, "post", m.postId);
      refer(w, `memberships[${i}].onBehalfOfId`, "organisation", m.onBehalfOfId);
      if (m.startDate && m.endDate && m.endDate < m.startDate) w.problems.push(`memberships[${i}].endDate: must not be before startDate`);
    });
    d.contactDetails.forEach((c, i) => (refer(w, `contactDetails[${i}].personId`, "person", c.personId), refer(w, `contactDetails[${i}].organisationId`, "organisation", c.organisationId)));
  },
  owners: {
    board: async (id, tx) => by("hosted by", (await tx.board.findUnique({ where: { id }, select: { hostOrganisationId: true } }))?.hostOrganisationId),
  },
});
