// Internal: the CIN census measures over stitched years (see computeReturnsMeasures for the conventions).
import { isKpikitError, type Period, workingDaysBetween } from "@kpikit/core";
import { addMonths, daysBetween } from "../dates.js";
import type { ReturnsMeasureOptions } from "../measure-types.js";
import { Figure } from "./figure.js";
import { lookBackNotes } from "./look-back.js";
import type { Stitched } from "./stitch.js";

export function cinFigures(
  s: Stitched,
  period: Period,
  cinYears: readonly number[],
  options: ReturnsMeasureOptions,
) {
  const start = period.start;
  const end = period.end;
  const inYear = (d: string | null): d is string => d !== null && d >= start && d <= end;
  const inclusive = options.workingDays === "inclusive";
  const workingDays = (a: string, b: string): number | null => {
    try {
      return workingDaysBetween(a, b, { inclusive });
    } catch (error) {
      if (isKpikitError(error)) return null;
      throw error;
    }
  };

  const reReferrals = new Figure("re-referrals-12m");
  const referralsCount = new Figure("referrals-count", "count");
  const referralsRate = new Figure("referrals-rate", "rate");
  const assessments = new Figure("assessments-45wd");
  const assessmentDays = new Figure("assessments-median-wd", "median");
  const icpc = new Figure("icpc-15wd");
  const repeat = new Figure("cpp-repeat");
  const ceased = new Figure("cpp-ceased-2y");
  const open2y = new Figure("cpp-open-2y");
  const cppCount = new Figure("cpp-count", "count");
  const cppRate = new Figure("cpp-rate", "rate");
  const cinCount = new Figure("cin-count", "count");
  const cinRate = new Figure("cin-rate", "rate");
  const childLevel = options.reReferralLevel === "child";

  for (const r of [reReferrals, referralsCount]) {
    r.exclude("referral date missing or unreadable", s.undated.referrals);
    r.exclude(
      "a second referral of a child with the same referral date in the year's return (counted once)",
      s.repeated.referrals,
    );
  }
  for (const p of [repeat, ceased, open2y, cppCount]) {
    p.exclude("plan start date missing or unreadable", s.undated.plans);
    p.exclude(
      "a second plan of a child with the same start date in the year's return (counted once)",
      s.repeated.plans,
    );
  }

  for (const child of s.cinCurrent) {
    // Referrals: the look-back uses every file given.
    const referrals = s.referrals.get(child) ?? [];
    const dates = referrals.map((r) => r.referral as string);
    let anyRe = false;
    let anyInYear = false;
    for (const r of referrals) {
      const date = r.referral as string;
      if (!inYear(date)) continue;
      const from = addMonths(date, -12);
      const re = dates.some((d) => d >= from && d < date);
      referralsCount.count(true);
      referralsRate.count(true);
      anyInYear = true;
      anyRe ||= re;
      if (!childLevel) reReferrals.count(re);
    }
    if (childLevel && anyInYear) reReferrals.count(anyRe);

    // Children in need at 31 March: referrals open then (not NFA).
    let openEpisodes = 0;
    for (const r of referrals) {
      const date = r.referral as string;
      if (date > end || r.nfa === true) continue;
      if (r.closureInvalid) {
        cinCount.exclude("a referral's closure date (CINclosureDate) is unreadable");
        continue;
      }
      if (r.closure === null || r.closure > end) openEpisodes++;
    }
    cinCount.numerator += openEpisodes;
    if (openEpisodes > 0) cinRate.count(true);

    // Assessments authorised in the year.
    for (const a of s.assessments.get(child) ?? []) {
      if (!inYear(a.authorised)) continue;
      if (a.start === null) {
        assessments.exclude("assessment start date missing or unreadable");
        assessmentDays.exclude("assessment start date missing or unreadable");
      } else if (a.authorised < a.start) {
        assessments.exclude("authorised before the assessment started");
        assessmentDays.exclude("authorised before the assessment started");
      } else {
        const days = workingDays(a.start, a.authorised);
        if (days === null) {
          assessments.exclude("a date outside the working-day calendar (2012-2027)");
          assessmentDays.exclude("a date outside the working-day calendar (2012-2027)");
        } else {
          assessments.count(days <= 45);
          assessmentDays.add(days);
        }
      }
    }

    // Initial conferences held in the year after a section 47 enquiry.
    const s47 = s.section47.get(child) ?? [];
    for (const e of s47) {
      if (!inYear(e.icpc)) continue;
      if (e.start === null) icpc.exclude("section 47 start date missing or unreadable");
      else if (e.icpc < e.start) icpc.exclude("conference before the section 47 enquiry started");
      else {
        const days = workingDays(e.start, e.icpc);
        if (days === null) icpc.exclude("a date outside the working-day calendar (2012-2027)");
        else icpc.count(days <= 15);
      }
    }
    const afterS47 = new Set(s47.map((e) => e.icpc));
    const transfers = new Set(referrals.map((r) => r.icpc).filter((d) => inYear(d) && !afterS47.has(d)));
    icpc.exclude(
      "transfer-in conference recorded on the referral, with no section 47 enquiry",
      transfers.size,
    );

    // Child protection plans.
    let openPlans = 0;
    for (const p of s.plans.get(child) ?? []) {
      const pStart = p.start as string;
      if (inYear(pStart)) {
        if (p.previous === null) repeat.exclude("NumberOfPreviousCPP missing or unreadable");
        else repeat.count(p.previous > 0);
      }
      if (pStart > end) continue;
      if (p.endInvalid) {
        for (const f of [ceased, open2y, cppCount]) f.exclude("plan end date (CPPendDate) unreadable");
        continue;
      }
      if (p.end !== null && p.end < pStart) {
        if (inYear(p.end)) ceased.exclude("plan ends before it starts");
        continue;
      }
      if (inYear(p.end)) ceased.count(daysBetween(pStart, p.end) + 1 >= 730);
      if (p.end === null || p.end > end) {
        open2y.count(daysBetween(pStart, end) + 1 >= 730);
        openPlans++;
      }
    }
    if (openPlans > 0) {
      cppCount.count(true);
      cppRate.count(true);
    }
  }
  cinCount.denominator = 0;

  const note = lookBackNotes(Number(start.slice(0, 4)), cinYears, []).get("re-referrals-12m");
  if (note !== undefined) reReferrals.warn(note);
  return [
    reReferrals,
    assessments,
    icpc,
    repeat,
    ceased,
    open2y,
    referralsCount,
    referralsRate,
    assessmentDays,
    cinCount,
    cinRate,
    cppCount,
    cppRate,
  ];
}
