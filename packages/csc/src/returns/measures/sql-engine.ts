import {
  englandAndWalesBankHolidays,
  englandAndWalesCalendar,
  financialYear,
  kpikitError,
  type Observation,
} from "@kpikit/core";
import type { MeasureResult, ReturnsMeasureOptions, ReturnYear } from "../measure-types.js";
import { RETURNS_CIN_MEASURE_IDS, RETURNS_SSDA903_MEASURE_IDS } from "./compute-returns-measures.js";
import { type FlatTables, flattenReturns } from "./flat-tables.js";
import { lookBackNotes } from "./look-back.js";
import { MEASURES_SQL } from "./measures-sql.generated.js";

/** A value the SQL engine loads into a table. */
export type SqlCell = string | number | boolean | null;

/**
 * What {@link computeReturnsMeasuresSql} needs of a SQL database (DuckDB): run a script, append rows to a
 * table, read a query's rows. The CLI gives one over `@duckdb/node-api`; nothing here loads a database.
 */
export interface SqlConnection {
  run(sql: string): Promise<void>;
  append(table: string, rows: readonly (readonly SqlCell[])[]): Promise<void>;
  rows(sql: string): Promise<readonly Readonly<Record<string, unknown>>[]>;
}

/**
 * The measures' SQL files (`packages/csc/sql/*.sql`, embedded) by name, in the order they run.
 * @example
 * RETURNS_SQL_FILES //=> ["00-tables.sql", "01-stitch.sql", "cin-measures.sql", "cla-measures.sql"]
 */
export const RETURNS_SQL_FILES: readonly string[] = Object.keys(MEASURES_SQL).sort();

/** One measure's counts as the SQL gives them. */
export interface SqlMeasureRow {
  readonly indicatorId: string;
  readonly numerator: number;
  readonly denominator: number | null;
  readonly value: number | null;
}

const number = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Loads `flat` into the tables of `00-tables.sql`, runs the stitching and the measures, and returns their rows. */
export async function runMeasuresSql(
  db: SqlConnection,
  flat: FlatTables,
  options: ReturnsMeasureOptions,
): Promise<SqlMeasureRow[]> {
  const sql = (name: string) => MEASURES_SQL[name] ?? "";
  await db.run(sql("00-tables.sql"));
  await db.append(
    "cin_children",
    flat.cinChildren.map((r, i) => [r.year, i, r.child]),
  );
  await db.append(
    "referrals",
    flat.referrals.map((r, i) => [
      r.year,
      i,
      r.child,
      r.referral,
      r.closure,
      r.closureInvalid,
      r.nfa,
      r.icpc,
    ]),
  );
  await db.append(
    "assessments",
    flat.assessments.map((r, i) => [r.year, i, r.child, r.start, r.authorised]),
  );
  await db.append(
    "section47",
    flat.section47.map((r, i) => [r.year, i, r.child, r.start, r.icpc]),
  );
  await db.append(
    "plans",
    flat.plans.map((r, i) => [r.year, i, r.child, r.start, r.end, r.endInvalid, r.previous]),
  );
  await db.append(
    "header",
    flat.header.map((r, i) => [r.year, i, r.child, r.dob]),
  );
  await db.append(
    "episodes",
    flat.episodes.map((r, i) => [
      r.year,
      i,
      r.child,
      r.decom,
      r.dec,
      r.decInvalid,
      r.rne,
      r.ls,
      r.place,
      r.rec,
      r.distance,
      r.location,
      r.homePost,
      r.plPost,
    ]),
  );
  await db.append(
    "postcodes",
    [...(options.postcodes ?? new Map())].map(([pc, at]) => [pc, at.easting, at.northing, at.la ?? null]),
  );
  await db.append(
    "missing",
    flat.missing.map((r, i) => [r.year, i, r.child, r.missing, r.start, r.end, r.endInvalid]),
  );
  await db.append(
    "adoptions",
    flat.adoptions.map((r, i) => [r.year, i, r.child, r.matched]),
  );
  // The calendar from the bank holiday list; weekends are the database's (ISO day of week 6 and 7).
  const { start, end } = englandAndWalesCalendar.range;
  const holidays = englandAndWalesBankHolidays.map((h) => `DATE '${h.date}'`).join(", ");
  await db.run(`INSERT INTO calendar SELECT CAST(d AS DATE), isodow(d) < 6 AND CAST(d AS DATE) NOT IN (${holidays})
    FROM range(DATE '${start}', DATE '${end}' + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)`);
  const level = options.reReferralLevel === "child" ? "child" : "referral";
  const kinds =
    options.missing === "away" || options.missing === "missing-or-away" ? options.missing : "missing";
  const temporary = options.temporaryPlacements === "continue" ? "continue" : "count";
  await db.run(
    `INSERT INTO params VALUES (${Math.trunc(options.year)}, '${level}', ${options.workingDays === "inclusive"}, '${kinds}', '${temporary}')`,
  );
  await db.run(sql("01-stitch.sql"));
  const out: SqlMeasureRow[] = [];
  for (const file of ["cin-measures.sql", "cla-measures.sql"]) {
    for (const row of await db.rows(sql(file))) {
      out.push({
        indicatorId: String(row.indicator_id),
        numerator: number(row.numerator) ?? 0,
        denominator: number(row.denominator),
        value: number(row.value),
      });
    }
  }
  return out;
}

