// Per-request DataLoaders of the partners subgraph: one SQL query per batch of keys.
import type { Dataset } from "../../dataset/format.ts";
import { type ImportOptions, type ImportReport, importDataset } from "../../dataset/importer.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { SubgraphRequest } from "../../subgraph/definition.ts";
import { loaderByKey, loaderOfMany } from "../../subgraph/loaders.ts";

/** The tables this subgraph owns; it reads no others. */
export type PartnersStore = Pick<
  PrismaClient,
  "organisation" | "organisationAlias" | "organisationIdentifier" | "succession" | "area" | "person" | "personAlias" | "contactDetail" | "board" | "post" | "membership" | "importRun"
>;

const inList = <K>(keys: K[]) => ({ in: keys });

export function createPartnersLoaders(db: PartnersStore) {
  return {
    organisation: loaderByKey((ids: string[]) => db.organisation.findMany({ where: { id: inList(ids) } }), (o) => o.id),
    importRun: loaderByKey((ids: number[]) => db.importRun.findMany({ where: { id: inList(ids) } }), (r) => r.id),
    childOrganisations: loaderOfMany(
      (ids: string[]) => db.organisation.findMany({ where: { parentId: inList(ids) }, orderBy: { name: "asc" } }),
      (o) => o.parentId!,
    ),
    aliases: loaderOfMany(
      (ids: string[]) => db.organisationAlias.findMany({ where: { organisationId: inList(ids) }, orderBy: { alias: "asc" } }),
      (a) => a.organisationId,
    ),
    identifiers: loaderOfMany(
      (ids: string[]) => db.organisationIdentifier.findMany({ where: { organisationId: inList(ids) }, orderBy: [{ scheme: "asc" }, { code: "asc" }] }),
      (i) => i.organisationId,
    ),
    predecessions: loaderOfMany((ids: string[]) => db.succession.findMany({ where: { successorId: inList(ids) }, orderBy: { predecessorId: "asc" } }), (s) => s.successorId),
    successions: loaderOfMany((ids: string[]) => db.succession.findMany({ where: { predecessorId: inList(ids) }, orderBy: { successorId: "asc" } }), (s) => s.predecessorId),
    area: loaderByKey((codes: string[]) => db.area.findMany({ where: { code: inList(codes) } }), (a) => a.code),
    childAreas: loaderOfMany(
      (codes: string[]) => db.area.findMany({ where: { parentCode: inList(codes) }, orderBy: { name: "asc" } }),
      (a) => a.parentCode!,
    ),
    organisationsInArea: loaderOfMany(
      (codes: string[]) => db.organisation.findMany({ where: { areaCode: inList(codes) }, orderBy: { name: "asc" } }),
      (o) => o.areaCode!,
    ),
    person: loaderByKey((ids: string[]) => db.person.findMany({ where: { id: inList(ids) } }), (p) => p.id),
    personAliases: loaderOfMany(
      (ids: string[]) => db.personAlias.findMany({ where: { personId: inList(ids) }, orderBy: { alias: "asc" } }),
      (a) => a.personId,
    ),
    contactDetailsOfPerson: loaderOfMany(
      (ids: string[]) =>
        db.contactDetail.findMany({ where: { personId: inList(ids) }, orderBy: [{ type: "asc" }, { value: "asc" }] }),
      (c) => c.personId,
    ),
    board: loaderByKey((ids: string[]) => db.board.findMany({ where: { id: inList(ids) } }), (b) => b.id),
    boardsReportingTo: loaderOfMany((ids: string[]) => db.board.findMany({ where: { reportsToId: inList(ids) }, orderBy: { name: "asc" } }), (b) => b.reportsToId!),
    post: loaderByKey((ids: string[]) => db.post.findMany({ where: { id: inList(ids) } }), (p) => p.id),
    boardPosts: loaderOfMany((ids: string[]) => db.post.findMany({ where: { boardId: inList(ids) }, orderBy: { id: "asc" } }), (p) => p.boardId!),
    membershipsOfPerson: loaderOfMany(
      (ids: string[]) => db.membership.findMany({ where: { personId: inList(ids) }, orderBy: [{ startDate: "asc" }, { id: "asc" }] }),
      (m) => m.personId,
    ),
    membershipsOfBoard: loaderOfMany(
      (ids: string[]) => db.membership.findMany({ where: { boardId: inList(ids) }, orderBy: [{ role: "asc" }, { personId: "asc" }] }),
      (m) => m.boardId!,
    ),
    membershipsOfOrganisation: loaderOfMany(
      (ids: string[]) => db.membership.findMany({ where: { organisationId: inList(ids) }, orderBy: [{ role: "asc" }, { personId: "asc" }] }),
      (m) => m.organisationId!,
    ),
    membershipsOfPost: loaderOfMany((ids: string[]) => db.membership.findMany({ where: { postId: inList(ids) }, orderBy: { startDate: "asc" } }), (m) => m.postId!),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;

export interface PartnersContext {
  store: PartnersStore;
  loaders: PartnersLoaders;
  /** Who asks (src/subgraph/definition.ts); restricted fields check it (src/subgraph/access.ts). */
  request: SubgraphRequest;
  /** The dataset importer, the one writer across the subgraphs' tables (src/dataset/, composed of each subgraph's dataset.ts). */
  importDataset: (fileName: string, contentHash: string, dataset: Dataset, options: ImportOptions) => Promise<ImportReport>;
}

export function createPartnersContext(prisma: PrismaClient, request: SubgraphRequest): PartnersContext {
  return {
    store: prisma,
    loaders: createPartnersLoaders(prisma),
    request,
    importDataset: (fileName, contentHash, dataset, options) => importDataset(prisma, fileName, contentHash, dataset, options),
  };
}
