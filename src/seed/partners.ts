// The partners seed fixture (prisma/fixtures/partners.json): real partners, areas and the
// Coventry HWB membership from the papers.
import type { AreaType, MembershipRole, Sector } from "../generated/prisma/client.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import type { Transaction } from "./index.ts";
import { type FixtureSource, sourceColumns } from "./sources.ts";

export interface PartnersFixture {
  areas: { code: string; name: string; type: AreaType; parentCode: string | null }[];
  organisations: {
    id: string; name: string; shortName: string | null; sector: Sector; areaCode: string | null; aliases: string[];
    identifiers: { scheme: string; code: string; validFrom: string | null; validTo: string | null }[];
  }[];
  successions: { predecessorId: string; successorId: string; effectiveDate: string | null }[];
  people: { id: string; name: string; honorific: string | null; aliases: string[] }[];
  boards: { id: string; name: string; hostOrganisationId: string | null; areaCode: string | null }[];
  posts: { id: string; label: string; role: MembershipRole; boardId: string }[];
  memberships: {
    personId: string; boardId: string; role: MembershipRole; postId: string | null; onBehalfOfId: string | null; source?: FixtureSource;
  }[];
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** Writes the partners fixture: areas, organisations, people, boards and memberships. */
export async function loadPartnersFixture(tx: Transaction, f: PartnersFixture): Promise<string> {
  // Parents before children: areas are listed top-down.
  for (const a of f.areas) await tx.area.create({ data: a });
  await tx.organisation.createMany({
    data: f.organisations.map(({ id, name, shortName, sector, areaCode }) => ({ id, name, shortName, sector, areaCode })),
  });
  await tx.organisationAlias.createMany({
    data: f.organisations.flatMap((o) => o.aliases.map((alias) => ({ organisationId: o.id, alias, normalised: normaliseName(alias) }))),
  });
  await tx.organisationIdentifier.createMany({
    data: f.organisations.flatMap((o) =>
      o.identifiers.map((i) => ({ organisationId: o.id, scheme: i.scheme, code: i.code, validFrom: day(i.validFrom), validTo: day(i.validTo) })),
    ),
  });
  await tx.succession.createMany({ data: f.successions.map((s) => ({ ...s, effectiveDate: day(s.effectiveDate) })) });
  await tx.person.createMany({ data: f.people.map(({ id, name, honorific }) => ({ id, name, honorific })) });
  await tx.personAlias.createMany({
    data: f.people.flatMap((p) => p.aliases.map((alias) => ({ personId: p.id, alias, normalised: normaliseName(alias) }))),
  });
  await tx.board.createMany({ data: f.boards.map(({ id, name, hostOrganisationId, areaCode }) => ({ id, name, hostOrganisationId, areaCode })) });
  await tx.post.createMany({ data: f.posts });
  await tx.membership.createMany({
    data: f.memberships.map(({ personId, boardId, role, postId, onBehalfOfId, source }) => ({
      personId, boardId, role, postId, onBehalfOfId, ...sourceColumns(source),
    })),
  });
  return `${f.organisations.length} organisations, ${f.areas.length} areas, ${f.people.length} people, ${f.boards.length} boards`;
}
