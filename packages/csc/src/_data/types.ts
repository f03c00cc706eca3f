// The record types of the generated data modules beside this file (written by scripts/derive-data.mjs and
// scripts/derive-catalogue.mjs). Hand-written: the generated modules and the code that reads them both import
// from here, so neither imports the other's module for a type.
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

/** One ILACS inspection as stored in the generated reference data (internal). */
export interface OfstedRecord {
  readonly overallEffectiveness: string;
  readonly inspectionDate: string;
  readonly publicationDate: string;
  readonly inspectionType: string;
  readonly leadership: string;
  readonly helpAndProtection: string;
  readonly childrenInCare: string;
  readonly careLeavers?: string;
}

/** DfE statistical neighbours by model: LA code -> `"neighbour:closeness,..."` in rank order 1–10. */
export type NeighbourLists = { readonly [model in "2025" | "2021"]: Readonly<Record<string, string>> };

/** One LAIT measure as stored in the generated bundle. */
export interface LaitMeasureRecord {
  /** LAIT `measure_short`. */
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  /** LAIT polarity: `High` (higher is better), `Low`, or `-` (no judgement). */
  readonly polarity: "High" | "Low" | "-";
  /** LAIT year type: `Financial Year`, `Annual`, `Annual (end of Sept)`, `Academic Year`. */
  readonly yearType: string;
  /** LAIT says quartile banding is not meaningful. */
  readonly noQuartile: boolean;
  readonly dps?: number;
  readonly chartTitle: string;
  readonly yAxis: string;
  readonly sourceTable: string;
  /** Year labels, comma-separated, ascending. */
  readonly years: string;
  /** Raw values: `|` between years, `,` between areas (in `laitAreaCodes` order); `""` = no row. */
  readonly values: string;
}

/**
 * A count from the CSWW workforce census that LAIT has only as a rate, stored as a LAIT measure is (its `id`
 * is kpikit's, e.g. `CSWW_agency_fte`, not a LAIT id), with the catalogue indicator it gives figures for.
 */
export interface WorkforceMeasureRecord extends LaitMeasureRecord {
  /** The catalogue indicator, e.g. `agency-sw-count`. */
  readonly indicatorId: string;
  /** What each observation's source names before its year, e.g. `DfE CSWW`. */
  readonly source: string;
}
