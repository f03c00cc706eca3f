import type { QuartileBand } from "../benchmark/types.js";

/** A rating a rule can give (`blue` only comes from a stretch target). */
export type RatedStatus = "green" | "amber" | "red";

/**
 * How far worse than a target or benchmark still counts as amber: an absolute amount in the indicator's
 * unit (percentage points for percentages), or a percentage of the target/benchmark value.
 */
export type RagTolerance =
  | { readonly kind: "absolute"; readonly value: number }
  | { readonly kind: "relative"; readonly percent: number };

interface RuleBase {
  /** Optional name, reported as `ruleId` when this rule decides. */
  readonly id?: string;
}

/** Rate against the row's target: met or beaten → green (blue when a stretch target is met), worse within tolerance → amber, else red. */
export interface TargetRule extends RuleBase {
  readonly kind: "target";
  /** Used when the row gives no tolerance of its own. */
  readonly tolerance?: RagTolerance;
  /** Give blue for meeting the stretch target. Default true. */
  readonly blue?: boolean;
}

/** Rate against England, the region or the statistical-neighbour aggregate. */
export interface BenchmarkRule extends RuleBase {
  readonly kind: "benchmark";
  readonly against: "neighbours" | "england" | "region";
  /**
   * `threshold` (default): as good or better → green, worse within tolerance → amber, else red.
   * `significance`: by the value's confidence interval (Fingertips): better → green, similar → `similar`, worse → red.
   */
  readonly method?: "threshold" | "significance";
  readonly tolerance?: RagTolerance;
  /** Status for "not significantly different" (significance only). Default amber. */
  readonly similar?: RatedStatus;
}

/** Rate by national quartile band. Default A and B green, C amber, D red. */
export interface QuartileRule extends RuleBase {
  readonly kind: "quartile";
  readonly bands?: Readonly<Partial<Record<QuartileBand, RatedStatus>>>;
}

/** Rate by direction of travel. Default improving green, no change amber, worsening red. */
export interface DirectionRule extends RuleBase {
  readonly kind: "direction";
  readonly improving?: RatedStatus;
  readonly noChange?: RatedStatus;
  readonly worsening?: RatedStatus;
}

/** In an indicator's rule list: "now try the policy's default rules". */
export interface DefaultsRule {
  readonly kind: "defaults";
}

/** One rule of a RAG policy; JSON-friendly (it is the `rag` section of the CLI config). */
export type RagRule = TargetRule | BenchmarkRule | QuartileRule | DirectionRule | DefaultsRule;

/**
 * Ordered RAG rules: the first rule that can rate a row decides; a rule that cannot apply (no target,
 * no benchmark value) falls through to the next. `indicators[id]` replaces the defaults for that
 * indicator; put `{ "kind": "defaults" }` in it to fall back to the defaults at that point.
 */
export interface RagPolicy {
  readonly defaults: readonly RagRule[];
  readonly indicators?: Readonly<Record<string, readonly RagRule[]>>;
}

/**
 * The built-in policy: target (when the row has one), then national quartile band, then direction of travel.
 * @example
 * defaultRagPolicy.defaults.map((r) => r.kind) //=> ["target", "quartile", "direction"]
 */
export const defaultRagPolicy: RagPolicy = {
  defaults: [{ kind: "target" }, { kind: "quartile" }, { kind: "direction" }],
};

/**
 * The rules that apply to an indicator, in order, with `defaults` entries expanded.
 * @example
 * ragRulesFor({ defaults: [{ kind: "quartile" }], indicators: { x: [{ kind: "target" }, { kind: "defaults" }] } }, "x").map((r) => r.kind) //=> ["target", "quartile"]
 */
export function ragRulesFor(
  policy: RagPolicy,
  indicatorId: string,
): readonly Exclude<RagRule, DefaultsRule>[] {
  const own =
    policy.indicators && Object.hasOwn(policy.indicators, indicatorId)
      ? policy.indicators[indicatorId]
      : undefined;
  const out: Exclude<RagRule, DefaultsRule>[] = [];
  for (const rule of own ?? policy.defaults) {
    if (rule.kind === "defaults") {
      if (own) for (const d of policy.defaults) if (d.kind !== "defaults") out.push(d);
    } else out.push(rule);
  }
  return out;
}
