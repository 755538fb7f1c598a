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
