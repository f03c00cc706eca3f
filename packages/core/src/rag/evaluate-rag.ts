import type { QuartileBand } from "../benchmark/types.js";
import {
  describeAmount,
  describeStatus,
  displayTrimmed,
  displayValue,
  roundTo,
} from "../direction/display.js";
import { kpikitError } from "../errors.js";
import type { Unit } from "../indicator/types.js";
import { compareWithBenchmark } from "../stats/index.js";
import type {
  BenchmarkRule,
  DirectionRule,
  QuartileRule,
  RagPolicy,
  RagRule,
  RagTolerance,
  RatedStatus,
  TargetRule,
} from "./policy.js";
import { defaultRagPolicy, ragRulesFor } from "./policy.js";
import type { RagContext } from "./rag-context.js";
import type { RagResult, RagStatus } from "./types.js";

/** A rule either rates, or says why it cannot. */
type Outcome = { readonly rated: RagResult } | { readonly skipped: string };

/**
 * Rates one row with a policy: the first rule that can rate decides; rules that cannot apply fall
 * through; when none can, `not-rated` with every rule's reason. Missing or suppressed values and
 * `no-judgement` indicators are never rated red or green. Every result has a plain-English reason.
 *
 * @example
 * evaluateRag({ indicator: { id: "re-referrals-12m", polarity: "lower-is-better", unit: "percent", decimals: 1 }, current: { value: 19.4, status: "ok" }, target: 18, tolerance: { kind: "absolute", value: 2 } }, defaultRagPolicy).reason
 * //=> "19.4% is worse than the 18% target by 1.4 percentage points; amber tolerance is 2 points."
 */
export function evaluateRag(context: RagContext, policy: RagPolicy = defaultRagPolicy): RagResult {
  const { indicator, current } = context;
  if (indicator.polarity === "no-judgement") {
    const name = indicator.shortTitle ?? indicator.id;
    return {
      status: "not-rated",
      basis: "none",
      reason: `Not rated: ${name} is not judged (neither higher nor lower is better).`,
    };
  }
  if (
    !current ||
    current.value === null ||
    !Number.isFinite(current.value) ||
    !(current.status === "ok" || current.status === "low-reliability")
  ) {
    const period = current?.period ? ` for ${current.period.label}` : "";
    const state = current ? describeStatus(current.status) : "no figure";
    return { status: "not-rated", basis: "none", reason: `No value${period}: ${state}.` };
  }
  const value = roundTo(current.value, indicator.decimals);
  const skipped: string[] = [];
  for (const rule of ragRulesFor(policy, indicator.id)) {
    const outcome = applyRule(rule, value, context);
    if ("rated" in outcome)
      return rule.id === undefined ? outcome.rated : { ...outcome.rated, ruleId: rule.id };
    skipped.push(outcome.skipped);
  }
  const why = skipped.length > 0 ? ` (${skipped.join("; ")})` : " (the policy has no rules)";
  return { status: "not-rated", basis: "none", reason: `Not rated: no rule could rate this${why}.` };
}

function applyRule(rule: Exclude<RagRule, { kind: "defaults" }>, value: number, ctx: RagContext): Outcome {
  switch (rule.kind) {
    case "target":
      return targetRule(rule, value, ctx);
    case "benchmark":
      return benchmarkRule(rule, value, ctx);
    case "quartile":
      return quartileRule(rule, ctx);
    case "direction":
      return directionRule(rule, ctx);
    default: {
      const never: never = rule;
      throw kpikitError(
        "bad-rag-rule",
        `unknown RAG rule kind ${JSON.stringify((never as { kind?: unknown }).kind)}`,
      );
    }
  }
}

const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/** Positive when `value` is worse than `reference` by polarity (in the indicator's unit). */
function shortfall(value: number, reference: number, higherIsBetter: boolean, decimals: number): number {
  return roundTo(higherIsBetter ? reference - value : value - reference, decimals);
}

function toleranceAmount(t: RagTolerance, reference: number): number {
  return t.kind === "absolute" ? Math.abs(t.value) : (Math.abs(reference) * Math.abs(t.percent)) / 100;
}

function toleranceText(t: RagTolerance, reference: number, unit: Unit, decimals: number): string {
  const points = (x: number) =>
    unit === "percent"
      ? describeAmount(x, unit, decimals).replace("percentage ", "")
      : describeAmount(x, unit, decimals);
  if (t.kind === "absolute") return points(t.value);
  return `${t.percent}% of ${displayTrimmed(reference, unit, decimals)} (${describeAmount(toleranceAmount(t, reference), unit, decimals + 2)})`;
}

function rated(status: RagStatus, basis: RagResult["basis"], reason: string): Outcome {
  return { rated: { status, basis, reason } };
}

/** The shared threshold logic for targets and benchmarks ("the 18% target", "England (17.2%)"). */
function threshold(
  value: number,
  reference: number,
  refText: string,
  tolerance: RagTolerance | undefined,
  basis: "target" | "benchmark",
  ctx: RagContext,
): Outcome {
  const { unit, decimals, polarity } = ctx.indicator;
  const shown = displayValue(value, unit, decimals);
  const gap = shortfall(value, reference, polarity === "higher-is-better", decimals);
  if (gap === 0) return rated("green", basis, `${shown} meets ${refText}.`);
  if (gap < 0)
    return rated(
      "green",
      basis,
      `${shown} is better than ${refText} by ${describeAmount(-gap, unit, decimals)}.`,
    );
  const by = `${shown} is worse than ${refText} by ${describeAmount(gap, unit, decimals)}`;
  if (!tolerance) return rated("red", basis, `${by}; there is no amber tolerance.`);
  const allowed = toleranceAmount(tolerance, reference);
  const tolText = toleranceText(tolerance, reference, unit, decimals);
  if (gap <= allowed + 1e-9 * Math.max(1, allowed))
    return rated("amber", basis, `${by}; amber tolerance is ${tolText}.`);
  return rated("red", basis, `${by}, beyond the amber tolerance of ${tolText}.`);
}

