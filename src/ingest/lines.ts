// A pack's lines, numbered as the importer numbers them (1-based, split on "\n"), with the junk
// that PDF-to-text conversion leaves behind marked rather than removed, so that every record
// can still cite the real line and every skipped line can be reported.
import { splitLines } from "../dataset/documents.ts";

export interface Line {
  /** 1-based line number in the file. */
  n: number;
  /** The line exactly as written. */
  raw: string;
  /** Without markdown emphasis, HTML tags, list bullets' stray spaces; "" for blank or junk. */
  text: string;
  /** Why the line was set aside as conversion junk, if it was. */
  junk: string | null;
}

/** Page furniture the converter leaves in the text; matched on the cleaned line. */
const JUNK: [RegExp, string][] = [
  [/^this page is intentionally left blank$/i, "blank-page filler"],
  [/^page \d+$/i, "page number"],
  [/^\d{1,3}$/, "bare number (a page number, or a table cell out of its table)"],
  [/^\d+ of \d+$/i, "page number"],
  [/^draft$/i, "draft stamp"],
  [/^[-_=*]{3,}$/, "rule"],
];

/** Removes markdown emphasis and HTML tags and normalises spaces; keeps the words as written. */
export function cleanText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, " ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,;:])/g, "$1$2")
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ")
    .replace(/[\t\u00a0 ]+/g, " ")
    .trim();
}

export function readLines(content: string): Line[] {
  return splitLines(content).map((raw, i) => {
    const text = cleanText(raw);
    const hit = JUNK.find(([re]) => re.test(text));
    return { n: i + 1, raw, text: hit ? "" : text, junk: hit ? hit[1] : null };
  });
}

/** "78" or "78-80" for the inclusive range. */
export function lineRange(first: number, last = first): string {
  return last > first ? `${first}-${last}` : String(first);
}

/** The next line at or after index i that has text (not blank, not junk); -1 if none. */
export function nextText(lines: Line[], i: number, end = lines.length): number {
  for (let j = i; j < end; j++) if (lines[j].text) return j;
  return -1;
}

/** Drops a leading list bullet ("- ", "• ") that the converter adds to numbered lines. */
export function unbullet(text: string): string {
  return text.replace(/^[-•]\s+/, "");
}

/** Joins paragraph lines split at a page break: a line ending mid-sentence continued by a lower-case line. */
export function continues(previous: string, next: string): boolean {
  return !/[.:;!?)]$/.test(previous) && /^[a-z]/.test(next);
}
