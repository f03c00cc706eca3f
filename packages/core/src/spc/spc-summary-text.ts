import type { SpcRule, XmrResult } from "./types.js";

const ruleWords: Record<SpcRule, string> = {
  "above-upper-limit": "the latest point is above the upper process limit",
  "below-lower-limit": "the latest point is below the lower process limit",
  "trend-increasing": "the latest points are part of a run of 7 or more rising values",
  "trend-decreasing": "the latest points are part of a run of 7 or more falling values",
  "two-in-three-above": "2 of the latest 3 points are close to the upper process limit",
  "two-in-three-below": "2 of the latest 3 points are close to the lower process limit",
  "run-above": "the latest points are part of a run of 7 or more above the mean",
  "run-below": "the latest points are part of a run of 7 or more below the mean",
};

function defaultFormat(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/**
 * A plain-English reading of an XmR chart: the variation icon of the latest group (with the rule that
 * caused it) and, when a target is set, the assurance icon.
 *
 * @param result - an `xmrChart` result
 * @param options - `format` for numbers (default: 4 significant figures)
 * @example
 * const chart = xmrChart(
 *   [88, 90, 92, 91, 89, 90, 93, 91, 90, 92, 89, 91].map((value, i) => ({ label: `M${i + 1}`, value })),
 *   { improvementDirection: "increase", target: 95 },
 * );
 * spcSummaryText(chart)
 * //=> "Common cause variation: no significant change (mean 90.5, process limits 85.42 to 95.58). The target of 95 is within the process limits, so it may or may not be met. The limits rest on only 12 points, so read them with caution."
 */
export function spcSummaryText(
  result: XmrResult,
  options: { readonly format?: (value: number) => string } = {},
): string {
  const f = options.format ?? defaultFormat;
  if (result.status === "insufficient-data" || result.mean === null || result.variation === null) {
    return "There are not enough points with values for an SPC chart.";
  }
  const last = result.points.at(-1);
  const limits =
    result.lpl !== null && result.upl !== null
      ? `mean ${f(result.mean)}, process limits ${f(result.lpl)} to ${f(result.upl)}`
      : `mean ${f(result.mean)}, no process limits`;
  const because = last?.rule ? `: ${ruleWords[last.rule]}` : "";
  let variation: string;
  switch (result.variation) {
    case "common_cause":
      variation = `Common cause variation: no significant change (${limits}).`;
      break;
    case "special_cause_improvement":
      variation = `Special cause variation showing improvement${because} (${limits}).`;
      break;
    case "special_cause_concern":
      variation = `Special cause variation of concern${because} (${limits}).`;
      break;
    case "special_cause_neutral_high":
      variation = `Special cause variation, unusually high${because} (${limits}).`;
      break;
    case "special_cause_neutral_low":
      variation = `Special cause variation, unusually low${because} (${limits}).`;
      break;
    default: {
      const never: never = result.variation;
      variation = String(never);
    }
  }
  const short = result.groups.at(-1)?.shortGroupWarning
    ? ` The limits rest on only ${result.n} points, so read them with caution.`
    : "";
  if (result.target === null || result.assurance === "blank") return variation + short;
  const t = f(result.target);
  const assurance =
    result.assurance === "consistent_pass"
      ? `The target of ${t} is outside the process limits on the passing side, so it will consistently be met.`
      : result.assurance === "consistent_fail"
        ? `The target of ${t} is outside the process limits on the failing side, so it will consistently be missed unless the process changes.`
        : `The target of ${t} is within the process limits, so it may or may not be met.`;
  return `${variation} ${assurance}${short}`;
}
