// Splitting any phrase that names people, as packs write them, into person, role and organisation:
// "A, Role and B, Role", "A (Role, Org) and B (Role)", "A – Org / B – Role", "A, Role, Org; B, Role",
// "Councillor A (Chair), Councillor B, C and D." Parentheses are protected first, so commas and
// "and" inside them never split; a piece that reads as a person's name starts a new person.
import { type NameDirectory, ROLE_START } from "./names.ts";
import { looksLikePerson, type NamedPerson } from "./people.ts";

/** Splits `text` on `separator` outside parentheses. */
function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const re = new RegExp(separator.source, "g");
  const masked = text.replace(/[()]/g, (c) => c).split("").map((c) => {
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    return depth > 0 && c !== "(" ? "\u0001" : c;
  }).join("");
  for (const m of masked.matchAll(re)) {
    parts.push(text.slice(start, m.index));
    start = m.index! + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The leading name of a piece: "Dr Ann Other (Chair)" -> name "Dr Ann Other", paren "Chair". */
function nameAndParen(piece: string): { name: string; paren: string | null } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(piece);
  if (!m) return { name: piece, paren: null };
  return { name: `${m[1]} ${m[3]}`.trim(), paren: m[2] };
}

/** Whether a piece starts with a person's name (the name alone, or the name then a dash and more). */
function personPiece(piece: string, names: NameDirectory): boolean {
  const { name } = nameAndParen(piece);
  const dash = /^(.+?)\s+[–—-]\s+/.exec(name);
  return looksLikePerson(dash ? dash[1] : name, names);
}

function describe(name: string, rest: string[], names: NameDirectory): NamedPerson {
  let role: string | null = null;
  let organisation: string | null = null;
  const roles: string[] = [];
  const parts = rest.flatMap((r) => r.split(/,\s+|\s+[–—-]\s+/)).map((r) => r.trim()).filter(Boolean).flatMap((r) => {
    const { name: outside, paren } = nameAndParen(r);
    return paren && outside ? [outside, paren] : [r];
  });
  for (const part of parts) {
    if (!organisation && names.isOrganisation(part) && !ROLE_START.test(part)) organisation = part;
    else roles.push(part);
  }
  role = roles.length ? roles.join(", ") : null;
  return { name, role, organisation };
}

/** Every person a phrase names, with what follows each name as role and organisation. */
export function splitPeople(text: string, names: NameDirectory): NamedPerson[] {
  const cleaned = text.trim().replace(/[.;,]$/, "").replace(/\s+/g, " ");
  const people: { name: string; rest: string[] }[] = [];
  for (const chunk of splitOutside(cleaned, /\s*;\s*|\s+\/\s+|\s+&\s+/)) {
    // Commas and " and " outside parentheses separate pieces; " and " only before a name.
    const pieces: string[] = [];
    for (const comma of splitOutside(chunk, /,\s*/)) {
      const ands = splitOutside(comma.replace(/^and\s+/i, ""), /\s+and\s+/);
      let current = ands[0];
      for (const next of ands.slice(1)) {
        if (personPiece(next, names)) {
          pieces.push(current);
          current = next;
        } else current = `${current} and ${next}`;
      }
      pieces.push(current);
    }
    for (const piece of pieces) {
      const { name, paren } = nameAndParen(piece);
      const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(name);
      if (dash && looksLikePerson(dash[1], names)) people.push({ name: dash[1], rest: [dash[2], ...(paren ? [paren] : [])] });
      else if (looksLikePerson(name, names)) people.push({ name, rest: paren ? [paren] : [] });
      else if (people.length) people.at(-1)!.rest.push(piece);
    }
  }
  return people.map((p) => describe(p.name, p.rest, names));
}
