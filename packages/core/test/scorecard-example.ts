// A realistic (invented) Scorecard input: an example LA with 13 indicators, statistical neighbours,
// England and region rows, and every LA's figures for national rank and band. Figures are made up;
// the shapes are what real inputs look like. Used by tests, the benchmark and the committed fixture.

import { seededRandom } from "../bench/_lib/seeded-random.mjs";
import type { Area, IndicatorDefinition, Observation, Period, ScorecardInput } from "../src/index.js";
import {
  createGlossary,
  financialQuarter,
  financialYear,
  month,
  multiYear,
  periodKey,
  snapshot,
} from "../src/index.js";

const def = (
  d: Omit<IndicatorDefinition, "aliases" | "acronyms" | "method"> & Partial<IndicatorDefinition>,
): IndicatorDefinition => ({
  aliases: [],
  acronyms: [],
  method: "",
  ...d,
});

export const definitions: readonly IndicatorDefinition[] = [
  def({
    id: "re-referrals-12m",
    title: "Re-referrals within 12 months of a previous referral",
    shortTitle: "Re-referrals",
    description: "Referrals in the year that were within 12 months of a previous referral.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "re_referrals",
    topic: "Front door",
  }),
  def({
    id: "assessments-45-days",
    title: "Assessments completed within 45 working days",
    shortTitle: "Assessments in 45 days",
    description: "Social work assessments completed within 45 working days of referral.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    topic: "Front door",
  }),
  def({
    id: "cin-rate",
    title: "Children in need (CIN) per 10,000 children",
    shortTitle: "CIN rate",
    description: "Children in need at 31 March per 10,000 children aged under 18.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    acronyms: ["CIN"],
    topic: "Children in need",
  }),
  def({
    id: "icpc-15-days",
    title: "Initial child protection conferences (ICPC) within 15 working days",
    shortTitle: "ICPC in 15 days",
    description: "ICPCs held within 15 working days of the strategy discussion.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    acronyms: ["ICPC"],
    topic: "Child protection",
  }),
  def({
    id: "cp-second-time",
    title: "Child protection plans starting that were a second or later plan",
    shortTitle: "Repeat plans",
    description: "Child protection plans starting in the year for a child who had been on a plan before.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    topic: "Child protection",
  }),
  def({
    id: "cp-plans-2-years",
    title: "Child protection plans ending that lasted 2 years or more",
    shortTitle: "Plans over 2 years",
    description: "Plans ending in the year that had lasted two years or more.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    topic: "Child protection",
  }),
  def({
    id: "cla-rate",
    title: "Children looked after (CLA) per 10,000 children",
    shortTitle: "CLA rate",
    description: "Children looked after at 31 March per 10,000 children aged under 18.",
    unit: "rate-per-10k",
    polarity: "no-judgement",
    decimals: 0,
    periodType: "snapshot",
    source: "ssda903",
    acronyms: ["CLA"],
    topic: "Children looked after",
  }),
  def({
    id: "cla-3-placements",
    title: "Children looked after with 3 or more placements in the year",
    shortTitle: "3+ placements",
    description: "Placement stability: children with three or more placements during the year.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "ssda903",
    topic: "Children looked after",
  }),
  def({
    id: "cla-missing",
    title: "Children looked after who went missing in the year",
    shortTitle: "Missing from care",
    description: "Children looked after with at least one missing incident in the year.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "ssda903",
    topic: "Children looked after",
  }),
  def({
    id: "adoption-days",
    title: "Average days between entering care and moving in with the adoptive family",
    shortTitle: "Days to adoption",
    description: "Three-year average, children adopted.",
    unit: "days",
    polarity: "lower-is-better",
    decimals: 0,
    periodType: "multi-year",
    source: "ssda903",
    topic: "Permanence",
  }),
  def({
    id: "care-leavers-eet",
    title: "Care leavers aged 19 to 21 in education, employment or training (EET)",
    shortTitle: "Care leavers in EET",
    description: "Care leavers aged 19 to 21 in education, employment or training.",
    unit: "percent",
    polarity: "higher-is-better",
    decimals: 0,
    periodType: "financial-year",
    source: "ssda903",
    acronyms: ["EET"],
    topic: "Care leavers",
  }),
  def({
    id: "sw-turnover",
    title: "Children's social worker turnover",
    shortTitle: "Social worker turnover",
    description: "Leavers in the year as a percentage of social workers in post.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "csww",
    topic: "Workforce",
  }),
  def({
    id: "sw-caseload",
    title: "Average social worker caseload",
    shortTitle: "Average caseload",
    description: "Cases per children and family social worker.",
    unit: "count",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-quarter",
    source: "csww",
    topic: "Workforce",
  }),
];

