import type { AreaKind } from "@kpikit/core";

/**
 * An English local authority, region, Inner/Outer London or England, as DfE publishes them.
 * `code` is the DfE 3-digit code (the join key: ONS codes change); regions and England use LAIT's codes
 * (`970` England, `980`–`990` regions, `987` Inner London, `988` Outer London).
 */
export interface CscArea {
  /** DfE 3-digit code, e.g. `865` (Wiltshire), `970` (England), `990` (South West). */
  readonly code: string;
  /** Official name as DfE writes it, e.g. `Bristol, City of`. */
  readonly name: string;
  readonly kind: Exclude<AreaKind, "group">;
  /** Current ONS code, e.g. `E06000054`. */
  readonly onsCode: string;
  /** ONS codes the area had before a reorganisation or boundary change (e.g. Buckinghamshire `E10000002`). */
  readonly formerOnsCodes: readonly string[];
  /** Other ONS codes published files use for the same area (e.g. Barnsley's 2024 boundary-change code `E08000038`). */
  readonly otherOnsCodes: readonly string[];
  /** Other names in use: LAIT, EES, Ofsted and ONS spellings and common short forms (`Bristol`, `Hull`). */
  readonly variants: readonly string[];
  /** False for the 5 legacy LAs (pre-2019 Dorset, Poole, Bournemouth; Northamptonshire; Cumbria). */
  readonly current: boolean;
  /** For Inner and Outer London: `986` (London). */
  readonly parentCode?: string;
  /** An LA's region as a LAIT area code (`980`–`990`). */
  readonly regionCode?: string;
  readonly regionName?: string;
  /** An LA's region ONS code, e.g. `E12000009`. */
  readonly regionOnsCode?: string;
  /** London boroughs: Inner or Outer London, as DfE/LAIT classify them. */
  readonly londonSubregion?: "inner" | "outer";
  /** London boroughs: `987` (Inner London) or `988` (Outer London). */
  readonly subregionCode?: string;
  /** LAIT LA type: `ILB`, `OLB`, `MD` (metropolitan district), `UA` (unitary), `SC` (shire county). */
  readonly laType?: string;
  /** First and last year the LA appears in the CIN census data. */
  readonly firstYear?: number;
  readonly lastYear?: number;
  /** Legacy LAs: the current LAs that took over their area. */
  readonly successors?: readonly string[];
}
