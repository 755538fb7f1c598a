// Financial years ("2018/19": 1 April 2018 to 31 March 2019). Inputs are checked here so that
// every argument that takes a year refuses a bad one with the same clear message.
import type { GraphQLError } from "graphql";
import { badUserInput } from "../../subgraph/errors.ts";

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

function badYear(argumentName: string, value: string, why: string): GraphQLError {
  return badUserInput(`${argumentName} must ${why}, got ${JSON.stringify(value)}`, argumentName);
}

/** Returns the year unchanged, or throws a BAD_USER_INPUT error naming the argument. */
export function checkFinancialYear(argumentName: string, value: string): string {
  const match = FINANCIAL_YEAR.exec(value);
  if (!match) throw badYear(argumentName, value, 'look like "2018/19"');
  if ((Number(match[1]) + 1) % 100 !== Number(match[2])) throw badYear(argumentName, value, 'name two consecutive years, like "2018/19"');
  return value;
}

/** Checks an optional list of years; an empty or missing list means "any year". */
export function checkFinancialYears(argumentName: string, values: string[] | null | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  return values.map((v) => checkFinancialYear(argumentName, v));
}

/** The financial year a day falls in: 2018-04-01 and 2019-03-31 are both in "2018/19". */
export function financialYearOf(day: Date): string {
  const start = day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** Keeps the records of one financial year (checked first), or all when no year is given. */
export function inYear<T extends { financialYear: string | null }>(rows: T[], financialYear: string | null | undefined): T[] {
  if (!financialYear) return rows;
  checkFinancialYear("financialYear", financialYear);
  return rows.filter((r) => r.financialYear === financialYear);
}

/** A grant's financial year: of its award date, or of its planned start when no award date is stated. */
export function grantYear(g: { awardDate: Date | null; plannedStartDate: Date | null }): string | null {
  const day = g.awardDate ?? g.plannedStartDate;
  return day ? financialYearOf(day) : null;
}
