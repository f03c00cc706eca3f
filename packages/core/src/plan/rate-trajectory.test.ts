import { describe, expect, it } from "vitest";
import type { Observation } from "../observation/types.js";
import { financialYear, month, snapshot } from "../period/constructors.js";
import type { Period } from "../period/types.js";
import { rateTrajectory } from "./rate-trajectory.js";
import type { LinkedIndicator, TrajectoryIndicator } from "./types.js";

const reReferrals: TrajectoryIndicator = {
  title: "Re-referrals",
  unit: "percent",
  polarity: "lower-is-better",
};
const stability: TrajectoryIndicator = {
  title: "Placement stability",
  unit: "percent",
  polarity: "higher-is-better",
};
const obs = (period: Period, value: number | null, status: Observation["status"] = "ok"): Observation => ({
  indicatorId: "re-referrals-12m",
  area: "865",
  period,
  value,
  status,
});
// Baseline 22% for 2018/19 (ends 31 Mar 2019); target 16% by 31 Mar 2021: 6 points over 731 days, so the
// line is at 22 − 6 × 519/731 = 17.74% on 31 Aug 2020.
const link: LinkedIndicator = { indicatorId: "re-referrals-12m", target: 16, targetDate: "2021-03-31" };
const base = obs(financialYear(2018), 22);
const when = { start: "2019-04-01", asAt: "2021-12-31" };

describe("rateTrajectory: one row per rule, reasons in full", () => {
  it.each<[string, TrajectoryIndicator, LinkedIndicator, Observation[], string, string]>([
    [
      "target met",
      reReferrals,
      link,
      [base, obs(month(2020, 8), 15.8)],
      "achieved",
      "15.8% for Aug 2020 meets the 16.0% target for 31 Mar 2021.",
    ],
    [
      "ahead of the line",
      reReferrals,
      link,
      [base, obs(month(2020, 8), 17.5)],
      "green",
      "17.5% against a trajectory of 17.7% for Aug 2020; 0.2 points ahead.",
    ],
    [
      "a distance that rounds to nothing is on the line",
      reReferrals,
      link,
      [base, obs(month(2020, 8), 17.76)],
      "green",
      "17.8% against a trajectory of 17.7% for Aug 2020; on the line.",
    ],
    [
      "behind within the tolerance",
      reReferrals,
      link,
      [base, obs(month(2020, 8), 18.9)],
      "amber",
      "18.9% against a trajectory of 17.7% for Aug 2020; 1.2 points behind, within the tolerance of 2.0 points.",
    ],
    [
      "behind beyond the tolerance",
      reReferrals,
      link,
      [base, obs(month(2020, 8), 21.4)],
      "red",
      "21.4% against a trajectory of 17.7% for Aug 2020; 3.7 points behind, beyond the tolerance of 2.0 points.",
    ],
    [
      "the link's own tolerance",
      reReferrals,
      { ...link, tolerance: 0.5 },
      [base, obs(month(2020, 8), 18.9)],
      "red",
      "18.9% against a trajectory of 17.7% for Aug 2020; 1.2 points behind, beyond the tolerance of 0.5 points.",
    ],
    [
      "higher is better",
      stability,
      { indicatorId: "re-referrals-12m", target: 80, targetDate: "2021-03-31" },
      [obs(snapshot("2019-03-31"), 70), obs(snapshot("2020-03-31"), 74)],
      "amber",
      "74.0% against a trajectory of 75.0% for 31 Mar 2020; 1.0 points behind, within the tolerance of 2.0 points.",
    ],
    [
      "no figure since the baseline",
      reReferrals,
      link,
      [base],
      "not-rated",
      "No figure for Re-referrals since the baseline of 22.0% for 2018/19, so progress towards the 16.0% target for 31 Mar 2021 cannot be judged.",
    ],
    [
      "no baseline",
      reReferrals,
      link,
      [obs(month(2020, 8), 18.9)],
      "not-rated",
      "No figure for Re-referrals at or before the action's start (1 Apr 2019), so there is no baseline for the 16.0% target for 31 Mar 2021.",
    ],
    [
      "a suppressed latest figure is no figure, never red",
      reReferrals,
      link,
      [base, obs(month(2020, 8), null, "suppressed")],
      "not-rated",
      "No figure for Re-referrals since the baseline of 22.0% for 2018/19, so progress towards the 16.0% target for 31 Mar 2021 cannot be judged.",
    ],
    [
      "three figures: when the target would be reached",
      reReferrals,
      link,
      [base, obs(financialYear(2019), 20), obs(month(2020, 8), 19)],
      "amber",
      "19.0% against a trajectory of 17.7% for Aug 2020; 1.3 points behind, within the tolerance of 2.0 points; at the current rate the target would be reached by 16 Feb 2022.",
    ],
    [
      "three figures moving away from the target",
      reReferrals,
      link,
      [base, obs(financialYear(2019), 23), obs(month(2020, 8), 24)],
      "red",
      "24.0% against a trajectory of 17.7% for Aug 2020; 6.3 points behind, beyond the tolerance of 2.0 points; at the current rate the target would not be reached.",
    ],
  ])("%s", (_name, indicator, l, observations, status, reason) => {
    const r = rateTrajectory(l, indicator, observations, when);
    expect(r.reason).toBe(reason);
    expect(r.status).toBe(status);
  });

  it("a no-judgement indicator is not rated", () => {
    const r = rateTrajectory(link, { ...reReferrals, polarity: "no-judgement" }, [base], when);
    expect(r.status).toBe("not-rated");
  });

  it("leaves out figures for periods ending after the day it is rated as at", () => {
    const later = [base, obs(month(2020, 8), 18.9), obs(month(2021, 8), 15)];
    expect(rateTrajectory(link, reReferrals, later, when).status).toBe("achieved");
    const r = rateTrajectory(link, reReferrals, later, { ...when, asAt: "2020-09-15" });
    expect(r.status).toBe("amber");
    expect(r.latest?.date).toBe("2020-08-31");
  });

  it("the line stops at the target after the target date", () => {
    const r = rateTrajectory(link, reReferrals, [base, obs(month(2021, 8), 16.5)], when);
    expect(r.latest?.trajectory).toBe(16);
    expect(r.status).toBe("amber");
  });
});
