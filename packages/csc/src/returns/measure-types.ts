import type { Issue, Observation } from "@kpikit/core";
import type { CinChild } from "./cin-types.js";
import type { CinMeasureRows } from "./measures/flat-tables.js";
import type { Ssda903Tables } from "./read-ssda903.js";

/** Records left out of a measure, counted by reason (never listed: the records are child-level). */
export interface MeasureExclusion {
  readonly indicatorId: string;
  readonly reason: string;
  readonly count: number;
}

/**
 * Measures computed from a return: one observation per indicator, each a percentage (0–100, unrounded) with its
 * numerator and denominator, and the exclusions. Only counts: nothing in it identifies a child. Small counts
 * are not suppressed here; apply `applyDisclosureControl` from @kpikit/core before publishing.
 */
export interface MeasureResult {
  readonly observations: readonly Observation[];
  readonly exclusions: readonly MeasureExclusion[];
}

/** Common options for the measure functions. */
export interface MeasureOptions {
  /** Area code put on the observations (the DfE 3-digit LA code). Default `"local"`. */
  readonly area?: string;
}

/**
 * One collection year's parsed returns, as the returns pipeline gives them to {@link computeReturnsMeasures}.
 * `year` is the start year of the collection year: `2023` is 2023-24, 1 April 2023 to 31 March 2024 (the CIN
 * census of that year has `<Year>2024</Year>`; its SSDA903 files are the `2023-` ones).
 *
 * Pass each part with the issues its reader gave: the measures read them to tell a blank end date (still open)
 * from an unreadable one (an error for that record, never "still open"), because the readers give `null` for both.
 */
export interface ReturnYear {
  readonly year: number;
  /** The CIN census of the year (`parseCinCensusXml`'s children and issues). */
  readonly cin?: ReturnYearCin;
  /** The SSDA903 tables of the year (`readSsda903`'s tables and issues). */
  readonly ssda903?: ReturnYearSsda903;
  /** Annex A (the Ofsted list) of the year, when the pipeline reads it: only what the measures use. */
  readonly annexA?: ReturnYearAnnexA;
}

/** The CIN census part of a {@link ReturnYear}. */
export interface ReturnYearCin {
  readonly children: readonly CinChild[];
  readonly issues?: readonly Issue[];
  /**
   * The children's records as the measures read them, kept in place of `children` by a reader told to keep only
   * those (`keep: "measure-rows"`, for a census too large to hold whole): the measures read these when given.
   */
  readonly measureRows?: CinMeasureRows;
}

/** The SSDA903 part of a {@link ReturnYear}. */
export interface ReturnYearSsda903 {
  readonly tables: Ssda903Tables;
  readonly issues?: readonly Issue[];
}

/**
 * What the measures need from Annex A: List 8 (children looked after), one row per child with the count of
 * missing episodes in the 12 months before the list and whether a return interview was offered and accepted
 * after the last one (Annex A records no more about each episode). Child-level: keep in memory, never output.
 */
export interface ReturnYearAnnexA {
  readonly children: readonly AnnexAChild[];
}

/** One child of Annex A's List 8. `null` when blank or unreadable; `invalid` says which. */
export interface AnnexAChild {
  readonly child: string;
  /** Missing episodes from the placement in the last 12 months. */
  readonly missingEpisodes: number | null;
  /** Return interview offered after the last missing episode. */
  readonly interviewOffered: boolean | null;
  /** Return interview accepted after the last missing episode. */
  readonly interviewAccepted: boolean | null;
  /** Fields whose value was present but unreadable. */
  readonly invalid?: readonly ("missingEpisodes" | "interviewOffered" | "interviewAccepted")[];
}

/** Options for {@link computeReturnsMeasures}. */
export interface ReturnsMeasureOptions extends MeasureOptions {
  /** The collection year to compute, as its start year: `2023` is 2023-24. */
  readonly year: number;
  /**
   * `re-referrals-12m`: `"referral"` (default, as DfE's tables: each referral in the year is a case) or `"child"`
   * (children referred in the year; a child counts in the numerator when any of their referrals is a re-referral).
   */
  readonly reReferralLevel?: "referral" | "child";
  /**
   * Working days for `assessments-45wd`, `icpc-15wd` and the median: `"after-start"` (default, as DfE: the working
   * days after the start up to the end, so the same day is 0) or `"inclusive"` (both ends counted).
   */
  readonly workingDays?: "after-start" | "inclusive";
  /** `cla-missing`: which incidents count: `"missing"` (default, as DfE), `"away"`, or `"missing-or-away"`. */
  readonly missing?: "missing" | "away" | "missing-or-away";
  /**
   * Temporary placements (PLACE T0–T4: a hospital stay, a holiday, a carer's holiday, 7 days or less) in
   * `cla-3-placements` and `cla-long-term-stability`. `"count"` (default) follows the definition of the placement
   * run: an episode begun with RNE S, P or B starts a placement, so a temporary placement (begun with P or B) and
   * the return from it (begun with P) are two more placements and the return restarts the stability clock.
   * `"continue"` keeps a placement across temporary moves: a temporary placement is not a placement (a child in
   * one at 31 March is in the placement before it), and the episode straight after a run of temporary ones (each
   * starting on the day the one before ended) that returns to the placement before them (same PLACE, and the same
   * PL_POST where both have one) continues that placement; a return to a different placement starts a new one.
   */
  readonly temporaryPlacements?: "count" | "continue";
  /** Children aged 0–17 in the area (ONS mid-year estimate) for the rates per 10,000; no rates without it. */
  readonly population?: number;
  /**
   * For `cla-distance-20m` when an episode has no `PL_DISTANCE` and `PL_LOCATION`: postcode (without spaces, in
   * capitals) → grid reference in metres and local authority district (ONS directory `oseast1m`, `osnrth1m`,
   * `oslaua`). The straight line between home and placement in miles, to 1 dp; outside the LA when the two
   * districts differ. `readPostcodeLookup` reads the ONS directory's CSV into this map.
   */
  readonly postcodes?: ReadonlyMap<
    string,
    { readonly easting: number; readonly northing: number; readonly la?: string }
  >;
}
