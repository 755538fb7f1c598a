// Money amounts and measured figures with the sentence they sit in: amounts with or without "£",
// percentages and rates, ranges ("12-14 weeks"), counts ("342 referrals") and the numbers in a
// table's cells. The dataset format stores money only inside funding pools and figures only as
// indicator measurements, which need a reader to say what the number measures; so the parser
// reports them and stores none.
import type { Line } from "./lines.ts";
import type { Figure } from "./report.ts";

const MONEY = /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m\b|bn\b|k\b|million\b|billion\b)?/gi;
const RANGE = /\b\d+(?:\.\d+)?\s?[-–]\s?\d+(?:\.\d+)?\s?(?:%|per cent\b|weeks?\b|days?\b|months?\b|years?\b|hours?\b|minutes?\b)/gi;
const MEASURE = /\b\d+(?:\.\d+)?\s?(?:%|per cent\b|weeks\b|days\b|per day\b|per 100,?000\b)/gi;
/** A number followed by what it counts ("342 referrals", "1,140 people"); not a date's day nor a year. */
const COUNT = /(?<![£\d.,/-])\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+(?!(?:per|of|to|and|or|the|a|an|in|on|at|by)\b)([a-z][a-z-]{2,})\b/g;
const CELL = /^-?\d[\d,]*(?:\.\d+)?%?$/;

/** The sentence around position `at` in a line. */
function sentenceAt(text: string, at: number): string {
  // The last sentence end before the figure: ". " followed by a capital (not the point in "£18.6m").
  const ends = [...text.slice(0, at).matchAll(/[.!?]\s+(?=[A-Z£])/g)];
  const start = ends.length ? ends.at(-1)!.index! + ends.at(-1)![0].length : 0;
  const after = text.slice(at).search(/[.!?](\s|$)/);
  return text.slice(start, after >= 0 ? at + after + 1 : text.length).trim();
}

export function findFigures(lines: Line[]): Figure[] {
  const out: Figure[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const taken: [number, number][] = [];
    const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && to > a);
    for (const [kind, re] of [["money", MONEY], ["range", RANGE], ["measure", MEASURE], ["count", COUNT]] as const) {
      for (const m of line.text.matchAll(re)) {
        if (!free(m.index!, m.index! + m[0].length)) continue;
        taken.push([m.index!, m.index! + m[0].length]);
        out.push({ line: line.n, kind, asWritten: m[0].trim(), sentence: sentenceAt(line.text, m.index!) });
      }
    }
    // A table row (cells apart by two or more spaces): every numeric cell, "£" or not.
    const cells = line.raw.trim().split(/\s{2,}|\t+/);
    if (cells.length >= 2) for (const c of cells.slice(1)) if (CELL.test(c.trim())) out.push({ line: line.n, kind: "table value", asWritten: c.trim(), sentence: line.text });
  }
  return out;
}
