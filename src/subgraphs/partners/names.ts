// Name matching: the papers write the same body many ways ("Health and Well-being Board",
// "Coventry & Warwickshire", "CRCCG"), so look-ups compare a normalised form.
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A name normalised further for comparing names and titles: "Well-being", "Well Being" and "Wellbeing" are one word, and a leading "the" is not part of a name. */
const looseName = (text: string) => normaliseName(text).replace(/\bwell being\b/g, "wellbeing").replace(/^the /, "");

/** Whether a name as the papers write it names this record (its name, short name or title). */
export const sameName = (asked: string, ...names: (string | null)[]) => {
  const wanted = looseName(asked);
  return names.some((n) => n !== null && looseName(n) === wanted);
};
