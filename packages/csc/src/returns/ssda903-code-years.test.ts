import { describe, expect, it } from "vitest";
import { codesForYear, codesOfEveryYear, SSDA903_CODE_YEARS } from "./ssda903-code-years.js";
import { SSDA903_TABLES } from "./ssda903-tables.js";

describe("SSDA903 code years", () => {
  const changed = Object.entries(SSDA903_CODE_YEARS).flatMap(([table, columns]) =>
    Object.keys(columns).map((column) => [table, column] as const),
  );

  it.each(changed)("the %s reader accepts every year's %s codes and no other", (table, column) => {
    const spec = SSDA903_TABLES.find((t) => t.name === table)?.columns.find((c) => c.name === column);
    const years = SSDA903_CODE_YEARS[table]?.[column] ?? [];
    const every = new Set(years.flatMap(([, codes]) => codes));
    expect(new Set(spec?.kind as readonly string[])).toEqual(every);
    expect(codesOfEveryYear(table, column)).toHaveLength(every.size);
  });

  it("gives each year its own list: PLACE K3 from 2024-25, Z11 from 2025-26, H5 before 2024-25", () => {
    expect(codesForYear("episodes", "PLACE", 2023)).toContain("H5");
    expect(codesForYear("episodes", "PLACE", 2023)).not.toContain("K3");
    expect(codesForYear("episodes", "PLACE", 2024)).toContain("K3");
    expect(codesForYear("episodes", "PLACE", 2024)).not.toContain("Z11");
    expect(codesForYear("episodes", "PLACE", 2025)).toContain("Z11");
    expect(codesForYear("episodes", "LS", 2025)).toBeUndefined();
    expect(codesOfEveryYear("episodes", "LS")).toEqual([]);
  });
});