export const area: Area = { code: "990", name: "Exampleshire", kind: "la" };
export const region: Area = { code: "E12000009", name: "South West", kind: "region" };
export const england: Area = { code: "E92000001", name: "England", kind: "england" };
const NEIGHBOUR_NAMES = [
  "Avonmere",
  "Brackenshire",
  "Coldharbour",
  "Dunmore",
  "Eastwold",
  "Fenwick",
  "Greystone",
  "Hollowfield",
  "Ivybridge Vale",
  "Juniper",
];
export const neighbours: readonly Area[] = NEIGHBOUR_NAMES.map((name, i) => ({
  code: String(801 + i),
  name,
  kind: "la" as const,
}));
/** Every LA but the example one (the example LA's own published figure is added per indicator). */
const LA_CODES = Array.from({ length: 150 }, (_, i) => String(801 + i));

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

/** National distribution per indicator: centre and spread by year index, and a typical denominator. */
const NATIONAL: Record<
  string,
  { centre: (y: number) => number; spread: number; den?: number; period: (y: number) => Period }
> = {
  "re-referrals-12m": { centre: () => 21.5, spread: 5, den: 2500, period: (y) => financialYear(y) },
  "assessments-45-days": {
    centre: (y) => 83 + y * 0.3,
    spread: 7,
    den: 4000,
    period: (y) => financialYear(y),
  },
  "cin-rate": { centre: () => 335, spread: 60, period: (y) => financialYear(y) },
  "icpc-15-days": { centre: () => 78, spread: 10, den: 300, period: (y) => financialYear(y) },
  "cp-second-time": { centre: () => 23, spread: 4, den: 400, period: (y) => financialYear(y) },
  "cp-plans-2-years": { centre: () => 3.8, spread: 1.5, den: 400, period: (y) => financialYear(y) },
  "cla-rate": { centre: () => 70, spread: 20, period: (y) => snapshot(`${y + 1}-03-31`) },
  "cla-3-placements": { centre: () => 10, spread: 2.5, den: 500, period: (y) => financialYear(y) },
  "adoption-days": { centre: () => 480, spread: 60, period: (y) => multiYear(y - 2, 3) },
  "care-leavers-eet": { centre: () => 55, spread: 7, den: 200, period: (y) => financialYear(y) },
  "sw-turnover": { centre: () => 16, spread: 3.5, den: 180, period: (y) => financialYear(y) },
};

function definition(id: string): IndicatorDefinition {
  const d = definitions.find((x) => x.id === id);
  if (!d) throw new Error(id);
  return d;
}

const round = (x: number, d: number) => Number(x.toFixed(d));

/** Every LA's published figure for each year (the example LA's own figures are in `own`). */
function nationalValues(own: ReadonlyMap<string, number>): Observation[] {
  const rand = seededRandom(20250630);
  const out: Observation[] = [];
  for (const [id, n] of Object.entries(NATIONAL)) {
    const d = definition(id);
    for (const [yi, y] of YEARS.entries()) {
      const period = n.period(y);
      for (const code of LA_CODES) {
        const z = (rand() + rand() + rand() - 1.5) * 2;
        // Neighbour 810 (Juniper) has no figure for repeat plans in the latest year: it shows as [x].
        if (id === "cp-second-time" && code === "810" && y === 2024) {
          out.push({
            indicatorId: id,
            area: code,
            period,
            value: null,
            status: "not-available",
            source: "Example national data",
          });
          continue;
        }
        let value = Math.max(0, n.centre(yi) + z * n.spread);
        if (n.den !== undefined) {
          const denominator = Math.round(n.den * (0.5 + rand()));
          const numerator = Math.round((value / 100) * denominator);
          value = round((numerator / denominator) * 100, d.decimals);
          out.push({
            indicatorId: id,
            area: code,
            period,
            value,
            numerator,
            denominator,
            status: "ok",
            source: "Example national data",
          });
        } else {
          out.push({
            indicatorId: id,
            area: code,
            period,
            value: round(value, d.decimals),
            status: "ok",
            source: "Example national data",
          });
        }
      }
      const mine = own.get(`${id}|${periodKey(period)}`);
      if (mine !== undefined)
        out.push({
          indicatorId: id,
          area: area.code,
          period,
          value: mine,
          status: "ok",
          source: "Example national data",
        });
    }
  }
  return out;
}

