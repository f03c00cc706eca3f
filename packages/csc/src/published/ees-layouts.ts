// Internal: the Explore Education Statistics tables kpikit reads, and which indicator each column gives.
// Wide tables have one row per area and period; long tables one row per breakdown, with a "Total children" row
// giving the denominator.

/** A measure read from named columns of one row. */
export interface WideMeasure {
  /** LAIT measure id (mapped to the catalogue id at load time), or a kpikit id when LAIT has none. */
  readonly lait?: string;
  readonly id?: string;
  /** LAIT year type for a measure without a LAIT id (default "Financial Year"): "Annual" is 31 March. */
  readonly yearType?: string;
  readonly value: string;
  readonly numerator?: string;
  /** Columns summed to make the denominator. */
  readonly denominator?: readonly string[];
}

/** A measure read from a long table: the row matching `match` gives the count and percent, the `total` row the denominator. */
export interface LongMeasure {
  readonly lait?: string;
  readonly id?: string;
  readonly yearType?: string;
  readonly match: Readonly<Record<string, string>>;
  readonly total?: Readonly<Record<string, string>>;
  readonly value: string;
  readonly count?: string;
  /** Column of the matched row holding the denominator itself (e.g. a population). */
  readonly denominatorColumn?: string;
}

export type EesLayout =
  | {
      readonly kind: "wide";
      readonly name: string;
      readonly detect: readonly string[];
      readonly measures: readonly WideMeasure[];
    }
  | {
      readonly kind: "long";
      readonly name: string;
      readonly detect: readonly string[];
      readonly keys: readonly string[];
      readonly measures: readonly LongMeasure[];
    };

const CLA_31 = "CLA on 31 March";
const NEW_PLACEMENTS = "Location of new placements during the year";

