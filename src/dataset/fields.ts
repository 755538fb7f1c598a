// The field types every dataset section is written with: days, money, decimals, slugs, GSS codes
// and a fact's source. Each subgraph's sections (src/subgraphs/*/dataset.ts) build on these.
import { z } from "zod";

/** A real calendar day written YYYY-MM-DD ("2019-02-30" is refused). */
export const day = z.string().refine((text) => {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}, "must be a real day written YYYY-MM-DD, e.g. 2019-01-14");

/** Pounds as a string with two decimals; never a JSON number, which may already be rounded. */
export const money = z.string().regex(/^\d{1,12}\.\d{2}$/, 'must be a non-negative amount written as a string with two decimals, e.g. "179502000.00"');
export const decimal = z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'must be a decimal number written as a string, e.g. "66.1"');
export const financialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, 'must look like "2018/19"')
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), 'must name two consecutive years, e.g. "2018/19"');
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. "14:00"');
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug, e.g. "coventry-city-council"');
/** A record id within a parent, slugs joined by "/", e.g. "coventry-ibcf-2017-20/2018-19". */
export const recordId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'must be slugs joined by "/", e.g. "coventry-ibcf-2017-20/2018-19"');
export const gss = z.string().regex(/^[EWSN]\d{8}$/, "must be a nine-character GSS code, e.g. E08000026");
/**
 * An area's code: its GSS code, or, for a ward whose GSS code the papers do not give, the parent
 * district's GSS code and a slug of the ward's name ("E07000219/wem-brook"). Wards have public GSS
 * codes (E05...), but the hub records what the papers say and does not invent codes.
 */
export const areaCode = z
  .string()
  .regex(/^[EWSN]\d{8}(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, "must be a nine-character GSS code, e.g. E08000026, or for a ward whose GSS code the papers do not give, its district's GSS code and a slug, e.g. E07000219/wem-brook");
/** An area code as asked: a GSS code is case-blind, a ward's slug lower-case ("e07000219/Wem-Brook" is E07000219/wem-brook). */
export function normaliseAreaCode(code: string): string {
  const [gss, ...ward] = code.trim().split("/");
  return [gss.toUpperCase(), ...ward.map((part) => part.toLowerCase())].join("/");
}
/** The district part of a code without a GSS code of its own ("E07000219/wem-brook"), else null. */
export const districtOfLocalCode = (code: string): string | null => (code.includes("/") ? code.slice(0, code.indexOf("/")) : null);
export const text = z.string().trim().min(1, "must not be empty");
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
export const list = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

/** Where a fact is stated: a source document, a line or inclusive line range, the text as written. */
export const source = z.strictObject({
  document: slug,
  lines: z.string().regex(/^\d+(-\d+)?$/, 'must be a line "78" or a range "78-80"'),
  asWritten: optional(z.string()),
});
export const sourced = { source: optional(source) };
export type DatasetSource = z.output<typeof source>;
