import type { Scorecard } from "@kpikit/core";

/** Result of {@link checkScorecard}. */
export type ScorecardCheck =
  | { readonly ok: true; readonly scorecard: Scorecard }
  | { readonly ok: false; readonly message: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A structural check of parsed JSON before rendering (the elements carry no zod; the full schema is
 * `@kpikit/core/schema`). It checks what the renderers rely on and says where the first problem is.
 *
 * @example
 * checkScorecard({ schemaVersion: 3 }) //=> { ok: false, message: "schemaVersion must be 2 or 1 (got 3)" }
 */
export function checkScorecard(json: unknown): ScorecardCheck {
  if (!isObj(json)) return { ok: false, message: "not a JSON object" };
  // Version 1 is version 2 without a plan: both render.
  if (json.schemaVersion !== 2 && json.schemaVersion !== 1)
    return {
      ok: false,
      message: `schemaVersion must be 2 or 1 (got ${JSON.stringify(json.schemaVersion) ?? "nothing"})`,
    };
  if (!isObj(json.area) || typeof json.area.name !== "string")
    return { ok: false, message: "area.name is missing" };
  if (typeof json.title !== "string") return { ok: false, message: "title is missing" };
  if (!Array.isArray(json.rows)) return { ok: false, message: "rows is not a list" };
  for (const [key, isArr] of [
    ["glossary", true],
    ["key", true],
    ["provenance", true],
    ["dataQuality", true],
  ] as const) {
    if (isArr && !Array.isArray(json[key])) return { ok: false, message: `${key} is not a list` };
  }
  if (!isObj(json.summary) || !isObj(json.summary.counts))
    return { ok: false, message: "summary.counts is missing" };
  for (let i = 0; i < json.rows.length; i++) {
    const r: unknown = json.rows[i];
    const at = `rows[${i}]`;
    if (!isObj(r)) return { ok: false, message: `${at} is not an object` };
    if (!isObj(r.indicator) || typeof r.indicator.id !== "string" || typeof r.indicator.title !== "string")
      return { ok: false, message: `${at}.indicator needs an id and a title` };
    if (!Array.isArray(r.trend)) return { ok: false, message: `${at}.trend is not a list` };
    if (!isObj(r.benchmarks)) return { ok: false, message: `${at}.benchmarks is missing` };
    if (!isObj(r.rag) || typeof r.rag.status !== "string")
      return { ok: false, message: `${at}.rag is missing` };
    for (const k of ["current", "previous"] as const) {
      const v = r[k];
      if (v !== null && v !== undefined && (!isObj(v) || !isObj(v.period)))
        return { ok: false, message: `${at}.${k} needs a period` };
    }
    for (let j = 0; j < r.trend.length; j++) {
      const p: unknown = r.trend[j];
      if (!isObj(p) || !isObj(p.period)) return { ok: false, message: `${at}.trend[${j}] needs a period` };
    }
  }
  return { ok: true, scorecard: json as unknown as Scorecard };
}
