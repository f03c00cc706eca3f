// Internal: the plans of a CIN census referral: <CINPlanDates> (a child in need plan) and
// <ChildProtectionPlans> (categories of abuse, previous plans, review dates).

import { CIN_CODES } from "../cin-codes.js";
import type { CinPlanDates, CinProtectionPlan } from "../cin-types.js";
import type { XmlElement } from "../xml-reader.js";
import { d, kept, num, order, type Path, type Reader, str } from "./block-reader.js";

/** One CIN plan's dates; `where` names it in messages. */
export function readCinPlan(r: Reader, el: XmlElement, path: Path, where: string): CinPlanDates {
  const x = r.block(el, path, where, { CINPlanStartDate: d(true), CINPlanEndDate: d() }).values;
  order(
    r,
    el,
    [...path, "CINPlanEndDate"],
    where,
    str(x.CINPlanStartDate),
    str(x.CINPlanEndDate),
    "The CIN plan ends before it starts",
  );
  return { line: el.line, startDate: str(x.CINPlanStartDate), endDate: str(x.CINPlanEndDate) };
}

/** One child protection plan; `where` names it in messages, `referralDate` is its referral's. */
export function readProtectionPlan(
  r: Reader,
  el: XmlElement,
  path: Path,
  where: string,
  referralDate: string | null,
): CinProtectionPlan {
  const x = r.block(
    el,
    path,
    where,
    {
      CPPstartDate: d(true),
      CPPendDate: d(),
      InitialCategoryOfAbuse: { kind: CIN_CODES.categoryOfAbuse, required: true },
      LatestCategoryOfAbuse: { kind: CIN_CODES.categoryOfAbuse, required: true },
      NumberOfPreviousCPP: { kind: "int", required: true },
    },
    ["Reviews"],
  );
  const reviewDates: string[] = [];
  (x.nested.get("Reviews") ?? []).forEach((rEl, j) => {
    const rp = [...path, "Reviews", j + 1];
    const rb = r.block(rEl, rp, where, {}, ["CPPreviewDate"]);
    for (const dEl of rb.nested.get("CPPreviewDate") ?? []) {
      const raw = dEl.text.trim();
      const value = raw === "" ? null : r.value(dEl, [...rp, "CPPreviewDate"], where, { kind: "date" }, raw);
      if (raw === "")
        r.report(
          dEl,
          [...rp, "CPPreviewDate"],
          "cin-missing-element",
          "error",
          `<CPPreviewDate> of ${where} is empty.`,
        );
      if (typeof value === "string") reviewDates.push(value);
    }
  });
  const startDate = str(x.values.CPPstartDate);
  const endDate = str(x.values.CPPendDate);
  order(
    r,
    el,
    [...path, "CPPendDate"],
    where,
    startDate,
    endDate,
    "The child protection plan ends before it starts",
  );
  order(
    r,
    el,
    [...path, "CPPstartDate"],
    where,
    referralDate,
    startDate,
    "The child protection plan started before the referral",
    "warning",
  );
  return {
    line: el.line,
    startDate,
    endDate,
    initialCategoryOfAbuse: str(x.values.InitialCategoryOfAbuse),
    latestCategoryOfAbuse: str(x.values.LatestCategoryOfAbuse),
    numberOfPreviousCpp: num(x.values.NumberOfPreviousCPP),
    reviewDates: kept(reviewDates),
  };
}
