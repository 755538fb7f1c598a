// Writes a test pack (a text file of our own) as a PDF with pdf-lib, the way a council's PDF
// holds it: one text run per column (runs of two or more spaces start a new column at its
// character position), Courier so that columns line up, the first line and capitalised headings
// in bold, 60 lines a page, 8pt. No PDF is committed; each test builds the one it reads.
import { PDFDocument, StandardFonts } from "pdf-lib";

const SIZE = 8;
const PITCH = 12;
const PER_PAGE = 60;

export async function packPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Courier);
  const bold = await doc.embedFont(StandardFonts.CourierBold);
  const charWidth = regular.widthOfTextAtSize("M", SIZE);
  const lines = text.replace(/\n$/, "").split("\n");
  for (let p = 0; p * PER_PAGE < lines.length; p++) {
    // Wide enough for the longest line at 8pt Courier (a line past the edge would be clipped).
    const page = doc.addPage([842, 842]);
    lines.slice(p * PER_PAGE, (p + 1) * PER_PAGE).forEach((line, k) => {
      const heading = (p === 0 && k === 0) || (/^[A-Z][A-Z ,&'-]{6,}$/.test(line.trim()));
      for (const m of line.replace(/\*\*/g, "").matchAll(/\S+(?: \S+)*/g)) {
        page.drawText(m[0], { x: 40 + m.index! * charWidth, y: 800 - k * PITCH, size: SIZE, font: heading ? bold : regular });
      }
    });
  }
  return doc.save();
}
