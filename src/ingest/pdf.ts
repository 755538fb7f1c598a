// A PDF pack to text, with PDF.js (pdfjs-dist): every text run keeps its position, font and size,
// so lines are rebuilt from the runs on one baseline, table columns stay apart (a wide gap
// becomes three spaces, which the reader splits cells on), blank lines are put back where the
// vertical gap says a line was skipped, headings (bold or larger type) are marked **bold** as in
// the seed packs' text dumps, and pages are separated by a blank line.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

export class PdfError extends Error {
  override name = "PdfError";
}

/** True when the bytes are a PDF file ("%PDF-" at the start). */
export const isPdf = (bytes: Uint8Array) => bytes.length > 4 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

interface Run { x: number; y: number; width: number; size: number; text: string; bold: boolean }

const fontsDir = () => `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** Runs on one baseline (within a fifth of the type size) make a line, read left to right. */
function toLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l[0].y - run.y) <= Math.max(1.5, run.size / 5));
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line's text: a gap wider than a character and a half is a column break ("   "). */
function lineText(runs: Run[], bodySize: number): string {
  let out = "";
  let end: number | null = null;
  let boldOpen = false;
  for (const run of runs) {
    const heading = run.bold || run.size > bodySize * 1.15;
    if (end !== null) {
      const gap = run.x - end;
      const space = gap > run.size * 0.9 ? "   " : gap > run.size * 0.12 && !out.endsWith(" ") && !run.text.startsWith(" ") ? " " : "";
      if (boldOpen && !heading) {
        out = `${out.trimEnd()}**${space || (out.endsWith(" ") ? " " : "")}`;
        boldOpen = false;
      } else out += space;
    }
    if (heading && !boldOpen && run.text.trim()) {
      out += "**";
      boldOpen = true;
    }
    out += boldOpen ? run.text.replace(/^\s+/, "") : run.text;
    end = run.x + run.width;
  }
  if (boldOpen) out = `${out.trimEnd()}**`;
  return out.replace(/\*\*\*\*/g, "").trimEnd();
}

/** The text of a PDF, page by page, lines rebuilt from positions. */
export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: fontsDir(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise.catch((err: Error) => {
    throw new PdfError(`${fileName}: not a readable PDF (${err.message}); nothing was imported`);
  });
  try {
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      // Font names (and so weight) are known once the page's operators are read.
      await page.getOperatorList();
      const bold = (fontName: string) => {
        const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string; bold?: boolean }) : null;
        return Boolean(font?.bold || /bold|black|heavy/i.test(font?.name ?? ""));
      };
      const runs: Run[] = (content.items as TextItem[])
        // Whitespace runs only fill gaps; the gaps themselves are measured from the positions.
        .filter((i) => "str" in i && i.str.trim().length > 0)
        .map((i) => ({ x: i.transform[4], y: i.transform[5], width: i.width, size: Math.hypot(i.transform[2], i.transform[3]) || i.height, text: i.str, bold: bold(i.fontName) }));
      const sizes = runs.map((r) => Math.round(r.size * 2) / 2).sort((a, b) => a - b);
      const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 10;
      const lines = toLines(runs);
      // The usual distance between baselines: a gap of two of them means one blank line.
      const gaps = lines.slice(1).map((l, k) => lines[k][0].y - l[0].y).filter((g) => g > 0).sort((a, b) => a - b);
      const pitch = gaps[Math.floor(gaps.length / 4)] ?? bodySize * 1.2;
      const out: string[] = [];
      lines.forEach((line, k) => {
        if (k > 0) for (let blank = Math.round((lines[k - 1][0].y - line[0].y) / pitch) - 1; blank > 0 && blank < 20; blank--) out.push("");
        out.push(lineText(line, bodySize));
      });
      pages.push(out.join("\n"));
      page.cleanup();
    }
    if (!pages.some((p) => p.trim())) throw new PdfError(`${fileName}: the PDF has no text layer (a scan?); run it through OCR first; nothing was imported`);
    return `${pages.join("\n\n")}\n`;
  } finally {
    await pdf.destroy();
  }
}
