import type { IndicatorDefinition } from "@kpikit/core";

/** Children and family social work workforce (CSWW census at 30 September). */
export const workforceIndicators: readonly IndicatorDefinition[] = [
  {
    id: "agency-sw-rate",
    title: "Agency children and family social workers",
    shortTitle: "Agency social worker rate",
    description:
      "Agency social workers as a percentage of all children and family social workers (agency plus employed), as full-time equivalents (FTE) at 30 September.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    lait: "Work_Force_Agecy_Rate",
    aliases: [
      "Agency rate",
      "Agency social worker rate",
      "Agency staff rate",
      "Agency staff (%)",
      "Agency social workers (%)",
      "Percentage of agency staff",
      "Proportion of agency workers",
      "Agency worker rate",
    ],
    acronyms: ["FTE"],
    method:
      "From the children's social work workforce (CSWW) census: agency FTE social workers at 30 September divided by agency FTE plus employed (in post) FTE social workers, multiplied by 100 (EES columns agency_fte / (agency_fte + inpost_fte)).",
    topic: "Children's services workforce",
  },
  {
    id: "agency-sw-count",
    title: "Agency children and family social workers (FTE)",
    shortTitle: "Agency social workers",
    description:
      "The number of agency social workers working in children and family social work at 30 September, as full-time equivalents (FTE). Councils' own reports often give a headcount.",
    unit: "fte",
    polarity: "lower-is-better",
    polarityReason:
      "Set by kpikit to match the agency rate (LAIT: lower is better): fewer agency workers means a more stable workforce. Read it with the size of the establishment.",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    aliases: [
      "Agency staff",
      "Agency social workers",
      "Number of agency social workers",
      "Agency workers",
      "Agency staff numbers",
    ],
    acronyms: ["FTE"],
    method:
      "From the CSWW census: agency social workers at 30 September, FTE (EES column agency_fte; agency_headcount for a headcount).",
    topic: "Children's services workforce",
  },
  {
    id: "sw-vacancy-rate",
    title: "Children and family social worker vacancy rate",
    shortTitle: "Social worker vacancies",
    description:
      "Vacant social worker posts as a percentage of all posts (vacancies plus social workers in post), as full-time equivalents (FTE) at 30 September.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    lait: "Work_Force_Vac_Rate",
    aliases: [
      "Vacancy rate",
      "Social worker vacancy rate",
      "SW vacancy rate",
      "Vacancies",
      "Social worker vacancies (%)",
    ],
    acronyms: ["FTE"],
    method:
      "From the CSWW census: vacant FTE posts at 30 September divided by vacant FTE plus FTE social workers in post, multiplied by 100 (EES vacancy_fte / (vacancy_fte + inpost_fte)).",
    topic: "Children's services workforce",
  },
  {
    id: "sw-vacancy-count",
    title: "Children and family social worker vacancies (FTE)",
    shortTitle: "Social worker vacancies (FTE)",
    description:
      "The number of vacant children and family social worker posts at 30 September, as full-time equivalents (FTE): posts not filled by a permanent (employed) social worker, including those an agency worker covers.",
    unit: "fte",
    polarity: "lower-is-better",
    polarityReason:
      "Set by kpikit to match the vacancy rate (LAIT: lower is better): fewer vacant posts means a more stable workforce. Read it with the size of the establishment.",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    aliases: [
      "Number of vacancies",
      "Social worker vacancies (FTE)",
      "Vacancies (FTE)",
      "Number of social worker vacancies",
      "Vacant posts",
      "Vacant social worker posts",
    ],
    acronyms: ["FTE"],
    method:
      "From the CSWW census: vacant children and family social worker posts at 30 September, FTE, as DfE publishes them (EES column vacancy_fte; the rate is vacancy_rate_fte). Region and England figures are DfE's totals.",
    topic: "Children's services workforce",
  },
  {
    id: "sw-turnover-rate",
    title: "Children and family social worker turnover rate",
    shortTitle: "Social worker turnover",
    description:
      "Social workers who left in the 12 months to 30 September as a percentage of social workers in post at 30 September, as full-time equivalents (FTE).",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    lait: "Work_Force_TO_Rate",
    aliases: ["Turnover", "Turnover rate", "Social worker turnover rate", "SW turnover", "Staff turnover"],
    acronyms: ["FTE"],
    method:
      "From the CSWW census: FTE leavers in the year to 30 September divided by FTE social workers in post at 30 September, multiplied by 100 (EES leavers_fte / inpost_fte).",
    topic: "Children's services workforce",
  },
  {
    id: "sw-caseload",
    title: "Average caseload of children and family social workers",
    shortTitle: "Average caseload",
    description:
      "The average number of cases held per case-holding children and family social worker at 30 September, counting workers as full-time equivalents (FTE).",
    unit: "ratio",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "snapshot",
    source: "csww",
    lait: "Work_Force_AvgNumCase_SW",
    aliases: [
      "Caseload",
      "Caseloads",
      "Average caseload",
      "Social worker caseload",
      "Average number of cases per social worker",
      "Cases per social worker",
    ],
    acronyms: ["FTE"],
    method:
      "From the CSWW census: cases held at 30 September divided by the FTE of case-holding social workers (EES cases / case_holders_fte, published as caseload_fte).",
    topic: "Children's services workforce",
  },
  {
    id: "sw-cases-held",
    title: "Cases held by children and family social workers",
    shortTitle: "Cases held",
    description:
      "The number of cases held by case-holding children and family social workers at 30 September: the caseload the average caseload is worked out from.",
    unit: "count",
    polarity: "no-judgement",
    polarityReason:
      "Set by kpikit: the number of cases follows the number of children the council works with, so neither more nor fewer is better in itself; the average caseload per social worker is the judged figure.",
    decimals: 0,
    periodType: "snapshot",
    source: "csww",
    aliases: [
      "Number of cases",
      "Cases held",
      "Number of cases held",
      "Total caseload",
      "Cases held by social workers",
    ],
    acronyms: [],
    method:
      "From the CSWW census: cases held by case-holding children and family social workers at 30 September, as DfE publishes them (EES column cases; divided by case_holders_fte it gives the average caseload, caseload_fte). Region and England figures are DfE's totals.",
    topic: "Children's services workforce",
  },
];
