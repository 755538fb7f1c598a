// The dataset format: the one shape in which data comes into the hub (the curated files, partner
// uploads and the board-pack parser all produce it). Records refer to each other by natural keys
// (organisation slugs, GSS codes, indicator codes, meeting ids) and carry their provenance.
// Each subgraph declares its own sections (src/subgraphs/*/dataset.ts); this file composes them.
// Documented with an example per section in docs/dataset-format.md.
import { z } from "zod";
import { fundingSections } from "../subgraphs/funding/dataset.ts";
import { governanceSections } from "../subgraphs/governance/dataset.ts";
import { outcomesSections } from "../subgraphs/outcomes/dataset.ts";
import { partnersSections } from "../subgraphs/partners/dataset.ts";
import { programmesSections } from "../subgraphs/programmes/dataset.ts";
import { optional } from "./fields.ts";

export type { DatasetSource } from "./fields.ts";

export const DATASET_FORMAT = "placegraph-dataset/1";

const sectionSchemas = { ...partnersSections, ...governanceSections, ...programmesSections, ...fundingSections, ...outcomesSections };

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT, `must be "${DATASET_FORMAT}"`),
  description: optional(z.string()),
  ...sectionSchemas,
});

export type Dataset = z.output<typeof datasetSchema>;

/** Every section of a dataset, in the order the importer writes them. */
export const sections = Object.keys(sectionSchemas) as (keyof typeof sectionSchemas)[];
