// The DfE validation rule that makes the same check as a kpikit issue, by number, so that an analyst can match a
// kpikit message to the rule DfE's own collection tool names when the return is submitted. Numbers as DfE
// publishes them for the CIN census and the SSDA903 (and as D2I's validators use them). An issue is given a
// number only where the kpikit check flags what the DfE rule flags: every value kpikit reports under that code
// and field is one the rule reports too. Checks with no DfE rule, or covering several in one code (an overlapping
// episode is rule 501 when the earlier one has ended and 142 when it has not), carry none.

import type { Issue } from "@kpikit/core";

/** The DfE rule numbers of one kpikit check, by return. */
export interface DfeRuleNumbers {
  /** The CIN census rule (`8500`; a query rule ends in Q, `8535Q`). */
  readonly cin?: string;
  /** The SSDA903 rule (`103`, `SW13STG1`). */
  readonly ssda903?: string;
}

/**
 * The DfE rule of each kpikit check. A key is an issue code, or the code and the field it is about: the element
 * for the CIN census (the last name in the issue's path), the column for the SSDA903, with its table where the
 * column is in several (`header.DOB`). Several numbers are written `4000, 8831, 8832`: the kpikit check is the
 * union of those rules.
 * @example
 * DFE_RULES["cin-missing-element LAchildID"] //=> { cin: "8500" }
 * DFE_RULES["ssda903-invalid-code ETHNIC"] //=> { ssda903: "103" }
 */
export const DFE_RULES: Readonly<Record<string, DfeRuleNumbers>> = {
  // CIN census: the header.
  "cin-header-reference-date": { cin: "100" },
  "cin-header-year-mismatch": { cin: "100" },
  // Child identifiers and characteristics.
  "cin-missing-element LAchildID": { cin: "8500" },
  "cin-duplicate-child": { cin: "8510" },
  "cin-upn-check-letter UPN": { cin: "1510" },
  "cin-missing-element Sex": { cin: "4180" },
  "cin-invalid-code Sex": { cin: "4180" },
  "cin-invalid-code GenderCurrent": { cin: "4180" },
  "cin-missing-element Ethnicity": { cin: "4220" },
  "cin-invalid-code Ethnicity": { cin: "4220" },
  "cin-missing-element Disability": { cin: "8540" },
  "cin-invalid-code Disability": { cin: "8540" },
  "cin-death-before-birth": { cin: "8535Q" },
  "cin-missing-element CINdetails": { cin: "8590" },
  // Referrals (CIN details).
  "cin-missing-element CINreferralDate": { cin: "8600" },
  "cin-referral-after-year": { cin: "8600" },
  "cin-missing-element ReferralSource": { cin: "8866" },
  "cin-invalid-code ReferralSource": { cin: "8866" },
  "cin-missing-element ReferralNFA": { cin: "8568" },
  "cin-invalid-boolean ReferralNFA": { cin: "8568" },
  "cin-invalid-code PrimaryNeedCode": { cin: "8650" },
  "cin-invalid-code ReasonForClosure": { cin: "8640" },
  "cin-missing-element ReasonForClosure": { cin: "8805" },
  "cin-date-order CINclosureDate": { cin: "8630" },
  "cin-closure-outside-year": { cin: "8620" },
  "cin-nfa-with-activity": { cin: "4000, 8831, 8832" },
  // Assessments, CIN plans, section 47 enquiries, child protection plans.
  "cin-date-order AssessmentActualStartDate": { cin: "1103" },
  "cin-date-order AssessmentAuthorisationDate": { cin: "8608" },
  "cin-missing-element CINPlanStartDate": { cin: "4010" },
  "cin-date-order CINPlanEndDate": { cin: "4011" },
  "cin-missing-element S47ActualStartDate": { cin: "8615" },
  "cin-date-order DateOfInitialCPC": { cin: "8615" },
  "cin-date-order S47ActualStartDate": { cin: "2889" },
  "cin-missing-element CPPstartDate": { cin: "8720" },
  "cin-date-order CPPstartDate": { cin: "1105" },
  "cin-date-order CPPendDate": { cin: "8925" },
  "cin-missing-element InitialCategoryOfAbuse": { cin: "8905" },
  "cin-invalid-code InitialCategoryOfAbuse": { cin: "8905" },
  "cin-invalid-code LatestCategoryOfAbuse": { cin: "8910" },
  "cin-missing-element NumberOfPreviousCPP": { cin: "8730" },

  // SSDA903: header.
  "ssda903-missing-value header.SEX": { ssda903: "101" },
  "ssda903-invalid-code header.SEX": { ssda903: "101" },
  "ssda903-missing-value header.DOB": { ssda903: "102" },
  "ssda903-invalid-date header.DOB": { ssda903: "102" },
  "ssda903-missing-value ETHNIC": { ssda903: "103" },
  "ssda903-invalid-code ETHNIC": { ssda903: "103" },
  "ssda903-invalid-date MC_DOB": { ssda903: "171" },
  // Episodes.
  "ssda903-invalid-date DECOM": { ssda903: "141" },
  "ssda903-invalid-code RNE": { ssda903: "143" },
  "ssda903-invalid-code LS": { ssda903: "144" },
  "ssda903-invalid-code CIN": { ssda903: "145" },
  "ssda903-invalid-code PLACE": { ssda903: "146" },
  "ssda903-code-year PLACE": { ssda903: "146" },
  "ssda903-invalid-date DEC": { ssda903: "147" },
  "ssda903-date-order DEC": { ssda903: "356" },
  "ssda903-invalid-code REC": { ssda903: "149" },
  "ssda903-code-year REC": { ssda903: "149" },
  "ssda903-invalid-code PLACE_PROVIDER": { ssda903: "178" },
  "ssda903-invalid-code REASON_PLACE_CHANGE": { ssda903: "1009" },
  "ssda903-code-year REASON_PLACE_CHANGE": { ssda903: "1009" },
  // Reviews.
  "ssda903-missing-value REVIEW": { ssda903: "166" },
  "ssda903-invalid-date REVIEW": { ssda903: "166" },
  "ssda903-invalid-code REVIEW_CODE": { ssda903: "167" },
  // Missing incidents.
  "ssda903-invalid-code MISSING": { ssda903: "1006" },
  "ssda903-missing-value MIS_START": { ssda903: "1004" },
  "ssda903-invalid-date MIS_START": { ssda903: "1004" },
  "ssda903-date-order MIS_START": { ssda903: "586" },
  "ssda903-invalid-date MIS_END": { ssda903: "1005" },
  // OC2 and OC3.
  "ssda903-invalid-number SDQ_SCORE": { ssda903: "180" },
  "ssda903-invalid-code SDQ_REASON": { ssda903: "196" },
  "ssda903-missing-value IN_TOUCH": { ssda903: "131" },
  "ssda903-invalid-code IN_TOUCH": { ssda903: "131" },
  "ssda903-missing-value ACTIV": { ssda903: "132" },
  "ssda903-invalid-code ACTIV": { ssda903: "132" },
  "ssda903-code-year ACTIV": { ssda903: "132" },
  "ssda903-missing-value ACCOM": { ssda903: "133" },
  "ssda903-invalid-code ACCOM": { ssda903: "133" },
  // UASC, adoption, placed for adoption, previous permanence.
  "ssda903-invalid-date DUC": { ssda903: "104" },
  "ssda903-invalid-date DATE_INT": { ssda903: "112" },
  "ssda903-invalid-date DATE_MATCH": { ssda903: "113" },
  "ssda903-invalid-code FOSTER_CARE": { ssda903: "114" },
  "ssda903-invalid-number NB_ADOPTR": { ssda903: "175" },
  "ssda903-invalid-code SEX_ADOPTR": { ssda903: "176" },
  "ssda903-invalid-code LS_ADOPTR": { ssda903: "177" },
  "ssda903-invalid-date DATE_PLACED": { ssda903: "115" },
  "ssda903-date-order DATE_PLACED": { ssda903: "184" },
  "ssda903-invalid-date DATE_PLACED_CEASED": { ssda903: "116" },
  "ssda903-invalid-code REASON_PLACED_CEASED": { ssda903: "120" },
  "ssda903-invalid-code PREV_PERM": { ssda903: "631" },
  // Social worker episodes (from 2023-24) and deprivation of liberty orders (from 2026-27).
  "ssda903-invalid-date SW_DECOM": { ssda903: "SW04STG1" },
  "ssda903-invalid-date SW_DEC": { ssda903: "SW05STG1" },
  "ssda903-invalid-code SW_REASON": { ssda903: "SW13STG1" },
  "ssda903-missing-value SW_REASON": { ssda903: "SW15STG2" },
  "ssda903-missing-value DOLO_START": { ssda903: "700" },
  "ssda903-invalid-date DOLO_START": { ssda903: "700" },
  "ssda903-date-order DOLO_START": { ssda903: "708" },
  "ssda903-invalid-date DOLO_END": { ssda903: "701" },
};

