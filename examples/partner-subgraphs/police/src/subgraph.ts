// The police partner's Federation 2 subgraph: schema.graphql (the SDL it publishes to the hub,
// read as-is) with resolvers over its own store. It extends the hub's Area and Programme with
// its figures and points each figure at the hub's SourceExcerpt, so the hub answers the line's
// text and document beside the figure.
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { PGlite } from "@electric-sql/pglite";
import DataLoader from "dataloader";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { GraphQLError, parse } from "graphql";
import { type ContactRow, contactsBy, type FigureRow, figureById, figuresBy } from "./store.ts";

export const schemaFile = resolve(import.meta.dirname, "../schema.graphql");

/** Who the hub says the caller is (never the caller's credential); null for a public request. */
export interface Identity {
  organisationId: string;
  scopes: string[];
  principal: string;
}

export interface PoliceContext {
  identity: Identity | null;
  figuresOfArea: DataLoader<string, FigureRow[]>;
  figuresOfProgramme: DataLoader<string, FigureRow[]>;
  contactOfProgramme: DataLoader<string, ContactRow | null>;
}

/** Fresh loaders per request: every area's (or programme's) figures in one statement. */
export function createContext(db: PGlite, identity: Identity | null): PoliceContext {
  return {
    identity,
    figuresOfArea: new DataLoader((codes) => figuresBy(db, "area_code", codes)),
    figuresOfProgramme: new DataLoader((ids) => figuresBy(db, "programme_id", ids)),
    contactOfProgramme: new DataLoader((ids) => contactsBy(db, ids)),
  };
}

const figure = (row: FigureRow) => ({
  id: row.id,
  measure: row.measure,
  period: row.period,
  value: row.value,
  unit: row.unit,
  asWritten: row.as_written,
  source: { documentId: row.document_id, firstLine: row.line, lastLine: row.line },
});

const resolvers = (db: PGlite) => ({
  Query: {
    policeFigure: async (_: unknown, { id }: { id: string }) => {
      const row = await figureById(db, id);
      return row && figure(row);
    },
  },
  Area: {
    __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
    policeFigures: async (area: { code: string }, _: unknown, ctx: PoliceContext) => (await ctx.figuresOfArea.load(area.code)).map(figure),
  },
  Programme: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    policeFigures: async (programme: { id: string }, _: unknown, ctx: PoliceContext) => (await ctx.figuresOfProgramme.load(programme.id)).map(figure),
    // Checked here too (the hub checks first), so nothing relies on the hub alone.
    policeContact: async (programme: { id: string }, _: unknown, ctx: PoliceContext) => {
      if (!ctx.identity?.scopes.some((s) => s === "read:restricted" || s === "admin")) {
        throw new GraphQLError("Programme.policeContact needs scope read:restricted or admin", { extensions: { code: ctx.identity ? "FORBIDDEN" : "UNAUTHENTICATED" } });
      }
      const row = await ctx.contactOfProgramme.load(programme.id);
      return row && { asWritten: row.as_written, source: { documentId: row.document_id, firstLine: row.first_line, lastLine: row.last_line } };
    },
  },
});

export function buildPoliceSchema(db: PGlite) {
  return buildSubgraphSchema({ typeDefs: parse(readFileSync(schemaFile, "utf8")), resolvers: resolvers(db) as never });
}