function targetRule(rule: TargetRule, value: number, ctx: RagContext): Outcome {
  const { unit, decimals, polarity } = ctx.indicator;
  if (!isNum(ctx.target)) return { skipped: "no target" };
  const higher = polarity === "higher-is-better";
  // Blue needs the target met as well, so a stretch set on the wrong side of the target cannot flatter.
  if (rule.blue !== false && isNum(ctx.stretch) && shortfall(value, ctx.target, higher, decimals) <= 0) {
    const gap = shortfall(value, ctx.stretch, higher, decimals);
    if (gap <= 0) {
      const shown = displayValue(value, unit, decimals);
      const stretch = `the ${displayTrimmed(ctx.stretch, unit, decimals)} stretch target`;
      return rated(
        "blue",
        "target",
        gap === 0
          ? `${shown} meets ${stretch}.`
          : `${shown} beats ${stretch} by ${describeAmount(-gap, unit, decimals)}.`,
      );
    }
  }
  const refText = `the ${displayTrimmed(ctx.target, unit, decimals)} target`;
  return threshold(value, ctx.target, refText, ctx.tolerance ?? rule.tolerance, "target", ctx);
}

const DEFAULT_LABELS = {
  england: "England",
  region: "the region",
  neighbours: "the statistical neighbour average",
} as const;

function benchmarkRule(rule: BenchmarkRule, value: number, ctx: RagContext): Outcome {
  const { unit, decimals, polarity } = ctx.indicator;
  const bench = ctx.benchmarks?.[rule.against];
  const label = bench?.label ?? DEFAULT_LABELS[rule.against];
  if (!bench || !isNum(bench.value)) return { skipped: `no value for ${label}` };
  const refText = `${label} (${displayValue(bench.value, unit, decimals)})`;
  if ((rule.method ?? "threshold") === "threshold")
    return threshold(value, bench.value, refText, rule.tolerance, "benchmark", ctx);

  const current = ctx.current;
  const lower = current?.lower;
  const upper = current?.upper;
  if (!isNum(lower) || !isNum(upper)) return { skipped: `no confidence interval to compare with ${label}` };
  const comparison = compareWithBenchmark({ value, lower, upper }, bench.value, polarity);
  const level = `${roundTo((current?.confidence ?? 0.95) * 100, 1)}% confidence interval`;
  const shown = `${displayValue(value, unit, decimals)} (${level} ${displayValue(lower, unit, decimals)} to ${displayValue(upper, unit, decimals)})`;
  switch (comparison) {
    case "better":
      return rated("green", "benchmark", `${shown} is significantly better than ${refText}.`);
    case "worse":
      return rated("red", "benchmark", `${shown} is significantly worse than ${refText}.`);
    case "similar":
      return rated(
        rule.similar ?? "amber",
        "benchmark",
        `${shown} is not significantly different from ${refText}.`,
      );
    default:
      return { skipped: `no significance comparison with ${label}` };
  }
}

const QUARTER_WORDS: Record<QuartileBand, string> = {
  A: "the best quarter",
  B: "the second-best quarter",
  C: "the second-worst quarter",
  D: "the worst quarter",
};
const DEFAULT_BANDS: Record<QuartileBand, RatedStatus> = { A: "green", B: "green", C: "amber", D: "red" };

function quartileRule(rule: QuartileRule, ctx: RagContext): Outcome {
  const band = ctx.band;
  if (!band) return { skipped: "no quartile band" };
  const status = rule.bands?.[band] ?? DEFAULT_BANDS[band];
  const rank = isNum(ctx.rank) && isNum(ctx.rankOf) ? ` (ranked ${ctx.rank} of ${ctx.rankOf})` : "";
  return rated(
    status,
    "quartile",
    `Quartile band ${band}: in ${QUARTER_WORDS[band]} of local authorities nationally${rank}.`,
  );
}

function directionRule(rule: DirectionRule, ctx: RagContext): Outcome {
  const d = ctx.direction;
  if (!d) return { skipped: "no direction of travel" };
  const reason = d.reason.replace(/\.$/, "");
  const lowerFirst = reason.charAt(0).toLowerCase() + reason.slice(1);
  switch (d.direction) {
    case "improving":
      return rated(rule.improving ?? "green", "direction", `Improving: ${lowerFirst}.`);
    case "worsening":
      return rated(rule.worsening ?? "red", "direction", `Worsening: ${lowerFirst}.`);
    case "no-change":
      return rated(
        rule.noChange ?? "amber",
        "direction",
        reason.startsWith("No change") ? `${reason}.` : `No change: ${lowerFirst}.`,
      );
    case "not-judged":
      return { skipped: "direction of travel not judged" };
    case "not-comparable":
      return { skipped: `direction of travel not comparable: ${lowerFirst}` };
    default: {
      const never: never = d.direction;
      return { skipped: String(never) };
    }
  }
}
