// Test-only: cells of every kind a workbook holds, as write-excel-file writes them, for the property tests that
// check kpikit's workbook reader against read-excel-file.
import fc from "fast-check";

export type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "boolean"; value: boolean }
  | { kind: "blank" };

export const xlsxCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({
    kind: fc.constant("text" as const),
    value: fc.stringMatching(/^[A-Za-z0-9 %./,&<>'"_-]{1,12}$/).filter((s) => s.trim() === s),
  }),
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
  }),
  fc.record({
    kind: fc.constant("percent" as const),
    value: fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
  }),
  fc.record({
    kind: fc.constant("date" as const),
    value: fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000)),
  }),
  fc.record({ kind: fc.constant("boolean" as const), value: fc.boolean() }),
  fc.constant({ kind: "blank" as const }),
);

/** The cell as write-excel-file takes it (a percentage formatted `0.0%`, a date `dd/mm/yyyy`). */
export const writtenCell = (c: Cell) =>
  c.kind === "blank"
    ? null
    : c.kind === "text"
      ? { value: c.value, type: String }
      : c.kind === "boolean"
        ? { value: c.value, type: Boolean }
        : c.kind === "date"
          ? { value: c.value, type: Date, format: "dd/mm/yyyy" }
          : { value: c.value, type: Number, ...(c.kind === "percent" ? { format: "0.0%" } : {}) };

/** A percentage-formatted number as the sheet shows it and kpikit reads it (0.231 → `23.1%`). */
export const percentShown = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;
