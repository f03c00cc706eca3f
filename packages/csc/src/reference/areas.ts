import type { AreaKind } from "@kpikit/core";
import { areaRecords } from "../_data/areas.generated.js";
import type { CscArea } from "../_data/types.js";

const byCode = new Map<string, CscArea>(areaRecords.map((a) => [a.code, a]));
const byOns = new Map<string, CscArea>();
for (const a of areaRecords) {
  for (const code of [...a.formerOnsCodes, ...a.otherOnsCodes]) byOns.set(code, a);
}
for (const a of areaRecords) byOns.set(a.onsCode, a);

/** Options for {@link listAreas}. */
export interface ListAreasOptions {
  /** Which kinds to list; default `"la"`. */
  readonly kind?: Exclude<AreaKind, "group"> | readonly Exclude<AreaKind, "group">[] | "all";
  /** Include the 5 legacy LAs (Cumbria, Northamptonshire, pre-2019 Dorset, Poole, Bournemouth); default false. */
  readonly includeLegacy?: boolean;
}

/**
 * Lists areas in DfE code order: by default the 153 current LAs.
 * @param options `kind` (default `"la"`; `"all"` for LAs, regions and England) and `includeLegacy` (default false).
 * @example
 * listAreas().length //=> 153
 * listAreas({ includeLegacy: true }).length //=> 158
 * listAreas({ kind: "region" }).map((a) => a.code).join(",") //=> "980,981,982,983,984,985,986,987,988,989,990"
 */
export function listAreas(options: ListAreasOptions = {}): readonly CscArea[] {
  const kind = options.kind ?? "la";
  const kinds: readonly string[] =
    kind === "all" ? ["la", "region", "england"] : typeof kind === "string" ? [kind] : kind;
  return areaRecords
    .filter((a) => kinds.includes(a.kind) && (a.current || options.includeLegacy === true))
    .slice()
    .sort((a, b) => Number(a.code) - Number(b.code));
}

/**
 * The area with a DfE code (`865`, `970`, `990`) or an ONS code, current or former (`E06000054`, `E10000002`);
 * `undefined` when there is none. Names are looked up with {@link findArea}.
 * @example
 * getArea("865")?.name //=> "Wiltshire"
 * getArea("E10000002")?.code //=> "825"
 * getArea("999") //=> undefined
 */
export function getArea(code: string): CscArea | undefined {
  const key = code.trim();
  return byCode.get(key) ?? byOns.get(key.toUpperCase());
}

/** All area records, including legacy LAs, regions and England (internal). */
export function allAreas(): readonly CscArea[] {
  return areaRecords;
}
