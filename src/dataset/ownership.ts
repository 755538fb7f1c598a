// Who owns each record the importer writes, for callers with scope write:own but not admin: they
// may create or change only records their organisation reported or owns (the import mutation,
// src/subgraphs/governance/imports.ts; the command line and admin write everything).
//
// The owner comes from fields the dataset format already has: a measurement's reportedBy, a
// board's host, a programme's lead. A record nested in another (an agenda item in a meeting, a
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
import { placeOf, type ImportStep } from "./rows.ts";
import type { Row, RowChange } from "./sync.ts";
import type { Transaction } from "./transaction.ts";

/** Who owns a record, and how to say so: "reported by" coventry-city-council. */
interface Ownership {
  relation: string;
  owners: string[];
}

type Owned = (row: Row, look: Owners) => Ownership | Promise<Ownership>;

/** The record types no organisation owns, by the words a refusal uses for them. */
const adminOnly: Record<string, string> = {
  Area: "areas",
  Succession: "successions",
  Person: "people",
  PersonAlias: "people",
  Framework: "frameworks",
  Indicator: "indicators",
  IndicatorFramework: "indicators",
};

const ids = (...values: unknown[]) => values.filter((v): v is string => typeof v === "string" && v !== "");
const by = (relation: string, ...owners: unknown[]): Ownership => ({ relation, owners: ids(...owners) });
/** A nested record: its parent's owners, said of the parent. */
const within = (relation: string, parent: Promise<Ownership>) => parent.then(({ owners }) => ({ relation, owners }));

const boardRelation = "at a meeting of a board hosted by";
const reportRelation = "for a meeting of a board hosted by";

/** The owner of every other record type, by the type the importer reports it as. */
const owned: Record<string, Owned> = {
  Organisation: (r) => by("the record of", r.id),
  OrganisationAlias: (r) => by("a name of", r.organisationId),
  OrganisationIdentifier: (r) => by("an identifier of", r.organisationId),
  Board: (r) => by("hosted by", r.hostOrganisationId),
  // An officer's contact detail belongs to the organisation they write for; without one, admin's.
  ContactDetail: (r) => by("of an officer of", r.organisationId),
  Post: (r, look) => within("on a board hosted by", look.board(r.boardId)),
  Membership: (r, look) => within("on a board hosted by", look.board(r.boardId)),
  SourceDocument: (r) => by("published by", r.publisherId),
  SourceLine: (r, look) => within("published by", look.sourceDocument(r.documentId)),
  Meeting: (r, look) => within("of a board hosted by", look.board(r.boardId)),
  AgendaItem: (r, look) => within(boardRelation, look.meeting(r.meetingId)),
  AgendaItemContributor: (r, look) => within(boardRelation, look.agendaItem(r.agendaItemId)),
  Attendance: (r, look) => within(boardRelation, look.meeting(r.meetingId)),
  MinuteItem: (r, look) => within(boardRelation, look.meeting(r.meetingId)),
  Resolution: (r, look) => within(boardRelation, look.minuteItem(r.minuteItemId)),
  Declaration: (r, look) => within(boardRelation, look.meeting(r.meetingId)),
  // A report belongs to the meeting its agenda item is in; one on no agenda is admin's.
  Report: (r, look) => (r.agendaItemId ? within(reportRelation, look.agendaItem(r.agendaItemId)) : by(reportRelation)),
  ReportAuthor: (r, look) => within(reportRelation, look.report(r.reportId)),
  Recommendation: (r, look) => within(reportRelation, look.report(r.reportId)),
  Strategy: (r, look) => look.strategy(r.id),
  Priority: (r, look) => look.strategy(r.strategyId),
  StrategyOwnership: (r, look) => look.strategy(r.strategyId),
  Programme: (r) => by("led by", r.leadOrganisationId),
  ProgrammeAlias: (r, look) => look.programme(r.programmeId),
  StatusUpdate: (r, look) => look.programme(r.programmeId),
  StrategyDelivery: (r, look) => look.programme(r.programmeId),
  FundingPool: (r) => by("hosted by", r.hostOrganisationId),
  Contribution: (r, look) => (r.organisationId ? by("contributed by", r.organisationId) : within("in a pool hosted by", look.pool(r.poolId))),
  Allocation: (r, look) => within("in a pool hosted by", look.pool(r.poolId)),
  FundingPoolStatedTotal: (r, look) => within("in a pool hosted by", look.pool(r.poolId)),
  Grant: (r) => by("funded by", r.funderId),
  IndicatorProgramme: (r, look) => within("linking a programme led by", look.programme(r.programmeId)),
  Measurement: (r) => by("reported by", r.reportedById),
  Target: (r) => by("set by", r.setById),
};

/**
 * The owners of parent records, read inside the import's transaction, once each. Parents are
 * written before their children, so by the time a child asks, its parent is as this import leaves
 * it; a change to a parent's owner is itself checked, so no one gains a parent that way.
 */
class Owners {
  private memo = new Map<string, Promise<Ownership>>();
  constructor(
    private tx: Transaction,
    private dataset: Dataset,
  ) {}

