import type { Observation } from "@kpikit/core";
import type { MeasureExclusion, MeasureResult, ReturnsMeasureOptions } from "../measure-types.js";
import { computeReturnsMeasures } from "../measures/compute-returns-measures.js";
import { computeReturnsMeasuresSql, type SqlConnection } from "../measures/sql-engine.js";
import type { ReadReturnsResult, ReturnsYear } from "./read-returns.js";

/** Options for {@link measureReturns}: the measure options, and which years to compute. */
export interface MeasureReturnsOptions extends Omit<ReturnsMeasureOptions, "year"> {
  /**
   * The years to compute (start years), each from its own returns with the years before it as history. Default:
   * the latest CIN census year and the latest SSDA903 year (which may differ), each from its own return.
   */
  readonly years?: readonly number[];
  /** With the default years: compute the SSDA903 measures of this year instead of the latest. */
  readonly ssda903Year?: number;
}

/** One computation {@link measureReturns} made. */
export interface ReturnsComputation {
  readonly year: number;
  readonly parts: "all" | "cin" | "ssda903";
}

/** What {@link measureReturns} computed: observations, exclusions with their period, and the years. */
export interface MeasureReturnsResult {
  readonly observations: readonly Observation[];
  /** Records left out, by measure, year (`2023/24`, as the figures' periods) and reason. */
  readonly exclusions: readonly (MeasureExclusion & { readonly period: string })[];
  readonly computed: readonly ReturnsComputation[];
}

/** The computations for the years asked for (none when the years hold no return). */
export function returnsComputations(
  read: Pick<ReadReturnsResult, "years">,
  options: Pick<MeasureReturnsOptions, "years" | "ssda903Year"> = {},
): readonly ReturnsComputation[] {
  const have = read.years.filter(
    (y) => y.cin !== undefined || y.ssda903 !== undefined || y.annexA !== undefined,
  );
  if (options.years !== undefined)
    return have
      .filter((y) => options.years?.includes(y.year))
      .map((y) => ({ year: y.year, parts: "all" as const }));
  const cin = have.filter((y) => y.cin !== undefined).at(-1)?.year;
  const latest903 = have.filter((y) => y.ssda903 !== undefined).at(-1)?.year;
  const ssda = have.some((y) => y.year === options.ssda903Year && y.ssda903)
    ? options.ssda903Year
    : latest903;
  if (cin === undefined && ssda === undefined) {
    const annexA = have.at(-1)?.year;
    return annexA === undefined ? [] : [{ year: annexA, parts: "all" }];
  }
  if (ssda === undefined || cin === ssda) return [{ year: cin as number, parts: "all" }];
  if (cin === undefined) return [{ year: ssda, parts: "all" }];
  return [
    { year: cin, parts: "cin" },
    { year: ssda, parts: "ssda903" },
  ];
}

/**
 * Computes the measures of parsed returns for the years asked for, with `computeReturnsMeasures`: by default the
 * latest CIN census year and the latest SSDA903 year, each from its own return (a council's 903 can run a year
 * behind its census); with `years`, every one of them, each with the years before it as history. The CLI and
 * the dashboard both call it, so they give the same figures from the same files.
 * @example
 * measureReturns({ years: [] }).computed //=> []
 */
export function measureReturns(
  read: Pick<ReadReturnsResult, "years">,
  options: MeasureReturnsOptions = {},
): MeasureReturnsResult {
  const { years: _years, ssda903Year: _ssda, ...measureOptions } = options;
  const computed = returnsComputations(read, options);
  const results = computed.map((t) =>
    computeReturnsMeasures(yearsFor(read, t), { ...measureOptions, year: t.year }),
  );
  return gathered(computed, results);
}

/**
 * {@link measureReturns} with the SQL formulation (`computeReturnsMeasuresSql`) on a database the caller opens:
 * `kpikit compute --engine duckdb` passes DuckDB. The same years and figures; the records left out are not
 * itemised by the SQL engine.
 * @example
 * const db = { run: async () => {}, append: async () => {}, rows: async () => [] }; // DuckDB in the CLI
 * measureReturnsSql({ years: [] }, {}, db) instanceof Promise //=> true
 */
export async function measureReturnsSql(
  read: Pick<ReadReturnsResult, "years">,
  options: MeasureReturnsOptions,
  db: SqlConnection,
): Promise<MeasureReturnsResult> {
  const { years: _years, ssda903Year: _ssda, ...measureOptions } = options;
  const computed = returnsComputations(read, options);
  const results: MeasureResult[] = [];
  // One computation at a time: each loads its own tables into the one database.
  for (const t of computed)
    results.push(await computeReturnsMeasuresSql(yearsFor(read, t), { ...measureOptions, year: t.year }, db));
  return gathered(computed, results);
}

/** The years one computation reads: its own year with only the parts it computes, the years before as history. */
function yearsFor(read: Pick<ReadReturnsResult, "years">, t: ReturnsComputation): ReturnsYear[] {
  return read.years.map((y) => {
    if (y.year !== t.year || t.parts === "all") return y;
    const { cin, ssda903, ...rest } = y;
    return t.parts === "cin"
      ? { ...rest, ...(cin ? { cin } : {}) }
      : { ...rest, ...(ssda903 ? { ssda903 } : {}) };
  });
}

/** The computations' results in one list, each exclusion with its year as the figures' periods write it. */
function gathered(
  computed: readonly ReturnsComputation[],
  results: readonly MeasureResult[],
): MeasureReturnsResult {
  const observations: Observation[] = [];
  const exclusions: (MeasureExclusion & { readonly period: string })[] = [];
  computed.forEach((t, i) => {
    const m = results[i] as MeasureResult;
    for (const o of m.observations) observations.push(o);
    const period = `${t.year}/${String((t.year + 1) % 100).padStart(2, "0")}`;
    for (const e of m.exclusions) exclusions.push({ ...e, period });
  });
  return { observations, exclusions, computed };
}
