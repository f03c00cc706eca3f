// Internal: the element names of the CIN census and SSDA903 XML returns. A message names a tag only when it is one
// of these: a tag that lost its '>' runs into the value after it (`<LAchildIDA123…`), and that name must never be
// printed.
import { SSDA903_TABLES } from "./ssda903-tables.js";

const CIN = [
  "Message",
  "Header",
  "CollectionDetails",
  "Collection",
  "Year",
  "ReferenceDate",
  "Source",
  "SourceLevel",
  "LEA",
  "SoftwareCode",
  "Release",
  "SerialNo",
  "DateTime",
  "Children",
  "Child",
  "ChildIdentifiers",
  "LAchildID",
  "UPN",
  "FormerUPN",
  "UPNunknown",
  "PersonBirthDate",
  "ExpectedPersonBirthDate",
  "GenderCurrent",
  "Sex",
  "PersonDeathDate",
  "ChildCharacteristics",
  "Ethnicity",
  "Disabilities",
  "Disability",
  "CINdetails",
  "CINreferralDate",
  "ReferralSource",
  "PrimaryNeedCode",
  "CINclosureDate",
  "ReasonForClosure",
  "DateOfInitialCPC",
  "ReferralNFA",
  "Assessments",
  "AssessmentActualStartDate",
  "AssessmentInternalReviewDate",
  "AssessmentAuthorisationDate",
  "FactorsIdentifiedAtAssessment",
  "AssessmentFactors",
  "CINPlanDates",
  "CINPlanStartDate",
  "CINPlanEndDate",
  "Section47",
  "S47ActualStartDate",
  "InitialCPCtarget",
  "ICPCnotRequired",
  "ChildProtectionPlans",
  "CPPstartDate",
  "CPPendDate",
  "InitialCategoryOfAbuse",
  "LatestCategoryOfAbuse",
  "NumberOfPreviousCPP",
  "Reviews",
  "CPPreviewDate",
  "PreProceedingsandFGDM",
];
const SSDA903 = [
  "EXPSSDA903",
  "CHILD",
  "CHILDID",
  "HEADER",
  "EPISODE",
  "AREVIEW",
  "AMISSING",
  "OC2",
  "OC3",
  "PERMANENCE",
  "AD_PLACED",
  "SOCIAL_WORKER",
  "SW_EPISODE",
  "PL",
  "UASC",
  "DUC",
];

const KNOWN = new Set<string>([
  ...CIN,
  ...SSDA903,
  ...SSDA903_TABLES.flatMap((t) => t.columns.map((c) => c.name)),
]);

/** True when a tag or column name is one of the returns' own, and so safe to print. */
export function isKnownReturnsName(name: string): boolean {
  const local = name.slice(name.indexOf(":") + 1);
  return KNOWN.has(local) || KNOWN.has(local.toUpperCase());
}

/** `<Name>` for a known name, else words that name no text from the file. */
export function tagName(name: string, end = false): string {
  if (isKnownReturnsName(name)) return end ? `</${name}>` : `<${name}>`;
  return end ? "an end tag" : "a tag";
}
