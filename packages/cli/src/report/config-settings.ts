import { defaultRagPolicy, type Glossary, type RagPolicy, type ScorecardInput } from "@kpikit/core";
import { cscGlossary } from "@kpikit/csc";
import type { KpikitConfig } from "../read/config-schema.js";

/** The config's rating rules (red, amber, green), else the default policy. */
export function reportRagPolicy(config: KpikitConfig | undefined): RagPolicy {
  // The config's rag section has RagPolicy's shape (checked by the config schema).
  return config?.rag
    ? ({
        defaults: config.rag.defaults ?? defaultRagPolicy.defaults,
        ...(config.rag.indicators ? { indicators: config.rag.indicators } : {}),
      } as RagPolicy)
    : defaultRagPolicy;
}

/** The children's social care glossary with the config's own terms. */
export function reportGlossary(config: KpikitConfig | undefined): Glossary {
  return cscGlossary(
    (config?.glossary ?? []).map((g) => ({
      term: g.term,
      expansion: g.expansion,
      ...(g.description ? { description: g.description } : {}),
    })),
  );
}

/** The config's comparison settings: the no-change band, and comparing each row with a baseline. */
export function reportComparison(
  config: KpikitConfig | undefined,
  baseline: ScorecardInput["period"],
): Pick<ScorecardInput, "noChangeBand" | "comparison"> {
  return {
    ...(config?.comparison?.noChangeBand === undefined
      ? {}
      : { noChangeBand: config.comparison.noChangeBand }),
    // The committee table's own comparison: each row with a baseline figure is compared with it.
    ...(config?.comparison?.previous === "baseline" && baseline
      ? { comparison: { kind: "baseline" as const, baseline } }
      : {}),
    // Only comparable periods, even for the council's own figures (which otherwise compare across periods).
    ...(config?.comparison?.previous === "strict" ? { comparison: { kind: "strict" as const } } : {}),
  };
}
