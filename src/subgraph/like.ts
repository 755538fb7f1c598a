// Text filters become SQL LIKE patterns (Prisma's `contains` wraps the value in % but does not
// escape it): escape LIKE's wildcards so a search for "%" or "_" finds those characters, not
// every row. The value is still sent as a bound parameter, never spliced into the SQL.
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The alias condition of a text search, or none when the text normalises to nothing (only
 * punctuation such as "%'--"): an empty pattern would match every alias, so every row.
 */
export function aliasMatch(normalised: string): { aliases: { some: { normalised: { contains: string } } } }[] {
  return normalised ? [{ aliases: { some: { normalised: { contains: likeText(normalised) } } } }] : [];
}
