import type { Issue, Observation, PlanAssessment, ProvenanceEntry } from "@kpikit/core";
import { assessPlan } from "@kpikit/csc";
import { loadPlan } from "../commands/plan.js";

/** The plan files a report rates: as typed (messages name them so), resolved against `cwd`. */
export interface ReportPlanFiles {
  readonly files: readonly string[];
  readonly cwd: string;
}

/**
 * Reads the plan and rates it as at the report's day, with linked indicators rated from the LA's figures the
 * scorecard uses (its own, then the bundled published ones). A bad row throws exit 3 with every issue.
 */
export async function reportPlan(
  files: ReportPlanFiles | undefined,
  asAt: string,
  observations: readonly Observation[],
  laCode: string,
): Promise<{
  readonly plan?: PlanAssessment;
  readonly provenance: readonly ProvenanceEntry[];
  readonly warnings: readonly Issue[];
}> {
  if (!files || files.files.length === 0) return { provenance: [], warnings: [] };
  const { plan, issues } = await loadPlan(files.files, files.cwd);
  const assessment = assessPlan(plan, {
    asAt,
    area: laCode,
    observations: observations.filter((o) => o.area === laCode),
  });
  return {
    plan: assessment,
    warnings: issues,
    provenance: files.files.map((f) => ({
      name: f.split(/[\\/]/).at(-1) ?? f,
      kind: "local" as const,
      description: `Improvement plan: ${assessment.title}, ${plan.actions.length} actions rated as at ${asAt}`,
    })),
  };
}
