import { financialYear, isKpikitError, kpikitError, workingDaysBetween } from "@kpikit/core";
import type { CinChild, CinProtectionPlan } from "./cin-types.js";
import { addMonths, addYears } from "./dates.js";
import type { MeasureOptions, MeasureResult } from "./measure-types.js";
import { Tally } from "./tally.js";

/** Options for {@link computeCinMeasures}. */
export interface CinMeasureOptions extends MeasureOptions {
  /**
   * The census year as the header's `<Year>` writes it: the year of the 31 March reference date. `2024` is the
   * 2023-24 census, 1 April 2023 to 31 March 2024.
   */
  readonly collectionYear: number;
  /**
   * Children from earlier census files (one array per file). Only their history is used, joined on LAchildID:
   * earlier referrals for `re-referrals-12m` and earlier plans for `cpp-repeat`; nothing in them is counted.
   */
  readonly previousCensuses?: readonly (readonly CinChild[])[];
}

/**
 * The CIN census measures {@link computeCinMeasures} returns, in this order (catalogue ids).
 * @example
 * CIN_MEASURE_IDS[0] //=> "re-referrals-12m"
 * CIN_MEASURE_IDS.length //=> 5
 */
export const CIN_MEASURE_IDS = [
  "re-referrals-12m",
  "assessments-45wd",
  "icpc-15wd",
  "cpp-repeat",
  "cpp-ceased-2y",
] as const;

/**
 * Computes the DfE CIN census measures for one census year from parsed children, as percentages with numerator
 * and denominator (counts only; nothing child-level is returned):
 *
 * - `re-referrals-12m`: referrals in the year where the same child had an earlier referral on or after the same
 *   day 12 months before ÷ referrals in the year. Earlier referrals count wherever they are in the file, but a
 *   census only holds referrals open in its year, so re-referrals after a case closed in an earlier year are
 *   undercounted unless that referral is in the file too: pass earlier census files as `previousCensuses`.
 * - `assessments-45wd`: assessments authorised in the year within 45 working days of their start ÷ assessments
 *   authorised in the year. Working days by `workingDaysBetween` (England and Wales bank holidays; the working
 *   days after the start up to the end, so the same day is 0).
 * - `icpc-15wd`: initial child protection conferences (Section47 `DateOfInitialCPC`) held in the year within 15
 *   working days of the section 47 enquiry's start ÷ ICPCs held in the year.
 * - `cpp-repeat`: child protection plans starting in the year that were the child's second or subsequent plan
 *   (`NumberOfPreviousCPP` of 1 or more, or an earlier plan for the child in this or an earlier census) ÷ plans
 *   starting.
 * - `cpp-ceased-2y`: plans ending in the year that had lasted 2 years or more (the end on or after the same day
 *   two years after the start) ÷ plans ending in the year.
 *
 * A child's records are joined on `LAchildID` (children without one stand alone). The same referral, assessment,
 * enquiry or plan given twice for a child counts once. Records that cannot be placed (a missing or invalid date,
 * an end before its start, a date outside the working-day calendar) are left out and counted in `exclusions`.
 * The period is `financialYear(collectionYear - 1)`. Throws a kpikitError `invalid-year` for a year that is
 * not a whole number between 2000 and 2100.
 * @example
 * const { children } = parseCinCensusXml(`<Message><Children><Child>
 *   <ChildIdentifiers><LAchildID>1</LAchildID><Sex>F</Sex></ChildIdentifiers>
 *   <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
 *   <CINdetails><CINreferralDate>2023-01-10</CINreferralDate><ReferralSource>1A</ReferralSource>
 *     <CINclosureDate>2023-03-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA></CINdetails>
 *   <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>
 * </Child></Children></Message>`);
 * const m = computeCinMeasures(children, { collectionYear: 2024, area: "865" });
 * const rr = m.observations.find((o) => o.indicatorId === "re-referrals-12m");
 * [rr?.value, rr?.numerator, rr?.denominator, rr?.period.label] //=> [100, 1, 1, "2023/24"]
 */