  private once(key: string, load: () => Promise<Ownership>): Promise<Ownership> {
    return this.memo.get(key) ?? this.memo.set(key, load()).get(key)!;
  }

  board = (id: unknown) =>
    this.once(`board:${id}`, async () => by("hosted by", (await this.tx.board.findUnique({ where: { id: String(id) }, select: { hostOrganisationId: true } }))?.hostOrganisationId));

  sourceDocument = (id: unknown) =>
    this.once(`document:${id}`, async () => by("published by", (await this.tx.sourceDocument.findUnique({ where: { id: String(id) }, select: { publisherId: true } }))?.publisherId));

  meeting = (id: unknown) =>
    this.once(`meeting:${id}`, async () => {
      const meeting = await this.tx.meeting.findUnique({ where: { id: String(id) }, select: { boardId: true } });
      return meeting ? this.board(meeting.boardId) : by("hosted by");
    });

  agendaItem = (id: unknown) =>
    this.once(`agendaItem:${id}`, async () => {
      const item = await this.tx.agendaItem.findUnique({ where: { id: String(id) }, select: { meetingId: true } });
      return item ? this.meeting(item.meetingId) : by("hosted by");
    });

  minuteItem = (id: unknown) =>
    this.once(`minuteItem:${id}`, async () => {
      const item = await this.tx.minuteItem.findUnique({ where: { id: Number(id) }, select: { meetingId: true } });
      return item ? this.meeting(item.meetingId) : by("hosted by");
    });

  report = (id: unknown) =>
    this.once(`report:${id}`, async () => {
      const report = await this.tx.report.findUnique({ where: { id: String(id) } });
      return report ? owned.Report(report, this) : by(reportRelation);
    });

  /**
   * A strategy's owners are its stored owners when it was stored before this import, else the
   * owners the dataset gives it: adding an owner changes the strategy, which only its owners may
   * do. Asked first while the strategies are checked, before any is written.
   */
  strategy = (id: unknown) =>
    this.once(`strategy:${id}`, async () => {
      const stored = await this.tx.strategy.findUnique({ where: { id: String(id) }, select: { id: true } });
      if (!stored) return by("owned by", ...(this.dataset.strategies.find((s) => s.id === id)?.owners.map((o) => o.organisationId) ?? []));
      const owners = await this.tx.strategyOwnership.findMany({ where: { strategyId: String(id) }, select: { organisationId: true }, orderBy: { organisationId: "asc" } });
      return by("owned by", ...owners.map((o) => o.organisationId));
    });

  programme = (id: unknown) =>
    this.once(`programme:${id}`, async () => by("led by", (await this.tx.programme.findUnique({ where: { id: String(id) }, select: { leadOrganisationId: true } }))?.leadOrganisationId));

  pool = (id: unknown) =>
    this.once(`pool:${id}`, async () => by("hosted by", (await this.tx.fundingPool.findUnique({ where: { id: String(id) }, select: { hostOrganisationId: true } }))?.hostOrganisationId));
}

/** "indicator x, area E08000026, 2017/18" for figures; the record type and its natural key otherwise. */
function label(step: ImportStep, row: Row): string {
  if (step.type === "Measurement" || step.type === "Target") {
    return `indicator ${row.indicatorCode}, area ${row.areaCode}, ${row.period}${row.sex === "PERSONS" ? "" : `, ${row.sex}`}`;
  }
  const words = step.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const key = step.key.map((k) => row[k]).filter((v) => v !== null && v !== undefined).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
  return `${words} ${key.join(", ")}`;
}

function whose({ relation, owners }: Ownership, caller: string): string {
  return owners.length ? `${relation} ${owners.join(" and ")}, not ${caller}` : `${relation} no organisation: only admin may write it`;
}

/** Checks one step's planned writes for a write:own caller; returns a refusal per record it may not write. */
export type OwnershipCheck = (step: ImportStep, plan: RowChange[]) => Promise<string[]>;

/** The check for a caller of `organisationId`, over one import's transaction. */
export function ownershipCheck(tx: Transaction, dataset: Dataset, organisationId: string): OwnershipCheck {
  const look = new Owners(tx, dataset);
  return async (step, plan) => {
    const refusals: string[] = [];
    for (const { row, stored, change } of plan) {
      if (change === "same") continue;
      const why = await refusal(step, row, stored, look, organisationId);
      if (why) refusals.push(`${placeOf(row)} (${label(step, row)}): ${why}`);
    }
    return refusals;
  };
}

async function refusal(step: ImportStep, row: Row, stored: Row | undefined, look: Owners, caller: string): Promise<string | null> {
  const shared = adminOnly[step.type];
  if (shared) return `${shared} belong to no organisation: only admin may write them`;
  const ownersOf = owned[step.type];
  if (!ownersOf) return `no ownership rule for ${step.type}: only admin may write it`;
  const incoming = await ownersOf(row, look);
  if (!incoming.owners.includes(caller)) return whose(incoming, caller);
  if (!stored) return null;
  const current = await ownersOf(stored, look);
  return current.owners.includes(caller) ? null : `already ${whose(current, caller)}`;
}
