import { academicYear, calendarYear, financialYear, multiYear, type Period, snapshot } from "@kpikit/core";

/**
 * The period of a LAIT year label under the measure's year type. LAIT labels a year by the year it ends in:
 * `Financial Year` 2025 = 2024/25; `Annual` 2025 = the 31 March 2025 snapshot; `Annual (end of Sept)` 2025 =
 * the 30 September 2025 workforce census; `Academic Year` 2025 = 2024/25 (Sep–Aug); `Calendar Year` 2025 =
 * 2025. A pooled label such as `2016-19` or `2016-2019` is a multi-year period. `undefined` when the label
 * cannot be read.
 * @example
 * laitPeriod("Financial Year", "2025")?.label //=> "2024/25"
 * laitPeriod("Annual", "2025")?.label //=> "31 Mar 2025"
 * laitPeriod("Annual (end of Sept)", "2024")?.label //=> "30 Sep 2024"
 * laitPeriod("Financial Year", "2016-19")?.kind //=> "multi-year"
 */
export function laitPeriod(yearType: string, yearLabel: string): Period | undefined {
  const label = yearLabel.trim();
  const type = yearType.trim().toLowerCase();
  const pooled = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(label);
  if (pooled) {
    const start = Number(pooled[1]);
    const endText = pooled[2] ?? "";
    const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
    const years = end - start;
    if (years < 1 || years > 10) return undefined;
    // "2024-25" in a financial-year measure is one year (2024/25); "2016-19" pools three.
    if (years === 1 && !type.startsWith("annual"))
      return type.startsWith("academic") ? academicYear(start) : financialYear(start);
    return multiYear(
      start,
      years,
      type.startsWith("academic") ? "academic" : type.startsWith("calendar") ? "calendar" : "financial",
    );
  }
  if (!/^\d{4}$/.test(label)) return undefined;
  const year = Number(label);
  if (type === "annual (end of sept)" || type.includes("sept")) return snapshot(`${year}-09-30`);
  if (type.startsWith("annual")) return snapshot(`${year}-03-31`);
  if (type.startsWith("academic")) return academicYear(year - 1);
  if (type.startsWith("calendar")) return calendarYear(year);
  if (type.startsWith("financial")) return financialYear(year - 1);
  return undefined;
}
