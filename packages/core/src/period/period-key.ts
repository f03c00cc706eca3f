import type { Period } from "./types.js";

/**
 * A stable string key for maps and joins: kind, start and end. Two labels for the same period
 * (`Year End 19/20`, `2019-20`, `CIN Census 19/20`) give the same key; a census tag does not change it.
 * @example
 * periodKey(financialYear(2019)) //=> "financial-year:2019-04-01/2020-03-31"
 */
export function periodKey(p: Period): string {
  return `${p.kind}:${p.start}/${p.end}`;
}
