import type { IndicatorDefinition } from "@kpikit/core";

/** Elective home education and school attendance. */
export const educationIndicators: readonly IndicatorDefinition[] = [
  {
    id: "ehe-count",
    title: "Children in elective home education",
    shortTitle: "Children in EHE",
    description:
      "The number of children of compulsory school age known to the council to be in elective home education (EHE) on the census day.",
    unit: "count",
    polarity: "no-judgement",
    polarityReason:
      "Set by kpikit: home education is a lawful choice for parents, so the number is context for the council's oversight, not a performance result.",
    decimals: 0,
    periodType: "snapshot",
    source: "local",
    aliases: [
      "Elective home education",
      "EHE",
      "EHE numbers",
      "Children electively home educated",
      "Home educated children",
      "Number of children in EHE",
    ],
    acronyms: ["EHE"],
    method:
      "From the council's EHE register: children of compulsory school age recorded as electively home educated on the census day (DfE's elective home education collection uses the autumn and spring census days). Count each child once.",
    topic: "Education",
  },
  {
    id: "ehe-notifications",
    title: "New elective home education notifications",
    shortTitle: "EHE notifications",
    description:
      "The number of new notifications (referrals) that a child is, or is to be, electively home educated (EHE) received in the period. A notification is an expression of intent: not every one leads to home education.",
    unit: "count",
    polarity: "no-judgement",
    polarityReason:
      "Set by kpikit: notifications measure demand for the council's follow-up, not performance.",
    decimals: 0,
    periodType: "financial-year",
    source: "local",
    aliases: [
      "EHE referrals",
      "EHE notifications",
      "Referrals for elective home education",
      "Elective home education referrals",
      "New EHE cases",
    ],
    acronyms: ["EHE"],
    method:
      "From the council's EHE register: notifications with a notification date in the period; count each notification.",
    topic: "Education",
  },
  {
    id: "attendance-overall",
    title: "Overall school attendance",
    shortTitle: "Attendance",
    description:
      "Sessions attended as a percentage of possible sessions (one session = half a day) in state-funded schools, for pupils resident in or attending schools in the council's area.",
    unit: "percent",
    polarity: "higher-is-better",
    polarityReason:
      "Set by kpikit: more time in school is better; DfE's attendance statistics rate absence lower-is-better.",
    decimals: 1,
    periodType: "academic-year",
    source: "school-census",
    aliases: ["Attendance", "School attendance", "Attendance rate", "Overall attendance", "Pupil attendance"],
    acronyms: [],
    method:
      "From the school census (or DfE's daily attendance data): sessions attended divided by possible sessions, multiplied by 100 — equivalently 100 minus the overall absence rate.",
    topic: "Education",
  },
  {
    id: "persistent-absence",
    title: "Pupils who are persistently absent",
    shortTitle: "Persistent absence",
    description:
      "The percentage of pupils who missed 10% or more of their possible sessions (persistent absentees).",
    unit: "percent",
    polarity: "lower-is-better",
    polarityReason:
      "Set by kpikit, as DfE's attendance statistics treat it: fewer persistent absentees is better.",
    decimals: 1,
    periodType: "academic-year",
    source: "school-census",
    aliases: [
      "Persistent absence",
      "Persistent absentees",
      "Persistent absence rate",
      "Pupils persistently absent",
    ],
    acronyms: [],
    method:
      "From the school census: pupils whose absent sessions are 10% or more of their possible sessions, as a percentage of all pupils with possible sessions in the period.",
    topic: "Education",
  },
  {
    id: "cin-persistent-absence",
    title: "Children in need who are persistent absentees",
    shortTitle: "CIN persistent absence",
    description:
      "The percentage of children in need (CIN) at school who missed 10% or more of their possible sessions.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "academic-year",
    source: "school-census",
    lait: "CINPermAbsent_3Term",
    aliases: ["CIN persistent absence", "Persistent absence of children in need", "CIN persistent absentees"],
    acronyms: ["CIN"],
    method:
      "DfE matches the CIN census to the school census: of children in need during the year with possible sessions, the percentage who were persistent absentees (10% or more of sessions missed).",
    topic: "Education",
  },
];
