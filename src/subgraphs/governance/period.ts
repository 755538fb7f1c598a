// Date windows (from/to) on lists of meetings, reports and resolutions: both ends inclusive,
// either end open, and a window that ends before it starts is refused rather than answered empty.
import { badUserInput } from "../../subgraph/errors.ts";

const day = (d: Date) => d.toISOString().slice(0, 10);

export function checkPeriod(from: Date | null | undefined, to: Date | null | undefined, prefix = ""): void {
  if (from && to && from > to) {
    throw badUserInput(`${prefix}from must be on or before ${prefix}to, got ${prefix}from ${day(from)} and ${prefix}to ${day(to)}`, `${prefix}from`);
  }
}

/** Whether a day lies in the window; open ends match everything. */
export function within(date: Date, from: Date | null | undefined, to: Date | null | undefined): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/** The window as a Prisma date filter (undefined when open at both ends). */
export function dateFilter(from: Date | null | undefined, to: Date | null | undefined) {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}
