// Displays a number the way the return sheet's number formats do, for the return drawn in the page.
// Covers the formats the layout produces: #,##0 with optional decimals and quoted prefix/suffix
// ("HKD "#,##0.0, 0.0" %"). Anything else falls back to the plain number.

export function formatNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === "General") return String(value);
  const m = /^(?:"([^"]*)")?(#,##0|0)(?:\.(0+))?(?:"([^"]*)")?$/.exec(numFmt);
  if (!m) return String(value);
  const [, prefix = "", whole, decimals = "", suffix = ""] = m;
  const fixed = Math.abs(value).toFixed(decimals.length);
  const [int, frac] = fixed.split(".");
  const grouped = whole === "#,##0" ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int!;
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${prefix}${grouped}${frac ? `.${frac}` : ""}${suffix}`;
}
