// Money amounts and measured figures with the sentence they sit in. The dataset format stores
// money only inside funding pools and figures only as indicator measurements, which need a
// reader to say what the number measures; so the parser reports them and stores none.
import type { Line } from "./lines.ts";
import type { Figure } from "./report.ts";

const MONEY = /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m\b|bn\b|k\b|million\b|billion\b)?/gi;
const MEASURE = /\b\d+(?:\.\d+)?\s?(?:%|per cent\b|weeks\b|days\b|per day\b|per 100,?000\b)/gi;

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
    for (const [kind, re] of [["money", MONEY], ["measure", MEASURE]] as const) {
      for (const m of line.text.matchAll(re)) out.push({ line: line.n, kind, asWritten: m[0].trim(), sentence: sentenceAt(line.text, m.index!) });
    }
  }
  return out;
}
