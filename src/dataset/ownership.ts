// Who owns each record the importer writes, for callers with scope write:own but not admin: they
// may create or change only records their organisation reported or owns (the import mutation,
// src/subgraphs/partners/imports.ts; the command line and admin write everything).
//
// Each record type declares its rule beside its rows (src/subgraphs/*/dataset.ts, `owner`); this
// file applies them. The owner comes from fields the dataset format already has: a measurement's
// reportedBy, a board's host, a programme's lead. A record nested in another (an agenda item in a meeting, a
// priority in a strategy) belongs to its parent's owner, with two exceptions that let a partner
// push its own figures into records others hold: a funding contribution belongs to the
// organisation contributing it (the pool's host only when none is named), and an indicator's
// link to a programme belongs to the programme's lead. Records nobody owns (areas, people,
// successions, frameworks and indicators: shared reference records) are admin's alone.
//
// A row the import would leave as it is does not count as a write, so a partner may send another
// partner's pool unchanged around its own contribution, or an indicator it only refers to. A row
// that would change needs the caller among its owners both as sent and, when it is stored
// already, as stored: no one can take over another's record by naming itself as its owner.
import type { Dataset } from "./format.ts";
import type { DatasetSlice, Ownership, OwnerLookup, RecordType } from "./slice.ts";
import { placeOf } from "./slice.ts";
import { slices } from "./slices.ts";
import type { Row, RowChange } from "./sync.ts";
import type { Transaction } from "./transaction.ts";
import { keyText, words } from "./validate.ts";

/**
 * The owners of parent records, read inside the import's transaction, once each. Parents are
 * written before their children, so by the time a child asks, its parent is as this import leaves
 * it; a change to a parent's owner is itself checked, so no one gains a parent that way.
 */
function owners(tx: Transaction, dataset: Dataset): OwnerLookup {
  const memo = new Map<string, Promise<Ownership>>();
  const lookups = Object.assign({}, ...slices.map((s) => s.owners ?? {})) as NonNullable<DatasetSlice["owners"]>;
  const look: OwnerLookup = (kind, id) => {
    const key = `${kind}:${id}`;
    const lookup = lookups[kind];
    if (!lookup) throw new Error(`no owner lookup for ${kind}`);
    return memo.get(key) ?? memo.set(key, lookup(String(id), tx, dataset, look)).get(key)!;
  };
  return look;
}

/** "indicator x, area E08000026, 2017/18" for figures; the record type and its natural key otherwise. */
function label(step: RecordType, row: Row): string {
  if (step.type === "Measurement" || step.type === "Target") {
    return `indicator ${row.indicatorCode}, area ${row.areaCode}, ${row.period}${row.sex === "PERSONS" ? "" : `, ${row.sex}`}`;
  }
  return `${words(step.type)} ${keyText(step, row)}`;
}

function whose({ relation, owners }: Ownership, caller: string): string {
  return owners.length ? `${relation} ${owners.join(" and ")}, not ${caller}` : `${relation} no organisation: only admin may write it`;
}

/** Checks one step's planned writes for a write:own caller; returns a refusal per record it may not write. */
export type OwnershipCheck = (step: RecordType, plan: RowChange[]) => Promise<string[]>;

/** The check for a caller of `organisationId`, over one import's transaction. */
export function ownershipCheck(tx: Transaction, dataset: Dataset, organisationId: string): OwnershipCheck {
  const look = owners(tx, dataset);
  return async (step, plan) => {
    const refusals: string[] = [];
    for (const { row, stored, change } of plan) {
      // Unchanged rows are no write, unless the row is hidden: then "unchanged" would confirm a guess.
      if (change === "same" && !(stored && step.hidden?.(stored))) continue;
      const why = await refusal(step, row, stored, look, organisationId);
      if (why) refusals.push(`${placeOf(row)} (${label(step, row)}): ${why}`);
    }
    return refusals;
  };
}

async function refusal(step: RecordType, row: Row, stored: Row | undefined, look: OwnerLookup, caller: string): Promise<string | null> {
  if ("adminOnly" in step.owner) return `${step.owner.adminOnly} belong to no organisation: only admin may write them`;
  const ownersOf = step.owner;
  const incoming = await ownersOf(row, look);
  if (!incoming.owners.includes(caller)) return whose(incoming, caller);
  if (!stored) return null;
  const current = await ownersOf(stored, look);
  return current.owners.includes(caller) ? null : `already ${whose(current, caller)}`;
}