export const EES_LAYOUTS: readonly EesLayout[] = [
  {
    kind: "wide",
    name: "CIN referrals and re-referrals (c1)",
    detect: ["referral_count", "rereferral_count"],
    measures: [
      {
        lait: "ReReferral",
        value: "rereferral_percent",
        numerator: "rereferral_count",
        denominator: ["referral_count"],
      },
      { lait: "CPP_Total_NumRef", value: "referral_count" },
      {
        lait: "CIN_Refferals_NFA",
        value: "no_further_action_percent",
        numerator: "no_further_action_count",
        denominator: ["referral_count"],
      },
      {
        lait: "Referrals_AssessedNotNeed",
        value: "not_in_need_percent",
        numerator: "not_in_need_count",
        denominator: ["referral_count"],
      },
    ],
  },
  {
    kind: "wide",
    name: "Children in need (b1)",
    detect: ["at31_episodes", "started_episodes"],
    measures: [{ id: "cin-count", yearType: "Annual", value: "at31_episodes" }],
  },
  {
    kind: "wide",
    name: "CP plans that were a second or subsequent plan (d3)",
    detect: ["cpp_start", "cpp_subsequent"],
    measures: [
      {
        lait: "PrevRegCPR",
        value: "cpp_subsequent_percent",
        numerator: "cpp_subsequent",
        denominator: ["cpp_start"],
      },
      { lait: "ReRegCPR", value: "cpp_subsequent" },
    ],
  },
  {
    kind: "wide",
    name: "CP plans at 31 March by duration (d5)",
    detect: ["cpp_at31", "2_years_or_more"],
    measures: [
      {
        lait: "CPPlans2yrsActive",
        value: "2_years_or_more_percent",
        numerator: "2_years_or_more",
        denominator: ["cpp_at31"],
      },
    ],
  },
  {
    kind: "wide",
    name: "Children's social work workforce (csww indicators)",
    detect: ["agency_rate_fte", "inpost_fte"],
    measures: [
      {
        lait: "Work_Force_Agecy_Rate",
        value: "agency_rate_fte",
        numerator: "agency_fte",
        denominator: ["inpost_fte", "agency_fte"],
      },
      {
        lait: "Work_Force_Vac_Rate",
        value: "vacancy_rate_fte",
        numerator: "vacancy_fte",
        denominator: ["vacancy_fte", "inpost_fte"],
      },
      {
        lait: "Work_Force_TO_Rate",
        value: "turnover_rate_fte",
        numerator: "leavers_fte",
        denominator: ["inpost_fte"],
      },
      {
        lait: "Work_Force_AvgNumCase_SW",
        value: "caseload_fte",
        numerator: "cases",
        denominator: ["case_holders_fte"],
      },
      { lait: "Work_Force_NoSW", value: "inpost_fte" },
      // The counts LAIT has only as rates or averages, as the bundled dataset holds them.
      { id: "agency-sw-count", yearType: "Annual (end of Sept)", value: "agency_fte" },
      { id: "sw-vacancy-count", yearType: "Annual (end of Sept)", value: "vacancy_fte" },
      { id: "sw-cases-held", yearType: "Annual (end of Sept)", value: "cases" },
    ],
  },
  {
    kind: "wide",
    name: "Children's social work workforce headline measures (2017–2022)",
    detect: ["agency_worker_rate_fte_%", "social_worker_fte"],
    measures: [
      {
        lait: "Work_Force_Agecy_Rate",
        value: "agency_worker_rate_fte_%",
        numerator: "agency_fte",
        denominator: ["social_worker_fte", "agency_fte"],
      },
      {
        lait: "Work_Force_Vac_Rate",
        value: "vacancy_rate_fte_%",
        numerator: "vacancy_fte",
        denominator: ["vacancy_fte", "social_worker_fte"],
      },
      {
        lait: "Work_Force_TO_Rate",
        value: "turnover_rate_fte_%",
        numerator: "leaver_fte",
        denominator: ["social_worker_fte"],
      },
      {
        lait: "Work_Force_AvgNumCase_SW",
        value: "caseload_fte",
        numerator: "cases",
        denominator: ["case_holders_fte"],
      },
      { lait: "Work_Force_NoSW", value: "social_worker_fte" },
    ],
  },
  {
    kind: "long",
    name: "Children looked after: numbers and rates per 10,000",
    detect: ["population_type", "rate_per_10000"],
    keys: ["population_type"],
    measures: [
      {
        lait: "LAC",
        match: { population_type: "Children looked after on 31 March each year" },
        value: "rate_per_10000",
        count: "children_count",
        denominatorColumn: "population_estimate",
      },
      {
        lait: "LACnum",
        match: { population_type: "Children looked after on 31 March each year" },
        value: "children_count",
      },
      {
        lait: "LAC_Start_Rate",
        match: { population_type: "Children starting to be looked after each year" },
        value: "rate_per_10000",
        count: "children_count",
        denominatorColumn: "population_estimate",
      },
      {
        lait: "LACnum_Start",
        match: { population_type: "Children starting to be looked after each year" },
        value: "children_count",
      },
      {
        lait: "LAC_Cease_Rate",
        match: { population_type: "Children ceasing to be looked after each year" },
        value: "rate_per_10000",
        count: "children_count",
        denominatorColumn: "population_estimate",
      },
      {
        lait: "LACceased",
        match: { population_type: "Children ceasing to be looked after each year" },
        value: "children_count",
      },
    ],
  },
  {
    kind: "long",
    name: "Children looked after: placement stability",
    detect: ["cla_group", "placement_stability"],
    keys: ["cla_group", "placement_stability"],
    measures: [
      {
        lait: "LACStable_2016on",
        match: { cla_group: CLA_31, placement_stability: "With 3 or more placements during the year" },
        total: { cla_group: CLA_31, placement_stability: "Total children" },
        value: "children_percent",
        count: "children_count",
      },
      {
        lait: "LAC_LongStable%",
        match: {
          cla_group:
            "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
          placement_stability: "Living with the same carer for at least 2 years",
        },
        total: {
          cla_group:
            "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
          placement_stability: "Total children",
        },
        value: "children_percent",
        count: "children_count",
      },
      {
        id: "cla-3-placements-2y",
        match: {
          cla_group: "CLA 2 years on 31 March",
          placement_stability: "With 3 or more placements during the previous 2 years",
        },
        total: { cla_group: "CLA 2 years on 31 March", placement_stability: "Total children" },
        value: "children_percent",
        count: "children_count",
      },
    ],
  },
  {
    kind: "long",
    name: "Children looked after: new placements during the year",
    detect: ["characteristic", "breakdown", "children_count"],
    keys: ["characteristic", "breakdown"],
    measures: [
      {
        id: "cla-new-placements-20m",
        match: {
          characteristic: NEW_PLACEMENTS,
          breakdown: "Placed outside LA boundary more than 20 miles from home",
        },
        total: { characteristic: NEW_PLACEMENTS, breakdown: "Total new placements" },
        value: "children_percent",
        count: "children_count",
      },
    ],
  },
  {
    kind: "long",
    name: "Children looked after: social worker changes",
    detect: ["cla_group", "sw_stability"],
    keys: ["cla_group", "sw_stability"],
    measures: [
      {
        lait: "Stability_SocialWorker",
        match: { cla_group: CLA_31, sw_stability: "3 or more social workers during the year" },
        total: { cla_group: CLA_31, sw_stability: "Total children" },
        value: "percentage",
        count: "number",
      },
    ],
  },
  {
    kind: "long",
    name: "Children looked after: school moves",
    detect: ["cla_group", "move_measure", "school_stability"],
    keys: ["cla_group", "move_measure", "school_stability"],
    measures: [
      {
        lait: "Stability_School",
        match: {
          cla_group: CLA_31,
          move_measure: "Mid-year moves",
          school_stability: "With one or more mid-year moves during the year",
        },
        total: { cla_group: CLA_31, move_measure: "Mid-year moves", school_stability: "Total children" },
        value: "percentage",
        count: "number",
      },
    ],
  },
];
