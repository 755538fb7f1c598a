// Financial years as the papers and the filters write them ("2017/18"): 1 April to 31 March.
import { badUserInput } from "../../subgraph/errors.ts";

export interface DateRange {
  start: Date;
  end: Date;
}

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** The days a financial year covers, or null when the text is not one ("2017/18" is). */
export function financialYear(text: string): DateRange | null {
  const match = FINANCIAL_YEAR.exec(text.trim());
  if (!match) return null;
  const first = Number(match[1]);
  if ((first + 1) % 100 !== Number(match[2])) return null;
  return { start: new Date(Date.UTC(first, 3, 1)), end: new Date(Date.UTC(first + 1, 2, 31)) };
}

/** Parses a financial-year argument, refusing anything else with the argument named. */
export function financialYearArgument(argumentName: string, text: string): DateRange {
  const range = financialYear(text);
  if (!range) {
    throw badUserInput(`${argumentName} must be a financial year like "2017/18", got "${text}"`, argumentName);
  }
  return range;
}

/**
 * The days between two optional financial-year arguments: from the start of `from` to the end
 * of `to`. Refuses a range that ends before it starts.
 */
export function financialYearRange(from: string | null | undefined, to: string | null | undefined): Partial<DateRange> {
  const start = from ? financialYearArgument("periodFrom", from).start : undefined;
  const end = to ? financialYearArgument("periodTo", to).end : undefined;
  if (start && end && end < start) {
    throw badUserInput(`periodFrom "${from}" is after periodTo "${to}"`, "periodFrom");
  }
  return { start, end };
}