/** The field an issue is about: a CIN census element (its path's last name) or an SSDA903 column. */
function fieldOf(issue: Issue): string | null {
  if (typeof issue.column === "string") return issue.column;
  for (let i = (issue.path?.length ?? 0) - 1; i >= 0; i--) {
    const part = issue.path?.[i];
    if (typeof part === "string") return part;
  }
  return null;
}

/**
 * The DfE rule number(s) of an issue, or undefined when no DfE rule makes the same check. `table` is the SSDA903
 * table of the issue's file, when known: a column of several tables (DOB, SEX) has a rule only in the header.
 * @example
 * dfeRuleOf({ code: "cin-missing-element", message: "", path: ["Message", "Children", "Child", 3, "ChildIdentifiers", "LAchildID"] }) //=> "8500"
 * dfeRuleOf({ code: "ssda903-invalid-date", message: "", column: "DOB" }, "header") //=> "102"
 * dfeRuleOf({ code: "ssda903-invalid-date", message: "", column: "DOB" }, "missing") //=> undefined
 * dfeRuleOf({ code: "xml-syntax", message: "" }) //=> undefined
 */
export function dfeRuleOf(issue: Issue, table?: string): string | undefined {
  const field = fieldOf(issue);
  const keys = [
    ...(field !== null && table !== undefined ? [`${issue.code} ${table}.${field}`] : []),
    ...(field !== null ? [`${issue.code} ${field}`] : []),
    issue.code,
  ];
  for (const key of keys) {
    if (!Object.hasOwn(DFE_RULES, key)) continue;
    const rule = DFE_RULES[key];
    return issue.code.startsWith("ssda903-") ? rule?.ssda903 : rule?.cin;
  }
  return undefined;
}

/**
 * Issues with their DfE rule numbers attached (`rule`), as the returns pipeline gives them. `tableOf` names the
 * SSDA903 table of a file (undefined for a file of several tables, such as the 903 XML).
 */
export function withDfeRules(
  issues: readonly Issue[],
  tableOf: (file: string) => string | undefined,
): Issue[] {
  return issues.map((issue) => {
    if (issue.rule !== undefined) return issue;
    const rule = dfeRuleOf(issue, issue.file === undefined ? undefined : tableOf(issue.file));
    return rule === undefined ? issue : { ...issue, rule };
  });
}
