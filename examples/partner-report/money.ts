// Money arrives as an exact string ("63897000.00"); it is formatted by inserting separators into
// the digits, never through a float, so the report shows exactly what the hub summed.

/** "63897000.00" -> "£63,897,000.00"; "-1999.00" -> "-£1,999.00". */
export function formatPounds(amount: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!match) throw new RangeError(`Not an amount of money: ${JSON.stringify(amount)}`);
  const [, sign, whole, fraction = ""] = match;
  return `${sign}£${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${fraction}`;
}
