import type { IsoDate } from "@kpikit/core";

/**
 * The header of a CIN census file (`Header/CollectionDetails` and `Header/Source`). `year` is the census
 * year as written in `<Year>`: the year of the 31 March reference date, so `2023` is the 2022-23 census.
 */
export interface CinHeader {
  readonly collection: string | null;
  readonly year: number | null;
  readonly referenceDate: IsoDate | null;
  /** `<LEA>`: the DfE 3-digit LA code. */
  readonly la: string | null;
  readonly sourceLevel: string | null;
  readonly softwareCode: string | null;
  readonly release: string | null;
  readonly serialNo: string | null;
  readonly dateTime: string | null;
  /** 1-based line of `<Header>`. */
  readonly line: number;
}

/**
 * `ChildIdentifiers`: child-level identifiers. They stay in memory for computation and are never written to
 * an issue, a measure or any other output. `sex` holds `<Sex>` (2025+ schemas) or `<GenderCurrent>` (earlier).
 */
export interface CinChildIdentifiers {
  readonly laChildId: string | null;
  readonly upn: string | null;
  readonly formerUpn: string | null;
  readonly upnUnknown: string | null;
  readonly birthDate: IsoDate | null;
  readonly expectedBirthDate: IsoDate | null;
  readonly sex: string | null;
  readonly deathDate: IsoDate | null;
}

/** `ChildCharacteristics`. */
export interface CinChildCharacteristics {
  readonly ethnicity: string | null;
  readonly disabilities: readonly string[];
}

/** One `Assessments` block. */
export interface CinAssessment {
  readonly line: number;
  readonly startDate: IsoDate | null;
  readonly internalReviewDate: IsoDate | null;
  readonly authorisationDate: IsoDate | null;
  readonly factors: readonly string[];
}

/** One `CINPlanDates` block. */
export interface CinPlanDates {
  readonly line: number;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
}

/** One `Section47` enquiry. */
export interface CinSection47 {
  readonly line: number;
  readonly startDate: IsoDate | null;
  readonly initialCpcTarget: IsoDate | null;
  readonly dateOfInitialCpc: IsoDate | null;
  readonly icpcNotRequired: boolean | null;
}

/** One `ChildProtectionPlans` block. */
export interface CinProtectionPlan {
  readonly line: number;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly initialCategoryOfAbuse: string | null;
  readonly latestCategoryOfAbuse: string | null;
  readonly numberOfPreviousCpp: number | null;
  readonly reviewDates: readonly IsoDate[];
}

/** One `CINdetails` block: a referral (CIN episode) and what followed it. */
export interface CinDetails {
  readonly line: number;
  readonly referralDate: IsoDate | null;
  readonly referralSource: string | null;
  readonly primaryNeedCode: string | null;
  readonly closureDate: IsoDate | null;
  readonly reasonForClosure: string | null;
  readonly dateOfInitialCpc: IsoDate | null;
  readonly referralNfa: boolean | null;
  readonly assessments: readonly CinAssessment[];
  readonly cinPlanDates: readonly CinPlanDates[];
  readonly section47: readonly CinSection47[];
  readonly protectionPlans: readonly CinProtectionPlan[];
  /** 2026 pre-proceedings / family group decision-making blocks (`PreProceedingsandFGDM`), field → text. */
  readonly preProceedings: readonly Readonly<Record<string, string>>[];
}

/** One `Child` of a CIN census file. `position` is 1-based among the file's children (how issues name it). */
export interface CinChild {
  readonly kind: "cin-child";
  readonly position: number;
  readonly line: number;
  readonly identifiers: CinChildIdentifiers;
  readonly characteristics: CinChildCharacteristics;
  readonly details: readonly CinDetails[];
}
