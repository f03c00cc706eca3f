import type { IndicatorDefinition } from "@kpikit/core";

/** Front door: referrals, assessments, section 47 enquiries and initial conferences. */
export const referralIndicators: readonly IndicatorDefinition[] = [
  {
    id: "referrals-rate",
    title: "Referrals to children's social care per 10,000 children",
    shortTitle: "Referrals per 10,000",
    description:
      "Referrals received by children's social care in the year per 10,000 children aged under 18. Each referral counts, so a child referred twice counts twice.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    polarityReason:
      "LAIT gives referrals no polarity: demand reflects need and partners' thresholds, not the council's performance.",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "CPP_Total_Rateper10,000",
    aliases: [
      "Referral rate",
      "Referrals rate",
      "Rate of referrals",
      "Referrals per 10,000 children",
      "Contacts to referrals rate",
    ],
    acronyms: [],
    method:
      "Count the referrals in the CIN census with a referral date in the financial year (each referral, not each child), divide by the ONS mid-year estimate of children aged 0–17 and multiply by 10,000.",
    topic: "Referrals and assessments",
  },
  {
    id: "referrals-count",
    title: "Referrals to children's social care",
    shortTitle: "Number of referrals",
    description:
      "The number of referrals received by children's social care in the year. Each referral counts, so a child referred twice counts twice.",
    unit: "count",
    polarity: "no-judgement",
    polarityReason:
      "LAIT gives referrals no polarity: demand reflects need and partners' thresholds, not the council's performance.",
    decimals: 0,
    periodType: "financial-year",
    source: "cin-census",
    lait: "CPP_Total_NumRef",
    aliases: ["Referrals", "Number of referrals", "Referrals received", "Total referrals"],
    acronyms: [],
    method:
      "Count the referrals in the CIN census with a referral date (CINreferralDate) in the financial year, NFA referrals included; a referral given in several years' files counts once.",
    topic: "Referrals and assessments",
  },
  {
    id: "re-referrals-12m",
    title: "Re-referrals to children's social care within 12 months of a previous referral",
    shortTitle: "Re-referrals within 12 months",
    description:
      "The percentage of referrals in the year that were for a child who had been referred before within the previous 12 months. A high rate can mean that earlier work or a decision to close did not meet the child's needs.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "ReReferral",
    aliases: [
      "Re-referral rate",
      "Re-referrals",
      "Re-referrals within 12 months",
      "Rereferral rate",
      "Repeat referrals",
      "Repeat referrals within 12 months",
      "Percentage of re-referrals",
    ],
    acronyms: [],
    method:
      "From the CIN census (every year's file given, joined on LAchildID): of referrals in the year (CINreferralDate 1 April–31 March, NFA referrals included; each referral, not each child), the percentage where the same child has an earlier referral dated on or after this referral's date minus 12 calendar months (29 February minus 12 months is 28 February) and before it. The look-back uses every file given; without the previous year's census the figure is marked low reliability. Option: child level (children referred in the year, counted when any of their referrals is a re-referral); DfE's tables count referrals. Multiply by 100.",
    topic: "Referrals and assessments",
  },
  {
    id: "assessments-45wd",
    title: "Assessments completed within 45 working days",
    shortTitle: "Assessments in 45 working days",
    description:
      "The percentage of children and family (single) assessments completed in the year that were completed within 45 working days of their start, the timescale in Working Together to Safeguard Children.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "Continue_Assess_Comp",
    aliases: [
      "Single Assessments within 45 days",
      "Single assessments completed within 45 working days",
      "Single assessments in timescale",
      "Assessments within 45 days",
      "Assessments completed within 45 days",
      "Assessment timeliness",
      "C&F assessments within 45 working days",
      "Continuous assessments completed within 45 working days",
    ],
    acronyms: [],
    method:
      "From the CIN census assessments module: of assessments with an authorisation date (AssessmentAuthorisationDate) in the year, the percentage where the working days from the start (AssessmentActualStartDate) to authorisation are 45 or fewer. Working days exclude weekends and England and Wales bank holidays (the 2022 and 2023 one-off holidays included) and are counted after the start day up to the authorisation (same day = 0), as DfE does; an inclusive count (both ends) is an option.",
    topic: "Referrals and assessments",
  },
  {
    id: "assessments-median-wd",
    title: "Median working days from the start of an assessment to its authorisation",
    shortTitle: "Median working days to assessment",
    description:
      "The median number of working days from the start of a children and family assessment to its authorisation, over assessments authorised in the year.",
    unit: "days",
    polarity: "lower-is-better",
    polarityReason:
      "kpikit sets this one: a shorter time to a completed assessment means children get a decision and help sooner, within the 45 working days of Working Together.",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    aliases: [
      "Median days to assessment",
      "Average working days to complete an assessment",
      "Assessment duration",
    ],
    acronyms: [],
    method:
      "From the CIN census assessments module: over assessments with an authorisation date in the year, the median of the working days from AssessmentActualStartDate to AssessmentAuthorisationDate (after the start day up to the authorisation, same day = 0; weekends and England and Wales bank holidays excluded). The inclusive count is an option.",
    topic: "Referrals and assessments",
  },
  {
    id: "s47-rate",
    title: "Section 47 enquiries started per 10,000 children",
    shortTitle: "S47 enquiries per 10,000",
    description:
      "Section 47 (S47) enquiries that started in the year per 10,000 children aged under 18. An S47 enquiry is made when there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    polarityReason:
      "LAIT gives this measure no polarity: the rate reflects need and thresholds, not performance.",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "Section_47",
    aliases: ["S47 rate", "Section 47 rate", "S47 enquiries rate", "Section 47 enquiries per 10,000"],
    acronyms: ["S47"],
    method:
      "Count CIN census section 47 records with S47ActualStartDate in the year, divide by the ONS mid-year estimate of children aged 0–17 and multiply by 10,000.",
    topic: "Referrals and assessments",
  },
  {
    id: "s47-to-icpc",
    title: "Section 47 enquiries that led to an initial child protection conference",
    shortTitle: "S47s leading to ICPC",
    description:
      "The percentage of section 47 (S47) enquiries that concluded a child may be at continuing risk of significant harm and so led to an initial child protection conference (ICPC).",
    unit: "percent",
    polarity: "no-judgement",
    polarityReason:
      "A conversion rate: a low figure can mean enquiries start too readily and a high one that they start too late, so neither direction is better in itself. kpikit shows it with trends and comparators but never rates it red or green.",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    aliases: [
      "S47s recommend ICPC",
      "S47s recommending ICPC",
      "S47s recommending an ICPC",
      "S47 to ICPC conversion",
      "Section 47 enquiries leading to ICPC",
      "S47 conversion rate",
    ],
    acronyms: ["ICPC", "S47"],
    method:
      "From the CIN census section 47 module: of enquiries with a start date (S47ActualStartDate) in the period whose outcome is known, the percentage where a conference was judged necessary (ICPCnotRequired is false, or a DateOfInitialCPC is recorded). Enquiries still open at the period end are left out of both counts.",
    topic: "Referrals and assessments",
  },
  {
    id: "s47-over-21wd",
    title: "Section 47 enquiries taking more than 21 working days from the strategy discussion",
    shortTitle: "S47s over 21 working days",
    description:
      "The percentage of section 47 (S47) enquiries in the period that took more than 21 working days from the strategy discussion that started them to their conclusion (the initial child protection conference, or the decision that none is needed).",
    unit: "percent",
    polarity: "lower-is-better",
    polarityReason:
      "Set by kpikit: an enquiry that runs on leaves the risk to the child unresolved, so fewer late enquiries is better. DfE publishes only the count of conferences held 21 or more working days after the strategy meeting (LAIT 21_ICPC), with no polarity.",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    aliases: [
      "S47s over 21 days of Strategy Discussion",
      "S47s over 21 days",
      "S47 enquiries over 21 days",
      "Section 47 enquiries over 21 working days",
    ],
    acronyms: ["S47"],
    method:
      "From the CIN census section 47 module: of enquiries concluded in the period, the percentage where the working days from the strategy discussion (S47ActualStartDate) to the conclusion (DateOfInitialCPC when a conference was held, otherwise the date the enquiry was recorded as not needing one) exceed 21. Working days exclude weekends and England and Wales bank holidays.",
    topic: "Referrals and assessments",
  },
  {
    id: "icpc-15wd",
    title: "Initial child protection conferences held within 15 working days of the strategy discussion",
    shortTitle: "ICPCs within 15 working days",
    description:
      "The percentage of initial child protection conferences (ICPCs) held within 15 working days of the start of the section 47 enquiry (the strategy discussion) that led to them, the timescale in Working Together to Safeguard Children.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "CP_conf_15days",
    aliases: [
      "ICPCs within 15 days of Strategy Discussion",
      "ICPCs within 15 days",
      "ICPCs within 15 working days",
      "ICPC within 15 days",
      "ICPC timeliness",
      "Initial child protection conferences within 15 days",
      "Initial conferences in timescale",
    ],
    acronyms: ["ICPC"],
    method:
      "From the CIN census section 47 module: of initial child protection conferences (DateOfInitialCPC) held in the year that follow a section 47 enquiry, the percentage held within 15 working days of the enquiry's start (S47ActualStartDate; working days after the start up to the conference, same day = 0). Transfer-in conferences recorded on the referral with no section 47 enquiry are left out and counted. Multiply by 100.",
    topic: "Child protection",
  },
  {
    id: "cin-rate",
    title: "Children in need per 10,000 children at 31 March",
    shortTitle: "Children in need per 10,000",
    description:
      "Children in need (CIN) at 31 March per 10,000 children aged under 18, including children on child protection plans and children looked after.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    polarityReason: "LAIT gives this measure no polarity: the rate reflects need, not performance.",
    decimals: 1,
    periodType: "snapshot",
    source: "cin-census",
    lait: "CIN",
    aliases: ["CIN rate", "Children in need rate", "CIN per 10,000", "Rate of children in need"],
    acronyms: ["CIN"],
    method:
      "Count the children with a CIN referral open on 31 March (CIN census: CINreferralDate on or before 31 March, no CINclosureDate or one after it, not NFA), divide by the ONS mid-year estimate of children aged 0–17 and multiply by 10,000.",
    topic: "Children in need",
  },
  {
    id: "cin-count",
    title: "Children in need at 31 March",
    shortTitle: "Number of children in need",
    description:
      "The number of children in need (CIN) episodes open at 31 March, including children on child protection plans and children looked after.",
    unit: "count",
    polarity: "no-judgement",
    polarityReason:
      "Set by kpikit: LAIT publishes only the rate (CIN), to which it gives no polarity; the number reflects need, not performance.",
    decimals: 0,
    periodType: "snapshot",
    source: "cin-census",
    aliases: ["Number of CIN", "CIN at 31 March", "Children in need at 31 March", "Open CIN episodes"],
    acronyms: ["CIN"],
    method:
      "Count the CIN census referrals (episodes of need) open on 31 March: CINreferralDate on or before 31 March and no CINclosureDate, or one after 31 March (one closing on 31 March is not open then); NFA referrals and those with an unreadable closure date are left out. DfE's children in need table B1 (At31_episodes).",
    topic: "Children in need",
  },
];
