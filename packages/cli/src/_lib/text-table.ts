/**
 * Aligns rows into a plain-text table (numbers right-aligned) for terminal output.
 * @example
 * textTable(["code", "name"], [["865", "Wiltshire"]]) //=> "code  name\n 865  Wiltshire\n"
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every((r) => /^[-−+]?[\d,.]+%?$|^$|^\[[cxzu]\]$/.test(r[i] ?? "")) &&
      rows.some((r) => (r[i] ?? "") !== ""),
  );
  const line = (cells: readonly string[], isHeader: boolean) =>
    cells
      .map((c, i) => (numeric[i] && !isHeader ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return `${[line(header, true), ...rows.map((r) => line(r, false))].join("\n")}\n`;
}
