// Words that name Object's own properties (constructor, __proto__, toString…) read as ordinary text by every
// lookup keyed by input: an unknown name, never a crash and never a property of Object mistaken for a table entry.
import { describe, expect, it } from "vitest";
import { localTableFromBytes } from "../local/local-table-text.js";
import { readLocalFigures } from "../local/read-local-figures.js";
import { longColumnOf } from "../local/read-long-figures.js";
import { parseLaitExport } from "../published/parse-lait-export.js";
import { normalizeName } from "../reference/normalize-name.js";
import { findIndicator } from "./index.js";
import { normaliseName } from "./text-match.js";

const NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"] as const;

describe("lookups keyed by input text", () => {
  it.each(NAMES)("normaliseName keeps %s as a word", (name) => {
    expect(normaliseName(`Number of ${name} reviews`)).toBe(
      `number of ${name.toLowerCase().replace(/_/g, "")} review`,
    );
  });

  it.each(NAMES)("findIndicator reports %s as not found, with a message", (name) => {
    const r = findIndicator(`${name} placements`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/placements/);
  });

  it.each(NAMES)("longColumnOf gives no column for a %s header", (name) => {
    expect(longColumnOf(name)).toBeUndefined();
  });

  it.each(NAMES)("normalizeName keeps an area called %s", (name) => {
    expect(normalizeName(name)).toBe(name.toLowerCase().replace(/_/g, " ").trim());
  });

  it.each(NAMES)("parseLaitExport gives an unknown measure %s at its row", (name) => {
    const r = parseLaitExport(
      `measure_short,year_label,la_number,area_name,value_raw\n${name},2025,865,Wiltshire,19.9\n`,
    );
    expect(r.observations).toEqual([]);
    expect(r.rows).toEqual({ total: 1, used: 0, excluded: 1 });
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["unknown-measure", 2]]);
  });

  it.each(NAMES)("a local-figures row for indicator %s is reported, not used", (name) => {
    const t = localTableFromBytes(
      new TextEncoder().encode(`indicator,period,value\n${name},2019/20,5\n`),
      "f.csv",
    );
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const r = readLocalFigures(t.table, { findIndicator });
    expect(r.figures).toEqual([]);
    expect(r.issues.filter((i) => i.severity !== "warning").map((i) => i.row)).toEqual([2]);
  });
});
