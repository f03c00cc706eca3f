import {
  computeReturnsMeasures,
  computeReturnsMeasuresSql,
  parseCinCensusXml,
  readSsda903,
  synthReturns,
} from "@kpikit/csc";
import { expect, it } from "vitest";
import { openDuckDb } from "./duckdb.js";

const db = await openDuckDb();
if ("unavailable" in db) console.warn(`DuckDB engine test skipped: ${db.unavailable}`);

it.skipIf("unavailable" in db)("gives the TypeScript engine's figures through DuckDB", async () => {
  if ("unavailable" in db) return;
  const files = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.05, seed: 2 });
  const years = [2022, 2023].map((year) => {
    const label = `${year}-${String(year + 1).slice(2)}`;
    const mine = files.filter((f) => f.path.startsWith(`${label}/`));
    return {
      year,
      cin: parseCinCensusXml(mine.find((f) => f.path.endsWith(".xml"))?.text ?? ""),
      ssda903: readSsda903(
        Object.fromEntries(mine.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path, f.text])),
      ),
    };
  });
  const viaSql = await computeReturnsMeasuresSql(years, { year: 2023 }, db).finally(() => db.close());
  const ts = computeReturnsMeasures(years, { year: 2023 }).observations;
  expect(viaSql.observations.map((o) => [o.indicatorId, o.numerator, o.denominator, o.status])).toEqual(
    ts.map((o) => [o.indicatorId, o.numerator, o.denominator, o.status]),
  );
  expect(viaSql.observations.length).toBeGreaterThan(15);
});
