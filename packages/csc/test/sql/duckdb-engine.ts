// The SQL formulation of the measures (packages/csc/sql/*.sql) run on DuckDB over the same flattened tables the
// TypeScript engine reads: the test oracle of issue 10 §5. Node only (DuckDB's native binding).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { englandAndWalesBankHolidays, englandAndWalesCalendar } from "@kpikit/core";
import type { ReturnsMeasureOptions } from "../../src/returns/measure-types.js";
import type { FlatTables } from "../../src/returns/measures/flat-tables.js";

const SQL = join(__dirname, "../../sql");
export const sqlFile = (name: string): string => readFileSync(join(SQL, name), "utf8");

/** One measure's counts as the SQL gives them. */
export interface SqlFigure {
  readonly indicatorId: string;
  readonly numerator: number;
  readonly denominator: number | null;
  readonly value: number | null;
}

type Duck = typeof import("@duckdb/node-api");

/** The DuckDB binding, or the reason it cannot load (tests then skip with that message). */
export async function loadDuckDb(): Promise<Duck | string> {
  try {
    return await import("@duckdb/node-api");
  } catch (error) {
    return `the optional DuckDB binding (@duckdb/node-api) did not load: ${String(error)}`;
  }
}

type Cell = string | number | boolean | null;

/** Runs every measure's SQL for `options.year` over `flat`. */
export async function sqlMeasures(
  duck: Duck,
  flat: FlatTables,
  options: Pick<ReturnsMeasureOptions, "year" | "reReferralLevel" | "workingDays" | "missing">,
): Promise<SqlFigure[]> {
  const instance = await duck.DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    await db.run(sqlFile("00-tables.sql"));
    const load = async (table: string, rows: readonly (readonly Cell[])[]) => {
      const appender = await db.createAppender(table);
      for (const row of rows) {
        for (const v of row) {
          if (v === null) appender.appendNull();
          else if (typeof v === "boolean") appender.appendBoolean(v);
          else if (typeof v === "number")
            Number.isInteger(v) ? appender.appendInteger(v) : appender.appendDouble(v);
          else appender.appendVarchar(v);
        }
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    };
    await load(
      "cin_children",
      flat.cinChildren.map((r, i) => [r.year, i, r.child]),
    );
    await load(
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
    await load(
      "assessments",
      flat.assessments.map((r, i) => [r.year, i, r.child, r.start, r.authorised]),
    );
    await load(
      "section47",
      flat.section47.map((r, i) => [r.year, i, r.child, r.start, r.icpc]),
    );
    await load(
      "plans",
      flat.plans.map((r, i) => [r.year, i, r.child, r.start, r.end, r.endInvalid, r.previous]),
    );
    await load(
      "header",
      flat.header.map((r, i) => [r.year, i, r.child, r.dob]),
    );
    await load(
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
        r.distance === null ? null : r.distance + 0.0,
        r.location,
      ]),
    );
    await load(
      "missing",
      flat.missing.map((r, i) => [r.year, i, r.child, r.missing, r.start, r.end, r.endInvalid]),
    );
    await load(
      "adoptions",
      flat.adoptions.map((r, i) => [r.year, i, r.child, r.matched]),
    );
    // The calendar from the bank holiday list alone; weekends are decided by DuckDB.
    const { start, end } = englandAndWalesCalendar.range;
    const holidays = englandAndWalesBankHolidays.map((h) => `DATE '${h.date}'`).join(", ");
    await db.run(`INSERT INTO calendar SELECT CAST(d AS DATE), isodow(d) < 6 AND CAST(d AS DATE) NOT IN (${holidays})
      FROM range(DATE '${start}', DATE '${end}' + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)`);
    await db.run(
      `INSERT INTO params VALUES (${options.year}, '${options.reReferralLevel ?? "referral"}', ${options.workingDays === "inclusive"}, '${options.missing ?? "missing"}')`,
    );
    await db.run(sqlFile("01-stitch.sql"));
    const out: SqlFigure[] = [];
    for (const file of ["cin-measures.sql", "cla-measures.sql"]) {
      const reader = await db.runAndReadAll(sqlFile(file));
      for (const row of reader.getRowObjectsJS()) {
        const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
        out.push({
          indicatorId: String(row.indicator_id),
          numerator: num(row.numerator) ?? 0,
          denominator: num(row.denominator),
          value: num(row.value),
        });
      }
    }
    return out;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