/** The LA's own figures, England and the region. */
function localObservations(): Observation[] {
  const out: Observation[] = [];
  const put = (
    id: string,
    code: string,
    period: Period,
    value: number | null,
    extra: Partial<Observation> = {},
  ) =>
    out.push({
      indicatorId: id,
      area: code,
      period,
      value,
      status: value === null ? "suppressed" : "ok",
      ...extra,
    });
  const series = (id: string, values: readonly (number | null)[], dens?: readonly number[]) => {
    const d = definition(id);
    values.forEach((v, i) => {
      const y = YEARS[i]!;
      const period = NATIONAL[id]?.period(y) ?? financialYear(y);
      if (v !== null && dens) {
        const denominator = dens[i]!;
        const numerator = Math.round((v / 100) * denominator);
        put(id, area.code, period, round((numerator / denominator) * 100, d.decimals), {
          numerator,
          denominator,
          source: "Exampleshire CIN census returns",
        });
      } else put(id, area.code, period, v, { source: "Exampleshire returns" });
    });
  };
  // Re-referrals: 15% last year, 18.9% this year (lower is better: worsening).
  series(
    "re-referrals-12m",
    [22.4, 21.0, 19.6, 17.3, 16.1, 15.0, 18.9],
    [2100, 2040, 1980, 2010, 1950, 2000, 2000],
  );
  series(
    "assessments-45-days",
    [78.1, 80.4, 84.9, 88.0, 91.2, 93.8, 96.2],
    [3600, 3500, 3550, 3650, 3700, 3600, 3620],
  );
  series("cin-rate", [301.2, 310.5, 322.8, 318.0, 325.4, 331.9, 342.7]);
  series("cp-second-time", [19.5, 21.2, 20.8, 22.9, 24.1, 25.3, 27.0], [380, 360, 410, 395, 370, 400, 415]);
  series("cp-plans-2-years", [4.1, 3.6, 3.9, 3.2, 2.9, 2.7, 2.4], [330, 340, 300, 320, 350, 310, 330]);
  series("cla-rate", [58, 60, 63, 62, 61, 64, 66]);
  // 3+ placements: the latest figure is suppressed (a small count).
  series("cla-3-placements", [9.8, 10.4, 9.1, 8.7, 8.2, 7.9, null]);
  series("adoption-days", [512, 498, 470, 455, 431, 402, 390]);
  series("care-leavers-eet", [49, 51, 50, 53, 55, 56, 58], [180, 175, 190, 185, 200, 195, 205]);
  series("sw-turnover", [18.2, 17.5, 19.1, 20.4, 18.0, 17.1, 16.5]);
  // Missing from care: a local measure with no national figures.
  for (const [i, v] of [12.2, 11.8, 11.5, 11.9, 10.6, 10.1, 9.4].entries()) {
    put("cla-missing", area.code, financialYear(YEARS[i]!), v, {
      source: "Exampleshire missing episodes log",
    });
  }
  // ICPC timeliness: 24 monthly local figures (enough for an SPC chart); national figures are yearly.
  const icpc = [
    71.4, 75.0, 68.8, 80.0, 72.7, 77.8, 73.3, 81.8, 70.0, 76.9, 84.6, 78.6, 83.3, 87.5, 80.0, 85.7, 88.9,
    82.4, 90.0, 86.7, 91.7, 84.2, 93.3, 89.5,
  ];
  icpc.forEach((v, i) => {
    const y = 2023 + Math.floor((i + 3) / 12);
    const m = ((i + 3) % 12) + 1;
    put("icpc-15-days", area.code, month(y, m), v, { source: "Exampleshire case management system" });
  });
  // Caseloads: quarterly local figures, plus a yearly figure that is not comparable with quarters, and a
  // quarter after the scorecard's period.
  const caseloads = [19.8, 19.1, 18.6, 18.9, 17.9, 17.2, 16.8, 17.4];
  caseloads.forEach((v, i) => {
    put(
      "sw-caseload",
      area.code,
      financialQuarter(2023 + Math.floor(i / 4), ((i % 4) + 1) as 1 | 2 | 3 | 4),
      v,
      { source: "Exampleshire workforce return" },
    );
  });
  put("sw-caseload", area.code, financialYear(2023), 18.4, { source: "CSWW 2024" });
  put("sw-caseload", area.code, financialQuarter(2025, 1), 16.5, { source: "Exampleshire workforce return" });
  // A duplicate (the second copy is left out) and a figure for an indicator nobody defined.
  put("re-referrals-12m", area.code, financialYear(2022), 16.4, { source: "re-keyed spreadsheet row 12" });
  put("foster-carers", area.code, financialYear(2024), 112, { source: "local.csv row 31" });

  // England and region rows, as published (never an average of LAs).
  const comparatorRows: Record<string, [number, number]> = {
    "re-referrals-12m": [21.4, 20.6],
    "assessments-45-days": [82.9, 84.1],
    "cin-rate": [332.9, 312.4],
    "icpc-15-days": [78.2, 80.5],
    "cp-second-time": [23.4, 22.8],
    "cp-plans-2-years": [3.9, 3.5],
    "cla-rate": [70, 62],
    "cla-3-placements": [10.1, 9.6],
    "adoption-days": [474, 455],
    "care-leavers-eet": [56, 54],
    "sw-turnover": [16.2, 17.0],
  };
  for (const [id, [eng, reg]] of Object.entries(comparatorRows)) {
    for (const [yi, y] of YEARS.entries()) {
      const period = NATIONAL[id]!.period(y);
      const drift = (YEARS.length - 1 - yi) * 0.2;
      put(id, england.code, period, round(eng + drift, definition(id).decimals), {
        source: "Example national data",
      });
      put(id, region.code, period, round(reg + drift, definition(id).decimals), {
        source: "Example national data",
      });
    }
  }
  return out;
}

