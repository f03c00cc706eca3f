import type { IndicatorDefinition } from "@kpikit/core";

const a1Polarity =
  "Set by kpikit, as in DfE's adoption scorecard: a shorter wait for a permanent family is better.";

/** Adoption scorecard timeliness measures (3-year averages). */
export const adoptionIndicators: readonly IndicatorDefinition[] = [
  {
    id: "adoption-a1",
    title: "Average days between a child entering care and moving in with their adoptive family",
    shortTitle: "Care to adoptive family (days)",
    description:
      "Adoption scorecard measure A1: for children adopted over the three years, the average number of days between entering care and moving in with the family who adopted them.",
    unit: "days",
    polarity: "lower-is-better",
    polarityReason: a1Polarity,
    decimals: 0,
    periodType: "multi-year",
    source: "ssda903",
    aliases: [
      "Child into care to moving in with adoptive family (days)",
      "Child into care to moving in with adoptive family",
      "Days from care to adoptive family",
      "Entering care to moving in with adoptive family",
      "Adoption scorecard A1",
      "A1",
      "Average time to adoption",
    ],
    acronyms: ["A1"],
    method:
      "From SSDA903 episodes (every year's file given): for each child adopted (episode ending with REC E11 or E12) in the three years ending 31 March, days from the start of the period of care that ended in adoption (DECOM of its first episode, an RNE S) to the start of the final unbroken run of placed-for-adoption episodes (PLACE A3–A6; a change with reason L, T or U inside it does not restart it). A child whose period of care began before the files do (its first episode is not an S) is left out and counted. Average over the children: numerator the total days, denominator the children; DfE publishes 3-year averages such as 2017-20.",
    topic: "Adoption",
  },
  {
    id: "adoption-a2",
    title: "Average days between court authority to place for adoption and the decision on a match",
    shortTitle: "Placement order to match (days)",
    description:
      "Adoption scorecard measure A2: for children adopted over the three years, the average number of days between the council receiving court authority to place the child for adoption (a placement order) and deciding on a match to an adoptive family.",
    unit: "days",
    polarity: "lower-is-better",
    polarityReason: a1Polarity,
    decimals: 0,
    periodType: "multi-year",
    source: "ssda903",
    aliases: ["Adoption scorecard A2", "A2", "Placement order to match", "Court authority to match (days)"],
    acronyms: ["A2"],
    method:
      "From SSDA903 episodes and the adoption table (AD1): for each child adopted (REC E11 or E12) in the three years ending 31 March, days from the date the council received court authority to place the child (DECOM of the first episode in the period of care with legal status E1, a placement order, or D1) to the date the child was matched with the adopters (AD1 DATE_MATCH). Average over the children: numerator the total days.",
    topic: "Adoption",
  },
  {
    id: "adoption-a3",
    title:
      "Children adopted who waited less than 14 months between entering care and moving in with their adoptive family",
    shortTitle: "Adopted within 14 months of care",
    description:
      "Adoption scorecard measure A3: of children adopted over the three years, the percentage who moved in with their adoptive family less than 14 months (426 days) after entering care.",
    unit: "percent",
    polarity: "higher-is-better",
    polarityReason: a1Polarity,
    decimals: 0,
    periodType: "multi-year",
    source: "ssda903",
    aliases: ["Adoption scorecard A3", "A3", "Adopted within 14 months"],
    acronyms: ["A3"],
    method:
      "As for A1 (adoption-a1): the percentage of the children whose days from entering care to moving in with the adoptive family are under 426 (14 months).",
    topic: "Adoption",
  },
];
