// Internal: a CIN census <Assessments> block: dates, authorisation after start, and the factors identified.

import { CIN_CODES } from "../cin-codes.js";
import type { CinAssessment } from "../cin-types.js";
import type { XmlElement } from "../xml-reader.js";
import { d, kept, list, order, type Path, type Reader, str } from "./block-reader.js";
import { checkValueYear } from "./code-years.js";

/** One assessment; `where` names it in messages, `referralDate` is its referral's (it should not start before). */
export function readAssessment(
  r: Reader,
  el: XmlElement,
  path: Path,
  where: string,
  referralDate: string | null,
): CinAssessment {
  const a = r.block(
    el,
    path,
    where,
    {
      AssessmentActualStartDate: d(true),
      AssessmentInternalReviewDate: d(),
      AssessmentAuthorisationDate: d(),
    },
    ["FactorsIdentifiedAtAssessment"],
  );
  const factors: string[] = [];
  (a.nested.get("FactorsIdentifiedAtAssessment") ?? []).forEach((fEl, j) => {
    checkValueYear(r, fEl, [...path, "FactorsIdentifiedAtAssessment", j + 1], where, "AssessmentFactors");
    list(
      r,
      fEl,
      [...path, "FactorsIdentifiedAtAssessment", j + 1],
      where,
      "AssessmentFactors",
      CIN_CODES.assessmentFactors,
      factors,
    );
  });
  const startDate = str(a.values.AssessmentActualStartDate);
  const authorisationDate = str(a.values.AssessmentAuthorisationDate);
  order(
    r,
    el,
    [...path, "AssessmentAuthorisationDate"],
    where,
    startDate,
    authorisationDate,
    "The assessment was authorised before it started",
  );
  order(
    r,
    el,
    [...path, "AssessmentActualStartDate"],
    where,
    referralDate,
    startDate,
    "The assessment started before the referral",
    "warning",
  );
  return {
    line: el.line,
    startDate,
    internalReviewDate: str(a.values.AssessmentInternalReviewDate),
    authorisationDate,
    factors: kept(factors),
  };
}
