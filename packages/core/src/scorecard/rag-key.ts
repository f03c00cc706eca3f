// Internal: the Scorecard key, one entry per rating status, saying what it means under the policy.

import type { QuartileBand } from "../benchmark/types.js";
import { RAG_LABEL, RAG_ORDER } from "../labels/labels.js";
import { type RagPolicy, type RagRule, type RatedStatus, ragRulesFor } from "../rag/index.js";
import type { RagStatus } from "../rag/types.js";
import type { ScorecardKeyEntry, ScorecardKeyRule, ScorecardRow } from "./types.js";

type Rule = Exclude<RagRule, { kind: "defaults" }>;

const DEFAULT_BANDS: Readonly<Record<QuartileBand, RatedStatus>> = {
  A: "green",
  B: "green",
  C: "amber",
  D: "red",
};

function comparator(rule: Extract<Rule, { kind: "benchmark" }>): string {
  return rule.against === "neighbours"
    ? "the statistical neighbour average"
    : rule.against === "england"
      ? "England"
      : "the region";
}

/** What each status means under one rule (statuses the rule never gives are absent). */
function meanings(rule: Rule, stretch: boolean): Partial<Record<RagStatus, string>> {
  switch (rule.kind) {
    case "target":
      return {
        ...(stretch && rule.blue !== false ? { blue: "meets or beats the stretch target" } : {}),
        green: "meets or beats the target",
        amber: "misses the target by no more than the tolerance",
        red: "misses the target by more than the tolerance",
      };
    case "benchmark": {
      const who = comparator(rule);
      if (rule.method === "significance") {
        const similar = rule.similar ?? "amber";
        return {
          green: `significantly better than ${who}`,
          [similar]: `not significantly different from ${who}`,
          red: `significantly worse than ${who}`,
        };
      }
      return {
        green: `as good as or better than ${who}`,
        amber: `worse than ${who} by no more than the tolerance`,
        red: `worse than ${who} by more than the tolerance`,
      };
    }
    case "quartile": {
      const bands = { ...DEFAULT_BANDS, ...rule.bands };
      const out: Partial<Record<RagStatus, string>> = {};
      for (const status of ["green", "amber", "red"] as const) {
        const list = (Object.keys(bands) as QuartileBand[]).filter((b) => bands[b] === status).sort();
        if (list.length > 0)
          out[status] =
            `in national quartile band ${list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`} (A is best)`;
      }
      return out;
    }
    case "direction": {
      const out: Partial<Record<RagStatus, string>> = {};
      const add = (status: RatedStatus, words: string) => {
        out[status] = out[status] ? `${out[status]} or ${words}` : words;
      };
      add(rule.improving ?? "green", "the change is rated improving");
      add(rule.noChange ?? "amber", "the change is rated no significant change");
      add(rule.worsening ?? "red", "the change is rated worsening");
      return out;
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * The rules some row can be rated by (a target rule only where the row has a target), in the order the policy
 * applies them: the defaults' order first, then rules that only indicators' own lists have, in row order.
 */
function usedRules(policy: RagPolicy, rows: readonly ScorecardRow[]): Rule[] {
  const used = new Set<string>();
  const perRow: Rule[][] = rows.map((row) =>
    ragRulesFor(policy, row.indicator.id).filter((r) => !(r.kind === "target" && row.target === null)),
  );
  for (const list of perRow) for (const r of list) used.add(JSON.stringify(r));
  const out: Rule[] = [];
  const seen = new Set<string>();
  const add = (r: Rule) => {
    const id = JSON.stringify(r);
    if (used.has(id) && !seen.has(id)) {
      seen.add(id);
      out.push(r);
    }
  };
  for (const r of policy.defaults) if (r.kind !== "defaults") add(r);
  for (const list of perRow) for (const r of list) add(r);
  return out;
}

/**
 * One entry per rating status the rows' rules can give, in the rating order (red first, not rated last),
 * e.g. "Green: meets or beats the target; failing that, in national quartile band A or B (A is best)".
 */
export function ragKey(policy: RagPolicy, rows: readonly ScorecardRow[]): ScorecardKeyEntry[] {
  const rules = usedRules(policy, rows);
  const stretch = rows.some((r) => r.target?.stretch !== undefined);
  const phrases = new Map<RagStatus, string[]>();
  for (const rule of rules) {
    for (const [status, text] of Object.entries(meanings(rule, stretch)) as [RagStatus, string][]) {
      const list = phrases.get(status) ?? [];
      if (!list.includes(text)) list.push(text);
      phrases.set(status, list);
    }
  }
  const key: ScorecardKeyEntry[] = [];
  for (const status of RAG_ORDER) {
    const list =
      status === "not-rated"
        ? ["no figure, nothing to judge it against, or neither higher nor lower is better"]
        : phrases.get(status);
    if (!list) continue;
    key.push({
      status,
      label: RAG_LABEL[status],
      meaning: `${RAG_LABEL[status]}: ${list.join("; failing that, ")}`,
    });
  }
  return key;
}

const RULE_TITLE: Readonly<Record<Rule["kind"], string>> = {
  target: "Against the target",
  benchmark: "Against a comparator",
  quartile: "By national quartile band",
  direction: "By the change's rating",
};

/**
 * The rules the rows use, in the order the policy tries them (the first that can rate a row decides), each
 * with what its ratings mean, red first: "1. Against the target: Red misses the target by more than the
 * tolerance; …".
 */
export function ragKeyRules(policy: RagPolicy, rows: readonly ScorecardRow[]): ScorecardKeyRule[] {
  const rules = usedRules(policy, rows);
  const stretch = rows.some((r) => r.target?.stretch !== undefined);
  return rules.map((rule) => {
    const m = meanings(rule, stretch);
    const title = rule.kind === "benchmark" ? `Against ${comparator(rule)}` : RULE_TITLE[rule.kind];
    return {
      kind: rule.kind,
      title,
      entries: RAG_ORDER.filter((s) => m[s] !== undefined).map((status) => ({
        status,
        label: RAG_LABEL[status],
        meaning: m[status]!,
      })),
    };
  });
}
