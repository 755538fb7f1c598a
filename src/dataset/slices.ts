// The subgraphs' parts of the data path, in the order the importer writes them (partners first:
// every other record refers to organisations, people or boards).
import { fundingSlice } from "../subgraphs/funding/dataset.ts";
import { governanceSlice } from "../subgraphs/governance/dataset.ts";
import { outcomesSlice } from "../subgraphs/outcomes/dataset.ts";
import { partnersSlice } from "../subgraphs/partners/dataset.ts";
import { programmesSlice } from "../subgraphs/programmes/dataset.ts";
import type { DatasetSlice, RecordType } from "./slice.ts";

export const slices: DatasetSlice[] = [partnersSlice, governanceSlice, programmesSlice, fundingSlice, outcomesSlice];

/** Every record type, in the order they are written. */
export const recordTypes: RecordType[] = slices.flatMap((s) => s.records);
