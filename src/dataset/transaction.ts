// The transaction client the importer writes through: all of a file or none of it.
import type { PrismaClient } from "../generated/prisma/client.ts";

export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