/** The example Scorecard input. */
export function exampleInput(): ScorecardInput {
  const observations = localObservations();
  const own = new Map<string, number>();
  for (const o of observations)
    if (o.area === area.code && o.value !== null) own.set(`${o.indicatorId}|${periodKey(o.period)}`, o.value);
  return {
    title: "Exampleshire children's services performance scorecard",
    area,
    period: financialYear(2024),
    generated: "2025-07-15",
    definitions,
    observations,
    nationalValues: nationalValues(own),
    rows: [
      {
        indicatorId: "re-referrals-12m",
        target: 18,
        tolerance: { kind: "absolute", value: 2 },
        targetSource: "Improvement plan 2024",
      },
      { indicatorId: "assessments-45-days", target: 85, stretch: 95 },
      { indicatorId: "cin-rate" },
      { indicatorId: "icpc-15-days", target: 90, tolerance: { kind: "absolute", value: 5 } },
      { indicatorId: "cp-second-time", target: 20, tolerance: { kind: "absolute", value: 2 } },
      { indicatorId: "cp-plans-2-years" },
      { indicatorId: "cla-rate" },
      { indicatorId: "cla-3-placements", target: 9 },
      { indicatorId: "cla-missing", note: "Local measure: no national comparison is published." },
      { indicatorId: "adoption-days", target: 426 },
      { indicatorId: "care-leavers-eet", target: 55 },
      { indicatorId: "sw-turnover", target: 15, tolerance: { kind: "absolute", value: 2 } },
      { indicatorId: "sw-caseload", target: 17, tolerance: { kind: "relative", percent: 10 } },
      { indicatorId: "placement-moves-local" },
    ],
    comparators: {
      neighbours,
      neighbourModel: "Example model",
      aggregate: "mean",
      region,
      england,
      highPerformers: { label: "LAs rated Outstanding", codes: ["803", "817", "842", "866", "901", "933"] },
    },
    glossary: createGlossary([
      {
        term: "CIN",
        expansion: "child in need",
        description:
          "A child assessed as needing services to achieve a reasonable standard of health or development.",
      },
      {
        term: "CLA",
        expansion: "child looked after",
        description: "A child in the care of the local authority.",
      },
      { term: "EET", expansion: "education, employment or training" },
      { term: "ICPC", expansion: "initial child protection conference" },
      { term: "LAIT", expansion: "Local Authority Interactive Tool" },
      { term: "MASH", expansion: "multi-agency safeguarding hub" },
      { term: "SSDA903", expansion: "the children looked after return" },
    ]),
    provenance: [
      {
        name: "Exampleshire CIN census and SSDA903 returns",
        kind: "return",
        date: "2025-06-30",
        description: "Invented figures for the example.",
      },
      {
        name: "Example national data",
        kind: "published",
        date: "2025-06-30",
        description: "Invented national, regional and LA figures in the shape of LAIT.",
      },
      { name: "Targets: Improvement plan 2024", kind: "config" },
    ],
  };
}
