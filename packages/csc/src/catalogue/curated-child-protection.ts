import type { IndicatorDefinition } from "@kpikit/core";

/** Child protection plans, conferences and visits. */
export const childProtectionIndicators: readonly IndicatorDefinition[] = [
  {
    id: "cpp-rate",
    title: "Children on a child protection plan per 10,000 children at 31 March",
    shortTitle: "CP plans per 10,000",
    description:
      "Children who were the subject of a child protection (CP) plan at 31 March per 10,000 children aged under 18.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    polarityReason:
      "LAIT gives this measure no polarity: the rate reflects need and thresholds, not performance.",
    decimals: 1,
    periodType: "snapshot",
    source: "cin-census",
    lait: "CPP_rate",
    aliases: [
      "CP plan rate",
      "CPP rate",
      "Child protection plan rate",
      "CP plans per 10,000 children",
      "Child protection rate",
    ],
    acronyms: ["CP"],
    method:
      "Count the children with a child protection plan open on 31 March (CIN census child protection plans module: CPPstartDate on or before 31 March and no CPPendDate before it), divide by the ONS mid-year estimate of children aged 0–17 and multiply by 10,000.",
    topic: "Child protection",
  },
  {
    id: "cpp-repeat",
    title: "Children becoming the subject of a child protection plan for a second or subsequent time",
    shortTitle: "Repeat CP plans",
    description:
      "Of children who became the subject of a child protection (CP) plan in the year, the percentage who had been the subject of a plan before, at any time. A high rate can mean plans ended before risks were reduced.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "PrevRegCPR",
    aliases: [
      "Repeat CP Plan",
      "Repeat CP plans",
      "Repeat child protection plans",
      "Second or subsequent CP plans",
      "CP plans for a second or subsequent time",
      "Repeat CPP",
      "Subsequent child protection plans",
    ],
    acronyms: ["CP"],
    method:
      "From the CIN census child protection plans module: denominator, children with a plan starting (CPPstartDate) in the year; numerator, those of them with an earlier plan at any time (NumberOfPreviousCPP above 0, or an earlier plan in this or an earlier return). Multiply by 100. DfE counts a previous plan at any time; some councils report 'within 2 years', which is a different measure.",
    topic: "Child protection",
  },
  {
    id: "cpp-ceased-2y",
    title: "Child protection plans ending in the year that had lasted 2 years or more",
    shortTitle: "CP plans ended after 2 years+",
    description:
      "Of child protection (CP) plans that ended in the year, the percentage that had lasted 2 years or more. Plans lasting this long suggest drift.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "CPPlans2yrs",
    aliases: [
      "CP Plan ceased over 2 years",
      "CP plans ceased over 2 years",
      "CP plans ceasing after 2 years or more",
      "CP plans lasting 2 years or more",
      "Ceased CP plans over 2 years",
      "CPP ceased 2 years plus",
    ],
    acronyms: ["CP"],
    method:
      "From the CIN census child protection plans module: of plans with an end date (CPPendDate) in the year, the percentage where the time from CPPstartDate to CPPendDate is 2 years or more. Multiply by 100.",
    topic: "Child protection",
  },
  {
    id: "cpp-open-2y",
    title: "Children on a child protection plan at 31 March who had been on it for 2 years or more",
    shortTitle: "Open CP plans 2 years+",
    description:
      "Of children who were the subject of a child protection (CP) plan at 31 March, the percentage whose plan had then lasted 2 years or more.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "CPPlans2yrsActive",
    aliases: [
      "CP plans open over 2 years",
      "Open CP plans over 2 years",
      "CP plans lasting 2 years or more at 31 March",
      "Children on CP plans for 2 years or more",
      "CPP open 2 years plus",
    ],
    acronyms: ["CP"],
    method:
      "From the CIN census child protection plans module: of plans open on 31 March (no CPPendDate, or one after 31 March), the percentage whose CPPstartDate is 2 years or more before 31 March. Multiply by 100.",
    topic: "Child protection",
  },
  {
    id: "cpp-reviews-on-time",
    title: "Child protection cases reviewed within the required timescales",
    shortTitle: "CP reviews on time",
    description:
      "Of children who had been the subject of a child protection (CP) plan for at least 3 months at 31 March, the percentage whose plan had been reviewed within the required timescales (review child protection conferences, RCPCs: first within 3 months of the initial conference, then at most every 6 months).",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "RevCP",
    aliases: [
      "RCPCs within timescales",
      "RCPCs in time",
      "RCPCs on time",
      "RCPC timeliness",
      "CP reviews on time",
      "Child protection reviews on time",
      "Review child protection conferences within timescales",
      "CP plans reviewed within timescales",
    ],
    acronyms: ["CP", "RCPC"],
    method:
      "From the CIN census child protection plans module: denominator, children with a plan open on 31 March that started at least 3 months earlier; numerator, those whose reviews (CPPreviewDate) were all on time: the first within 3 months of the plan start and each later one within 6 months of the one before. Multiply by 100.",
    topic: "Child protection",
  },
  {
    id: "cp-visits-on-time",
    title: "Child protection visits completed on time",
    shortTitle: "CP visits on time",
    description:
      "The percentage of statutory child protection (CP) visits that were made within the council's practice standard (at least every 10 working days, often written as 'every 2 weeks'; some councils set a tighter standard).",
    unit: "percent",
    polarity: "higher-is-better",
    polarityReason:
      "Set by kpikit: more visits on time means children on plans are seen as often as their plan says. LAIT has no visits measure.",
    decimals: 1,
    periodType: "financial-year",
    source: "local",
    aliases: [
      "CP visits on time under new 2 weekly practice standards",
      "CP visits on time",
      "CP visits within timescale",
      "Child protection visits on time",
      "Child protection visits within 10 working days",
      "Timeliness of CP visits",
    ],
    acronyms: ["CP"],
    method:
      "From the case-management system (not in the CIN census): of visits due in the period to children on a child protection plan, the percentage made (child seen) by the due date under the local practice standard. Count each due visit once; a visit made late counts as not on time.",
    topic: "Child protection",
  },
  {
    id: "private-fostering-7wd",
    title: "Private fostering notifications followed up with a visit within 7 working days",
    shortTitle: "Private fostering visits in 7 days",
    description:
      "The percentage of new private fostering arrangements notified to the council where a social worker visited the child within 7 working days of the notification, as the Children (Private Arrangements for Fostering) Regulations 2005 require.",
    unit: "percent",
    polarity: "higher-is-better",
    polarityReason:
      "Set by kpikit: the regulations require the visit within 7 working days, so more on time is better. There is no national benchmark.",
    decimals: 1,
    periodType: "financial-year",
    source: "local",
    aliases: [
      "Private Fostering notifications followed up within 7 days",
      "Private fostering notifications followed up within 7 working days",
      "Private fostering visits within 7 days",
      "Private fostering",
    ],
    acronyms: [],
    method:
      "From the case-management system: of private fostering notifications received in the period, the percentage where the first visit to the child was made within 7 working days of the notification date (weekends and England and Wales bank holidays excluded).",
    topic: "Child protection",
  },
];
