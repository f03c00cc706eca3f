import { financialYear, kpikitError, type Observation } from "@kpikit/core";
import type { MeasureExclusion, MeasureResult, ReturnsMeasureOptions, ReturnYear } from "../measure-types.js";
import { annexAFigures } from "./annex-a-measures.js";
import { cinFigures } from "./cin-measures.js";
import { claFigures } from "./cla-measures.js";
import type { Figure } from "./figure.js";
import { flattenReturns } from "./flat-tables.js";
import { stitch } from "./stitch.js";

/**
 * The measures {@link computeReturnsMeasures} returns from a CIN census, in this order (catalogue ids).
 * @example
 * RETURNS_CIN_MEASURE_IDS.slice(0, 2) //=> ["re-referrals-12m", "assessments-45wd"]
 */
export const RETURNS_CIN_MEASURE_IDS = [
  "re-referrals-12m",
  "assessments-45wd",
  "icpc-15wd",
  "cpp-repeat",
  "cpp-ceased-2y",
  "cpp-open-2y",
  "referrals-count",
  "referrals-rate",
  "assessments-median-wd",
  "cin-count",
  "cin-rate",
  "cpp-count",
  "cpp-rate",
] as const;

/**
 * The measures {@link computeReturnsMeasures} returns from SSDA903 returns, in this order (catalogue ids).
 * @example
 * RETURNS_SSDA903_MEASURE_IDS.includes("adoption-a1") //=> true
 */
export const RETURNS_SSDA903_MEASURE_IDS = [
  "cla-3-placements",
  "cla-long-term-stability",
  "cla-distance-20m",
  "cla-missing",
  "cla-count",
  "cla-rate",
  "adoption-a1",
  "adoption-a2",
] as const;