export function computeCinMeasures(children: readonly CinChild[], options: CinMeasureOptions): MeasureResult {
  const year = options.collectionYear;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw kpikitError(
      "invalid-year",
      `collectionYear must be the census year (e.g. 2024 for 2023-24); got ${String(year)}.`,
    );
  }
  const period = financialYear(year - 1);
  const inYear = (d: string | null): d is string => d !== null && d >= period.start && d <= period.end;
  const area = options.area ?? "local";
  const source = `CIN census ${year - 1}-${String(year).slice(2)}`;

  const referrals = new Tally("re-referrals-12m");
  const assessments = new Tally("assessments-45wd");
  const icpc = new Tally("icpc-15wd");
  const repeat = new Tally("cpp-repeat");
  const ceased = new Tally("cpp-ceased-2y");

  const groups = new Map<string, CinChild[]>();
  for (const child of children) {
    const id = child.identifiers.laChildId;
    const key = id === null ? `#${child.position}` : `id:${id}`;
    const list = groups.get(key) ?? [];
    list.push(child);
    groups.set(key, list);
  }

  // History from earlier censuses, by LAchildID: referral dates and plan start dates.
  const history = new Map<string, { referrals: Set<string>; plans: Set<string> }>();
  for (const census of options.previousCensuses ?? []) {
    for (const child of census) {
      const id = child.identifiers.laChildId;
      if (id === null) continue;
      const h = history.get(`id:${id}`) ?? { referrals: new Set<string>(), plans: new Set<string>() };
      for (const d of child.details) {
        if (d.referralDate !== null) h.referrals.add(d.referralDate);
        for (const p of d.protectionPlans) if (p.startDate !== null) h.plans.add(p.startDate);
      }
      history.set(`id:${id}`, h);
    }
  }

  for (const [key, group] of groups) {
    const details = group.flatMap((c) => c.details);
    const past = history.get(key);

    // Referrals: unique dates, in order.
    const referralDates = new Set<string>();
    for (const d of details) {
      if (d.referralDate === null) {
        referrals.exclude("referral date missing or invalid");
        continue;
      }
      if (referralDates.has(d.referralDate)) {
        if (inYear(d.referralDate))
          referrals.exclude("the same referral date given twice for a child (counted once)");
        continue;
      }
      referralDates.add(d.referralDate);
    }
    const sorted = [...new Set([...referralDates, ...(past?.referrals ?? [])])].sort();
    sorted.forEach((date, i) => {
      if (!inYear(date) || !referralDates.has(date)) return;
      const previous = sorted[i - 1];
      referrals.count(previous !== undefined && previous >= addMonths(date, -12));
    });

    // Assessments authorised in the year.
    const seenAssessments = new Set<string>();
    for (const a of details.flatMap((d) => d.assessments)) {
      if (!inYear(a.authorisationDate)) continue;
      const key = `${a.startDate}|${a.authorisationDate}`;
      if (seenAssessments.has(key)) {
        assessments.exclude("the same assessment given twice for a child (counted once)");
        continue;
      }
      seenAssessments.add(key);
      if (a.startDate === null) assessments.exclude("assessment start date missing or invalid");
      else if (a.authorisationDate < a.startDate)
        assessments.exclude("authorised before the assessment started");
      else {
        const days = workingDays(a.startDate, a.authorisationDate);
        if (days === null) assessments.exclude("a date outside the working-day calendar (2012-2027)");
        else assessments.count(days <= 45);
      }
    }

    // ICPCs held in the year, from the section 47 module.
    const seenIcpc = new Set<string>();
    for (const s of details.flatMap((d) => d.section47)) {
      if (!inYear(s.dateOfInitialCpc)) continue;
      const key = `${s.startDate}|${s.dateOfInitialCpc}`;
      if (seenIcpc.has(key)) {
        icpc.exclude("the same section 47 enquiry given twice for a child (counted once)");
        continue;
      }
      seenIcpc.add(key);
      if (s.startDate === null) icpc.exclude("section 47 start date missing or invalid");
      else if (s.dateOfInitialCpc < s.startDate) icpc.exclude("ICPC before the section 47 enquiry started");
      else {
        const days = workingDays(s.startDate, s.dateOfInitialCpc);
        if (days === null) icpc.exclude("a date outside the working-day calendar (2012-2027)");
        else icpc.count(days <= 15);
      }
    }

    // ICPCs recorded only on the referral (no section 47 enquiry with that date) cannot be timed.
    const s47Icpcs = new Set(details.flatMap((d) => d.section47.map((s) => s.dateOfInitialCpc)));
    const untimed = new Set(
      details.map((d) => d.dateOfInitialCpc).filter((date) => inYear(date) && !s47Icpcs.has(date)),
    );
    icpc.exclude("ICPC date on the referral with no section 47 enquiry to time it from", untimed.size);

    // Child protection plans: unique by start date (the first given wins).
    const plans = new Map<string, CinProtectionPlan>();
    for (const p of details.flatMap((d) => d.protectionPlans)) {
      if (p.startDate === null) {
        repeat.exclude("plan start date missing or invalid");
        if (inYear(p.endDate)) ceased.exclude("plan start date missing or invalid");
        continue;
      }
      if (plans.has(p.startDate)) {
        if (inYear(p.startDate)) repeat.exclude("the same plan given twice for a child (counted once)");
        else if (inYear(p.endDate)) ceased.exclude("the same plan given twice for a child (counted once)");
        continue;
      }
      plans.set(p.startDate, p);
    }
    const starts = [...new Set([...plans.keys(), ...(past?.plans ?? [])])].sort();
    for (const [start, p] of plans) {
      if (inYear(start)) repeat.count((p.numberOfPreviousCpp ?? 0) >= 1 || starts[0]! < start);
      if (inYear(p.endDate)) {
        if (p.endDate < start) ceased.exclude("plan ends before it starts");
        else ceased.count(p.endDate >= addYears(start, 2));
      }
    }
  }

  const tallies = [referrals, assessments, icpc, repeat, ceased];
  return {
    observations: tallies.map((t) => t.observation(area, period, source)),
    exclusions: tallies.flatMap((t) => t.exclusions()),
  };
}

function workingDays(start: string, end: string): number | null {
  try {
    return workingDaysBetween(start, end);
  } catch (error) {
    if (isKpikitError(error)) return null;
    throw error;
  }
}
