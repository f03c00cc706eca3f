// Internal: a CIN census <CINdetails> block (one referral): its dates, source, need and closure, the
// assessments, CIN plans, section 47 enquiries and child protection plans within it, and pre-proceedings.

import { CIN_CODES } from "../cin-codes.js";
import type { CinDetails } from "../cin-types.js";
import type { XmlElement } from "../xml-reader.js";
import { readAssessment } from "./assessment.js";
import { bool, d, kept, order, type Path, type Reader, str } from "./block-reader.js";
import { checkValueYear } from "./code-years.js";
import { readCinPlan, readProtectionPlan } from "./plan.js";
import { readSection47 } from "./section-47.js";

/** One referral; `where` names it in messages ("child 3 (line 40), referral 2"). */
export function readReferral(r: Reader, el: XmlElement, path: Path, where: string): CinDetails {
  const b = r.block(
    el,
    path,
    where,
    {
      CINreferralDate: d(true),
      ReferralSource: { kind: CIN_CODES.referralSource, required: true },
      PrimaryNeedCode: { kind: CIN_CODES.primaryNeed },
      CINclosureDate: d(),
      ReasonForClosure: { kind: CIN_CODES.reasonForClosure },
      DateOfInitialCPC: d(),
      ReferralNFA: { kind: "bool", required: true },
    },
    ["Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "PreProceedingsandFGDM"],
  );
  const v = b.values;
  checkValueYear(r, el, path, where, "ReferralNFA", "bool");
  const referralDate = str(v.CINreferralDate);
  const closureDate = str(v.CINclosureDate);
  order(
    r,
    el,
    [...path, "CINclosureDate"],
    where,
    referralDate,
    closureDate,
    "The CIN closure date is before the referral date",
  );
  if (
    closureDate !== null &&
    v.ReasonForClosure == null &&
    !el.children.some((c) => c.name === "ReasonForClosure")
  ) {
    r.report(
      el,
      [...path, "ReasonForClosure"],
      "cin-missing-element",
      "warning",
      `A closed referral has no <ReasonForClosure> (${where}).`,
    );
  }
  const nested = (name: string) => b.nested.get(name) ?? [];
  const assessments = nested("Assessments").map((aEl, i) =>
    readAssessment(r, aEl, [...path, "Assessments", i + 1], `${where}, assessment ${i + 1}`, referralDate),
  );
  const cinPlanDates = nested("CINPlanDates").map((pEl, i) =>
    readCinPlan(r, pEl, [...path, "CINPlanDates", i + 1], `${where}, CIN plan ${i + 1}`),
  );
  const section47 = nested("Section47").map((sEl, i) =>
    readSection47(
      r,
      sEl,
      [...path, "Section47", i + 1],
      `${where}, section 47 enquiry ${i + 1}`,
      referralDate,
    ),
  );
  const protectionPlans = nested("ChildProtectionPlans").map((cEl, i) =>
    readProtectionPlan(
      r,
      cEl,
      [...path, "ChildProtectionPlans", i + 1],
      `${where}, child protection plan ${i + 1}`,
      referralDate,
    ),
  );
  const preProceedings = nested("PreProceedingsandFGDM").map((ppEl, i) => {
    const p = [...path, "PreProceedingsandFGDM", i + 1];
    const fields: Record<string, string> = {};
    for (const f of ppEl.children) {
      if (f.children.length > 0 || Object.hasOwn(fields, f.name)) {
        r.report(
          f,
          [...p, f.name],
          "cin-unexpected-content",
          "warning",
          `<${f.name}> in <PreProceedingsandFGDM> of ${where} is not a single value; it is ignored.`,
        );
      } else fields[f.name] = f.text.trim();
    }
    return fields;
  });
  const at = (name: string) => el.children.find((c) => c.name === name) ?? el;
  // Common cross-field rules: a referral with no further action has no activity; dates fall in the census year.
  const nfa = bool(v.ReferralNFA);
  const activity = assessments.length + section47.length + protectionPlans.length + cinPlanDates.length > 0;
  if (r.dfeChecks && nfa === true && activity)
    r.report(
      at("ReferralNFA"),
      [...path, "ReferralNFA"],
      "cin-nfa-with-activity",
      "error",
      `The referral is marked no further action (<ReferralNFA> true) but has an assessment, CIN plan, section 47 enquiry or child protection plan (${where}).`,
    );
  if (r.dfeChecks && r.censusYear !== null) {
    const start = `${r.censusYear - 1}-04-01`;
    const end = `${r.censusYear}-03-31`;
    if (closureDate !== null && (closureDate < start || closureDate > end))
      r.report(
        at("CINclosureDate"),
        [...path, "CINclosureDate"],
        "cin-closure-outside-year",
        "error",
        `<CINclosureDate> is outside the census year (${start} to ${end}) (${where}).`,
      );
    if (referralDate !== null && referralDate > end)
      r.report(
        at("CINreferralDate"),
        [...path, "CINreferralDate"],
        "cin-referral-after-year",
        "error",
        `<CINreferralDate> is after the census year ends on ${end} (${where}).`,
      );
  }
  return {
    line: el.line,
    referralDate,
    referralSource: str(v.ReferralSource),
    primaryNeedCode: str(v.PrimaryNeedCode),
    closureDate,
    reasonForClosure: str(v.ReasonForClosure),
    dateOfInitialCpc: str(v.DateOfInitialCPC),
    referralNfa: bool(v.ReferralNFA),
    assessments: kept(assessments),
    cinPlanDates: kept(cinPlanDates),
    section47: kept(section47),
    protectionPlans: kept(protectionPlans),
    preProceedings: kept(preProceedings),
  };
}