/**
 * Computes the DfE measures for one collection year from the parsed returns of that year and of earlier years,
 * stitched as DfE builds its tables. Counts only; nothing child-level is returned. Conventions (the catalogue's
 * method text says the same; `docs/measures.md` says which DfE's tables use):
 *
 * - Stitching: a record in several years' files is taken once, from the latest file (an episode by child and
 *   DECOM, a missing incident by child and MIS_START, a referral by LAchildID and referral date, a plan by
 *   LAchildID and start). Earlier years are history: only children with a record in the current year's CIN
 *   census (CIN measures) or episodes (SSDA903 measures, except the 3-year adoption ones) are counted.
 * - `re-referrals-12m`: referrals in the year (NFA included); a re-referral when the child has an earlier
 *   referral dated on or after this one minus 12 calendar months (29 February minus 12 months is 28 February).
 *   Option `reReferralLevel: "child"`.
 * - `assessments-45wd`: assessments authorised in the year; timely when the working days after the start up to
 *   the authorisation are at most 45 (same day 0); `assessments-median-wd` is their median. Option
 *   `workingDays: "inclusive"`.
 * - `icpc-15wd`: initial conferences held in the year after a section 47 enquiry, timely within 15 working days of
 *   its start; transfer-in conferences recorded only on the referral are left out and counted.
 * - `cpp-repeat`: plans starting in the year with NumberOfPreviousCPP above 0 (a child can count twice).
 * - `cpp-ceased-2y`: plans ending in the year whose length (end − start + 1 day) is at least 730 days;
 *   `cpp-open-2y`: plans open at 31 March (no end, or one after it) whose length to 31 March is at least 730.
 * - `cla-3-placements`: children looked after at 31 March (an episode ending on 31 March is not open then), not
 *   under short breaks (LS V3/V4), with 3 or more placements in the year; a placement starts with RNE S, P or B
 *   (a new carer) and continues through L, T and U; V3/V4 episodes are ignored.
 * - `cla-long-term-stability`: of those, aged under 16 at 31 March and looked after continuously since 30
 *   months before, those whose placement began at least 2 years before 31 March; a child placed for adoption
 *   with new carers counts the placement before it too.
 * - `cla-distance-20m`: of those, placed outside the LA and more than 20 miles from home (PL_DISTANCE and
 *   PL_LOCATION when the rows have them, else the `postcodes` lookup, to 1 dp); an unknown distance stays in the
 *   denominator and is counted in the note; with no distance known at all the figure is not available.
 * - `cla-missing`: children looked after at any time in the year (not only under V3/V4) with a missing incident
 *   open at any time in the year. Option `missing: "away" | "missing-or-away"`.
 * - `adoption-a1`: children adopted (REC E11, E12) in the 3 years ending 31 March: mean days from the start of
 *   the period of care to the start of the final unbroken run of A3–A6 episodes (L, T, U inside do not restart
 *   it); numerator the total days. `adoption-a2`: mean days from the placement order (first LS E1 or D1 in the
 *   period of care) to the match (AD1 DATE_MATCH).
 * - `missing-rhi-completed` (from Annex A List 8, when the year has it): of children with a missing episode in
 *   the 12 months before the list, those who accepted a return interview after their last one (a child not
 *   offered one counts as not accepted); a child whose answer or count is blank or unreadable is left out and
 *   counted. Annex A records the last episode's interview only, so this counts children, not episodes.
 * - Counts at 31 March (`cin-count` open CIN episodes, `cpp-count`, `cla-count` children) and referrals in the
 *   year; rates per 10,000 (`*-rate`) only when `population` is given.
 *
 * An unreadable end date (DEC, CPPendDate, MIS_END, CINclosureDate) is an error for that record, never "still
 * open": the record (or the child, for episodes) is left out with the reason. A measure whose look-back the
 * files do not cover has status `low-reliability` and a note saying which year is missing. Throws a kpikitError
 * `invalid-year` for a year that is not a whole number between 2000 and 2100.
 * @example
 * const cin = parseCinCensusXml(`<Message><Children><Child>
 *   <ChildIdentifiers><LAchildID>1</LAchildID><Sex>F</Sex></ChildIdentifiers>
 *   <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
 *   <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
 *     <ReferralNFA>0</ReferralNFA></CINdetails>
 * </Child></Children></Message>`);
 * const prior = parseCinCensusXml(`<Message><Children><Child>
 *   <ChildIdentifiers><LAchildID>1</LAchildID><Sex>F</Sex></ChildIdentifiers>
 *   <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
 *   <CINdetails><CINreferralDate>2022-07-01</CINreferralDate><ReferralSource>1A</ReferralSource>
 *     <CINclosureDate>2022-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>
 *     <ReferralNFA>0</ReferralNFA></CINdetails>
 * </Child></Children></Message>`);
 * const m = computeReturnsMeasures([{ year: 2023, cin }, { year: 2022, cin: prior }], { year: 2023 });
 * const rr = m.observations.find((o) => o.indicatorId === "re-referrals-12m");
 * [rr?.numerator, rr?.denominator, rr?.status, rr?.period.label] //=> [1, 1, "ok", "2023/24"]
 */
export function computeReturnsMeasures(
  years: readonly ReturnYear[],
  options: ReturnsMeasureOptions,
): MeasureResult {
  const year = options.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw kpikitError(
      "invalid-year",
      `year must be the collection year's start year (e.g. 2023 for 2023-24); got ${String(year)}.`,
    );
  }
  const area = options.area ?? "local";
  const period = financialYear(year);
  const label = `${year}-${String(year + 1).slice(2)}`;
  const flat = flattenReturns(years.filter((y) => y.year <= year));
  const stitched = stitch(flat, year);
  const current = years.find((y) => y.year === year);
  const observations: Observation[] = [];
  const exclusions: MeasureExclusion[] = [];
  // Rates per 10,000 only with a population: without one there is no figure to show.
  const wanted = (f: Figure) => f.kind !== "rate" || options.population !== undefined;
  if (current?.cin) {
    for (const f of cinFigures(stitched, period, flat.cinYears, options).filter(wanted)) {
      observations.push(f.observation(area, period, `CIN census ${label}`, options.population));
      exclusions.push(...f.exclusions());
    }
  }
  if (current?.ssda903) {
    for (const f of claFigures(stitched, period, flat.ssda903Years, options).filter(wanted)) {
      observations.push(f.observation(area, period, `SSDA903 ${label}`, options.population));
      exclusions.push(...f.exclusions());
    }
  }
  if (current?.annexA) {
    for (const f of annexAFigures(flat.annexA, year)) {
      observations.push(f.observation(area, period, `Annex A ${label}`));
      exclusions.push(...f.exclusions());
    }
  }
  return { observations, exclusions };
}