const COUNTS = new Set(["referrals-count", "cin-count", "cpp-count", "cla-count"]);
const RATES: Readonly<Record<string, string>> = {
  "referrals-rate": "referrals-count",
  "cin-rate": "cin-rate",
  "cpp-rate": "cpp-count",
  "cla-rate": "cla-count",
};

/**
 * The same measures as {@link computeReturnsMeasures}, computed by the SQL formulation (`packages/csc/sql`) on
 * a database the caller opens: `kpikit compute --engine duckdb` passes DuckDB. Numerators, denominators and
 * values are the TypeScript engine's (a test checks it); look-back notes are the same; the records left out
 * are not itemised (`exclusions` is empty: use the TypeScript engine for them). Annex A is not in the SQL.
 * @example
 * const db = await openDuckDb(); // the CLI's SqlConnection over DuckDB (packages/cli/src/engine/duckdb.ts)
 * const { observations } = await computeReturnsMeasuresSql(years, { year: 2023, area: "865" }, db);
 */
export async function computeReturnsMeasuresSql(
  years: readonly ReturnYear[],
  options: ReturnsMeasureOptions,
  db: SqlConnection,
): Promise<MeasureResult> {
  const year = options.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw kpikitError(
      "invalid-year",
      `year must be the collection year's start year (e.g. 2023 for 2023-24); got ${String(year)}.`,
    );
  const flat = flattenReturns(years.filter((y) => y.year <= year));
  const rows = new Map((await runMeasuresSql(db, flat, options)).map((r) => [r.indicatorId, r]));
  const period = financialYear(year);
  const area = options.area ?? "local";
  const label = `${year}-${String(year + 1).slice(2)}`;
  const notes = lookBackNotes(year, flat.cinYears, flat.ssda903Years);
  const current = years.find((y) => y.year === year);
  const observations: Observation[] = [];
  const add = (ids: readonly string[], source: string) => {
    for (const id of ids) {
      const base = { indicatorId: id, area, period, source };
      if (id in RATES) {
        const n = rows.get(RATES[id] ?? "")?.numerator ?? 0;
        const population = options.population;
        if (population !== undefined && population > 0)
          observations.push({
            ...base,
            value: (10_000 * n) / population,
            numerator: n,
            denominator: population,
            status: "ok",
          });
        continue;
      }
      const r = rows.get(id);
      if (!r) continue;
      const note = notes.get(id);
      const status = note === undefined ? ("ok" as const) : ("low-reliability" as const);
      const extra = note === undefined ? {} : { note };
      if (COUNTS.has(id)) {
        observations.push({ ...base, value: r.numerator, numerator: r.numerator, status, ...extra });
        continue;
      }
      const d = r.denominator ?? 0;
      const unknown = id === "cla-distance-20m" ? (r.value ?? 0) : 0;
      if (id === "cla-distance-20m" && d > 0 && unknown === d) {
        observations.push({
          ...base,
          value: null,
          numerator: r.numerator,
          denominator: d,
          status: "not-available",
          note: "No child's distance from home is known (no PL_DISTANCE and PL_LOCATION, and no postcode lookup for both postcodes).",
        });
        continue;
      }
      if (d === 0) {
        const empty = "No records in the denominator for this period.";
        observations.push({
          ...base,
          value: null,
          numerator: r.numerator,
          denominator: 0,
          status: "not-available",
          note: note === undefined ? empty : `${empty} ${note}`,
        });
        continue;
      }
      if (unknown > 0) {
        const text = `${unknown} ${unknown === 1 ? "child's" : "children's"} distance or location unknown (no PL_DISTANCE and no postcode lookup for both postcodes); kept in the denominator.`;
        observations.push({
          ...base,
          value: (100 * r.numerator) / d,
          numerator: r.numerator,
          denominator: d,
          status,
          note: text,
        });
        continue;
      }
      const mean = id === "assessments-median-wd" || id.startsWith("adoption-");
      const value = mean ? (r.value ?? 0) : (100 * r.numerator) / d;
      observations.push({ ...base, value, numerator: r.numerator, denominator: d, status, ...extra });
    }
  };
  if (current?.cin) add(RETURNS_CIN_MEASURE_IDS, `CIN census ${label}`);
  if (current?.ssda903) add(RETURNS_SSDA903_MEASURE_IDS, `SSDA903 ${label}`);
  return { observations, exclusions: [] };
}
