import type { IndicatorDefinition } from "@kpikit/core";

/** Care leavers aged 19 to 21 (former relevant young people). */
export const careLeaverIndicators: readonly IndicatorDefinition[] = [
  {
    id: "care-leavers-eet",
    title: "Care leavers aged 19 to 21 in education, employment or training",
    shortTitle: "Care leavers in EET",
    description:
      "The percentage of care leavers aged 19, 20 or 21 (former relevant young people) in education, employment or training (EET) around their birthday.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    lait: "CareLeaverEET",
    aliases: [
      "Care leavers EET",
      "Care leavers in EET",
      "Care leavers in education, employment or training",
      "Care leavers in education employment and training",
      "EET care leavers",
    ],
    acronyms: ["EET"],
    method:
      "From the SSDA903 care leavers table (OC3): of former relevant young people whose 19th, 20th or 21st birthday fell in the year, the percentage whose activity (ACTIV) is education, training or employment (codes F1, P1, F2, P2, F4, P4, F5, P5: full-time (F) or part-time (P) higher education, other education, training or employment). Young people the council is not in touch with count in the denominator.",
    topic: "Care leavers",
  },
  {
    id: "care-leavers-neet",
    title: "Care leavers aged 19 to 21 not in education, employment or training",
    shortTitle: "Care leavers NEET",
    description:
      "The percentage of care leavers aged 19, 20 or 21 who were not in education, employment or training (NEET) around their birthday.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    lait: "CareLeaversNEET",
    aliases: [
      "Care leavers NEET",
      "NEET care leavers",
      "Care leavers not in education, employment or training",
    ],
    acronyms: ["NEET"],
    method:
      "From SSDA903 OC3: of former relevant young people whose 19th, 20th or 21st birthday fell in the year, the percentage whose activity (ACTIV) is not in education, employment or training (G4–G6: illness or disability, other reasons, pregnancy or caring).",
    topic: "Care leavers",
  },
  {
    id: "care-leavers-suitable-accommodation",
    title: "Care leavers aged 19 to 21 in suitable accommodation",
    shortTitle: "Care leavers in suitable accommodation",
    description:
      "The percentage of care leavers aged 19, 20 or 21 whose accommodation the council judged suitable around their birthday.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    lait: "CareLeaverAcc",
    aliases: [
      "Care leavers in suitable accommodation",
      "Care leavers suitable accommodation",
      "Suitable accommodation",
      "Care leavers accommodation",
    ],
    acronyms: [],
    method:
      "From SSDA903 OC3: of former relevant young people whose 19th, 20th or 21st birthday fell in the year, the percentage whose accommodation code (ACCOM: a letter for the type and 1 for suitable, 2 for unsuitable, e.g. B1) ends in 1. Young people with no information (code 0, or not in touch) count in the denominator as not suitable.",
    topic: "Care leavers",
  },
  {
    id: "care-leavers-in-touch",
    title: "Care leavers aged 19 to 21 the council is in touch with",
    shortTitle: "Care leavers in touch",
    description:
      "The percentage of care leavers aged 19, 20 or 21 with whom the council was in touch around their birthday.",
    unit: "percent",
    polarity: "higher-is-better",
    polarityReason:
      "Set by kpikit: councils must keep in touch with care leavers; the complement, care-leavers-not-in-touch, follows LAIT (lower is better).",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    aliases: [
      "Care leavers in touch",
      "In-touch performance",
      "In touch with care leavers",
      "Care leavers contact",
    ],
    acronyms: [],
    method:
      "From SSDA903 OC3: of former relevant young people whose 19th, 20th or 21st birthday fell in the year, the percentage with IN_TOUCH = YES. Young people who refuse contact (REFU), no longer require services (NREQ), have returned home for 6 months or more (RHOM) or are not in touch (NO) count as not in touch; those who died (DIED) are excluded.",
    topic: "Care leavers",
  },
  {
    id: "care-leavers-not-in-touch",
    title: "Care leavers aged 19 to 21 the council is not in touch with",
    shortTitle: "Care leavers not in touch",
    description:
      "The percentage of care leavers aged 19, 20 or 21 with whom the council was not in touch around their birthday.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    lait: "CareLeavers_LA_NotInTouch",
    aliases: ["Care leavers not in touch", "Care leavers out of touch"],
    acronyms: [],
    method:
      "From SSDA903 OC3: of former relevant young people whose 19th, 20th or 21st birthday fell in the year, the percentage with IN_TOUCH = NO.",
    topic: "Care leavers",
  },
];
