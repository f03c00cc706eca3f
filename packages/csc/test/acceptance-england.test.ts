// Acceptance: England figures in data/acceptance/england.csv. Where the file (or the EES table it
// names) has a numerator and denominator, the percentage recomputed from them, rounded as published, must equal
// the published England value; rows sourced from LAIT are checked against the bundled dataset.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Observation } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { getIndicatorByLait } from "../src/catalogue/index.js";
import { parseEesCsv } from "../src/published/parse-ees-csv.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { readSharedCsv, sharedData } from "./shared-data.js";

type Spec =
  | {
      readonly kind: "ees";
      readonly file: string;
      readonly indicator: string;
      readonly period: string;
      readonly multiplier?: number;
    }
  | {
      readonly kind: "lait";
      readonly measure: string;
      readonly period: string;
      readonly split?: { readonly num: readonly string[]; readonly den: readonly string[] };
    };

const C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
const D3 = "d3_cpps_subsequent_plan_2013_to_2025.csv";
const D5 = "d5_cpps_at31march_by_duration_2013_to_2025.csv";
const STAB = "la_cla_placement_stability.csv";
const CSWW = "csww_indicators_2017_to_2025.csv";

// Which kpikit figure each acceptance row is (row order of england.csv, keyed by indicator and period).
const SPECS: Readonly<Record<string, Spec>> = {
  "Re-referrals within 12 months of a previous referral|2024-25 (year to 31 Mar 2025)": {
    kind: "ees",
    file: C1,
    indicator: "re-referrals-12m",
    period: "2024/25",
  },
  "Re-referrals within 12 months of a previous referral|2023-24": {
    kind: "ees",
    file: C1,
    indicator: "re-referrals-12m",
    period: "2023/24",
  },
  "Re-referrals within 12 months of a previous referral|2022-23": {
    kind: "ees",
    file: C1,
    indicator: "re-referrals-12m",
    period: "2022/23",
  },
  "Assessments completed within 45 working days|2024-25": {
    kind: "lait",
    measure: "Continue_Assess_Comp",
    period: "2024/25",
  },
  "Assessments completed within 45 working days|2023-24": {
    kind: "lait",
    measure: "Continue_Assess_Comp",
    period: "2023/24",
  },
  "Assessments completed within 45 working days|2022-23": {
    kind: "lait",
    measure: "Continue_Assess_Comp",
    period: "2022/23",
  },
  "ICPCs held within 15 working days of the start of the S47 (strategy discussion)|2024-25": {
    kind: "lait",
    measure: "CP_conf_15days",
    period: "2024/25",
    split: { num: ["10_ICPC", "15_ICPC"], den: ["10_ICPC", "15_ICPC", "20_ICPC", "21_ICPC"] },
  },
  "ICPCs held within 15 working days|2023-24": { kind: "lait", measure: "CP_conf_15days", period: "2023/24" },
  "ICPCs held within 15 working days|2022-23": { kind: "lait", measure: "CP_conf_15days", period: "2022/23" },
  "CP plans starting in year that were a second or subsequent plan (ever)|2024-25": {
    kind: "ees",
    file: D3,
    indicator: "cpp-repeat",
    period: "2024/25",
  },
  "CP plans starting in year that were a second or subsequent plan|2023-24": {
    kind: "ees",
    file: D3,
    indicator: "cpp-repeat",
    period: "2023/24",
  },
  "CP plans open at 31 March that had lasted 2 years or more|2024-25": {
    kind: "ees",
    file: D5,
    indicator: "cpp-open-2y",
    period: "2024/25",
  },
  "CP plans ceasing in year that had lasted 2 years or more|2024-25": {
    kind: "lait",
    measure: "CPPlans2yrs",
    period: "2024/25",
  },
  "CP plans reviewed within timescales|2024-25": { kind: "lait", measure: "RevCP", period: "2024/25" },
  "CLA with 3+ placements during the year (short-term placement stability)|2024-25": {
    kind: "ees",
    file: STAB,
    indicator: "cla-3-placements",
    period: "2024/25",
  },
  "CLA long-term placement stability (under 16s looked after 2.5+ years; same carer 2+ years or placed for adoption)|2024-25":
    {
      kind: "ees",
      file: STAB,
      indicator: "cla-long-term-stability",
      period: "2024/25",
    },
  "CLA with 3+ placements in previous 2 years (CLA 2 years on 31 March)|2024-25": {
    kind: "ees",
    file: STAB,
    indicator: "cla-3-placements-2y",
    period: "2024/25",
  },
  "CLA at 31 March placed outside LA boundary and more than 20 miles from home|2024-25": {
    kind: "lait",
    measure: "LACDistance",
    period: "2024/25",
  },
  "CLA who had a missing incident during the year|2024-25": {
    kind: "lait",
    measure: "Children_missing",
    period: "2024/25",
  },
  "CLA with 3+ social workers during the year|2023-24": {
    kind: "ees",
    file: "la_cla_swcount.csv",
    indicator: getIndicatorByLait("Stability_SocialWorker")?.id ?? "Stability_SocialWorker",
    period: "2023/24",
  },
  "Agency social worker rate (FTE) at 30 September|2025 (30 Sep 2025)": {
    kind: "ees",
    file: CSWW,
    indicator: "agency-sw-rate",
    period: "30 Sep 2025",
  },
  "Social worker vacancy rate (FTE) at 30 September|2025": {
    kind: "ees",
    file: CSWW,
    indicator: "sw-vacancy-rate",
    period: "30 Sep 2025",
  },
  "Social worker turnover rate (FTE)|2025": {
    kind: "ees",
    file: CSWW,
    indicator: "sw-turnover-rate",
    period: "30 Sep 2025",
  },
  "Average caseload per case-holding FTE social worker|2025": {
    kind: "ees",
    file: CSWW,
    indicator: "sw-caseload",
    period: "30 Sep 2025",
    multiplier: 1,
  },
  "Children in need rate per 10000 (at 31 March)|2024-25": {
    kind: "lait",
    measure: "CIN",
    period: "31 Mar 2025",
  },
  "Children on CP plans rate per 10000 (at 31 March)|2024-25": {
    kind: "lait",
    measure: "CPP_rate",
    period: "31 Mar 2025",
  },
  "CLA rate per 10000 (at 31 March)|2024-25": {
    kind: "ees",
    file: "cla_number_and_rate_per_10k_children.csv",
    indicator: "cla-rate",
    period: "31 Mar 2025",
    multiplier: 10000,
  },
};
// Rows no data file can check, each with the reason; they are listed as skipped tests, never dropped silently.
const A1_2015_18 = "Adoption A1 (3-yr avg days entry to care -> moving in with adoptive family)|2015-18";
const NOT_COVERED: ReadonlyMap<string, string> = new Map([
  [
    A1_2015_18,
    "the 2015-18 three-year A1 average (486 days) comes from an outside summary of the DfE adoption scorecards; the only adoption-timing file (national_cla_adopted_average_time_between_adoption_process_stages.csv) is national, single-year 2021-2025 and in years:months, so it cannot give it",
  ],
]);
const ADOPTION_STAGES = "national_cla_adopted_average_time_between_adoption_process_stages.csv";

