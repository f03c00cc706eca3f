import type { Issue } from "@kpikit/core";
import { readCsvRecords } from "../../text/csv-records.js";

/** A postcode's grid reference (metres) and local authority district, as `cla-distance-20m` uses them. */
export interface PostcodeLocation {
  readonly easting: number;
  readonly northing: number;
  readonly la?: string;
}

/** What {@link readPostcodeLookup} read: postcode (no spaces, capitals) → location, and the rows it could not use. */
export interface PostcodeLookup {
  readonly postcodes: ReadonlyMap<string, PostcodeLocation>;
  readonly issues: readonly Issue[];
}

const POSTCODE = ["PCDS", "PCD", "PCD2", "PCD7", "PCD8", "POSTCODE"];
const EAST = ["OSEAST1M", "EASTING", "EASTINGS"];
const NORTH = ["OSNRTH1M", "NORTHING", "NORTHINGS"];
const DISTRICT = /^(OSLAUA|LAUA|LAD\d{2}CD)$/;

/**
 * Reads a postcode lookup for `cla-distance-20m`: the ONS Postcode Directory (or the National Statistics
 * Postcode Lookup) as CSV, or any CSV with a postcode, easting and northing column (metres, British National
 * Grid) and optionally the local authority district (`oslaua`, `laua` or `lad23cd`). Postcodes are keyed without
 * spaces in capitals. Rows without a grid reference (ONS leaves them blank for some postcodes) are skipped and
 * counted in one issue; a file without the columns is one error. Never throws; the postcodes are not personal
 * data, but the lookup is only ever used in memory.
 * @example
 * const { postcodes } = readPostcodeLookup("pcds,oseast1m,osnrth1m,oslaua\nSN15 1ER,392000,173000,E06000054\n");
 * postcodes.get("SN151ER") //=> { easting: 392000, northing: 173000, la: "E06000054" }
 * readPostcodeLookup("a,b\n1,2\n").issues[0]?.code //=> "postcode-lookup-columns"
 */
export function readPostcodeLookup(text: string, file = "postcode lookup"): PostcodeLookup {
  const { records } = readCsvRecords(typeof text === "string" ? text : "");
  const head = (records[0]?.cells ?? []).map((c) =>
    c
      .replace(/^\uFEFF/, "")
      .trim()
      .toUpperCase(),
  );
  const find = (names: readonly string[]) => head.findIndex((h) => names.includes(h));
  const pc = find(POSTCODE);
  const east = find(EAST);
  const north = find(NORTH);
  const district = head.findIndex((h) => DISTRICT.test(h));
  const postcodes = new Map<string, PostcodeLocation>();
  if (pc < 0 || east < 0 || north < 0)
    return {
      postcodes,
      issues: [
        {
          code: "postcode-lookup-columns",
          severity: "error",
          file,
          row: 1,
          message: `${file} has no postcode, easting and northing columns (the ONS directory's pcds, oseast1m and osnrth1m).`,
        },
      ],
    };
  let skipped = 0;
  for (const { cells } of records.slice(1)) {
    const code = (cells[pc] ?? "").replace(/\s+/g, "").toUpperCase();
    const e = Number((cells[east] ?? "").trim());
    const n = Number((cells[north] ?? "").trim());
    if (code === "" || (cells[east] ?? "").trim() === "" || !Number.isFinite(e) || !Number.isFinite(n)) {
      skipped++;
      continue;
    }
    const la = district < 0 ? "" : (cells[district] ?? "").trim();
    postcodes.set(code, { easting: e, northing: n, ...(la === "" ? {} : { la }) });
  }
  const issues: Issue[] =
    skipped === 0
      ? []
      : [
          {
            code: "postcode-lookup-no-grid",
            severity: "warning",
            file,
            message: `${skipped} row${skipped === 1 ? "" : "s"} of ${file} without a postcode or grid reference ${skipped === 1 ? "was" : "were"} skipped.`,
          },
        ];
  return { postcodes, issues };
}
