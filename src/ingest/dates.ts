// Dates and times as the packs write them: "2.00 pm on Monday, 14th January, 2019",
// "Wednesday 20th November 2013 at 13.30", "14 January 2019", "13.30", "13:50".
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const pad = (n: number) => String(n).padStart(2, "0");

/** The first "14th January, 2019" style date in the text, as YYYY-MM-DD; null if none or not a real day. */
export function findDate(text: string): string | null {
  const m = /\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[3])];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return date.getUTCDate() === day ? iso : null;
}

/** "2.00 pm" or "2pm" -> "14:00"; "13.30" / "13:30" (24-hour) -> "13:30"; null if none. */
export function findTime(text: string): string | null {
  const twelve = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\b/i.exec(text);
  if (twelve) {
    let hour = Number(twelve[1]) % 12;
    if (twelve[3].toLowerCase() === "pm") hour += 12;
    return hour < 24 && Number(twelve[2] ?? 0) < 60 ? `${pad(hour)}:${twelve[2] ?? "00"}` : null;
  }
  const day = /\b([01]?\d|2[0-3])[.:]([0-5]\d)\b/.exec(text);
  return day ? `${pad(Number(day[1]))}:${day[2]}` : null;
}

/** "(13.30 13.35)", "(13.35 – 13:50)", "(14.20 –14.35)" -> both times; null when not a slot. */
export function parseSlot(text: string): { start: string; end: string } | null {
  const m = /^\(\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*[–—-]?\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*\)/.exec(text);
  return m ? { start: `${pad(Number(m[1]))}:${m[2]}`, end: `${pad(Number(m[3]))}:${m[4]}` } : null;
}