const decimalsOf = (text: string) => (text.includes(".") ? (text.split(".")[1]?.length ?? 0) : 0);
const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;

describe("England acceptance figures", () => {
  const rows = readSharedCsv("acceptance/england.csv");
  const eesCache = new Map<string, readonly Observation[]>();
  const ees = (file: string) => {
    let obs = eesCache.get(file);
    if (!obs) {
      const r = parseEesCsv(readFileSync(resolve(sharedData, "published/ees", file)), { file });
      expect(r.rows.used + r.rows.excluded).toBe(r.rows.total);
      obs = r.observations;
      eesCache.set(file, obs);
    }
    return obs;
  };
  const data = loadPublished();

  it("has a spec for every row except the ones named as not covered", () => {
    const keys = rows.map((r) => `${r.indicator}|${r.period}`);
    expect(keys.filter((k) => !SPECS[k] && !NOT_COVERED.has(k))).toEqual([]);
    expect(Object.keys(SPECS).filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.length).toBe(28);
  });

  it.skip.each([...NOT_COVERED])("not checked: %s, because %s", () => {});

  it("the adoption-timing file really cannot give the A1 row: no 2015-18 period, no days, no LA rows", () => {
    const stages = readSharedCsv(`published/ees/${ADOPTION_STAGES}`);
    expect([...new Set(stages.map((r) => r.time_period))].sort()).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect([...new Set(stages.map((r) => r.geographic_level))]).toEqual(["National"]);
    // Its averages are years:months ("01:07") or a suppression symbol, never a number of days; the other rows
    // are counts of children.
    const averages = stages.filter((r) => /average time/i.test(r.stage_of_adoption_process ?? ""));
    expect(averages.length).toBeGreaterThan(200);
    expect(averages.filter((r) => !/^\d{2}:\d{2}$|^[a-z]$/.test(r.number ?? ""))).toEqual([]);
    // And the loader says it does not read the table rather than dropping its rows.
    const r = parseEesCsv(readFileSync(resolve(sharedData, "published/ees", ADOPTION_STAGES)), {
      file: ADOPTION_STAGES,
    });
    expect(r.rows).toEqual({ total: stages.length, used: 0, excluded: stages.length });
    expect(r.issues.map((i) => i.code)).toEqual(["unrecognised-table"]);
  });

  it("new placements in 2024-25 more than 20 miles away: 16% as the acceptance note says, recomputed from counts", () => {
    const note = rows.find((r) => r.source_column_or_measure === "LACDistance")?.notes ?? "";
    expect(note).toContain("New placements in year: 16% outside LA & >20 miles");
    const o = ees("la_cla_during_year_new_placements.csv").find(
      (x) => x.indicatorId === "cla-new-placements-20m" && x.area === "970" && x.period.label === "2024/25",
    );
    expect([o?.value, o?.numerator, o?.denominator]).toEqual([16, 14560, 90930]);
    expect(Math.round(((o?.numerator ?? 0) / (o?.denominator ?? 1)) * 100)).toBe(16);
  });

  it.each(
    rows
      .filter((r) => !NOT_COVERED.has(`${r.indicator}|${r.period}`))
      .map((r) => [`${r.indicator} ${r.period}`, r] as const),
  )("%s", (_, row) => {
    const spec = SPECS[`${row.indicator}|${row.period}`];
    if (!spec) throw new Error("no spec");
    const published = Number(row.england_value);
    const dp = decimalsOf(row.england_value ?? "");
    const num = row.numerator ? Number(row.numerator) : undefined;
    const den = row.denominator ? Number(row.denominator) : undefined;
    if (spec.kind === "ees") {
      const o = ees(spec.file).find(
        (x) => x.indicatorId === spec.indicator && x.area === "970" && x.period.label === spec.period,
      );
      expect(o, `${spec.indicator} ${spec.period}`).toBeDefined();
      expect(o?.value).toBe(published);
      if (num !== undefined) expect(o?.numerator).toBe(num);
      if (den !== undefined) expect(o?.denominator).toBeCloseTo(den, 6);
      // Recompute from the counts the file gives.
      expect(o?.numerator).toBeDefined();
      expect(o?.denominator).toBeDefined();
      const recomputed =
        ((o?.numerator ?? Number.NaN) / (o?.denominator ?? Number.NaN)) * (spec.multiplier ?? 100);
      expect(round(recomputed, dp)).toBe(published);
    } else {
      const o = data.value(spec.measure, "970", spec.period);
      expect(o?.value).toBe(published);
      if (spec.split && num !== undefined && den !== undefined) {
        const sum = (ms: readonly string[]) =>
          ms.reduce((s, m) => s + (data.value(m, "970", spec.period)?.value ?? Number.NaN), 0);
        expect(sum(spec.split.num)).toBe(num);
        expect(sum(spec.split.den)).toBe(den);
        expect(round((num / den) * 100, dp)).toBe(published);
      } else if (num !== undefined && den !== undefined) {
        expect(round((num / den) * 100, dp)).toBe(published);
      }
    }
  });
});
