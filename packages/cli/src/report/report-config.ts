import type { Issue, Period } from "@kpikit/core";
import { parsePeriod } from "@kpikit/core";
import { inputError, usageError } from "../_lib/errors.js";
import type { KpikitConfig } from "../read/config-schema.js";
import { problemCount } from "./problem-count.js";

/** Finds where a config path is written in the file (row and column), for messages. */
export type Locate = (path: readonly (string | number)[]) => { row?: number; column?: number };

/**
 * Reads the report's config file, if one is given. An unreadable or invalid config throws an input error
 * with every issue.
 */
export async function loadReportConfig(
  path: string | undefined,
  name: string | undefined,
): Promise<{ readonly config?: KpikitConfig; readonly locate: Locate }> {
  if (!path) return { locate: () => ({}) };
  // Imported only when there is a config: it brings zod and yaml.
  const { loadConfig } = await import("../read/load-config.js");
  const loaded = await loadConfig(path, name ?? path);
  if (!loaded.ok)
    throw inputError(`${name ?? path}: the config has ${problemCount(loaded.issues)}`, loaded.issues);
  return { config: loaded.config, locate: loaded.locate };
}

/**
 * The config's baseline for the committee table's comparison, with an issue when `previous: baseline` has no
 * baseline or the baseline is not a period. `file` names the config in issues.
 */
export function comparisonBaseline(
  config: KpikitConfig | undefined,
  file: string,
): { readonly baseline?: Period; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  if (config?.comparison?.previous === "baseline" && !config.comparison.baseline) {
    issues.push({
      code: "missing-baseline",
      file,
      path: ["comparison", "previous"],
      message: "comparison.previous is baseline: give the baseline period too (e.g. baseline: 2018/19)",
    });
  }
  if (!config?.comparison?.baseline) return { issues };
  const p = parsePeriod(config.comparison.baseline);
  if (p.ok) return { baseline: p.period, issues };
  issues.push({ code: "bad-period", file, path: ["comparison", "baseline"], message: p.error.message });
  return { issues };
}

/** The report's "as at" period (`--period`, else the config's `period`); a label that is not a period is a usage error. */
export function asAtPeriod(text: string | undefined): Period | undefined {
  if (!text) return undefined;
  const p = parsePeriod(text);
  if (!p.ok) throw usageError(`--period "${text}": ${p.error.message}`);
  return p.period;
}
