import { basename } from "node:path";
import { errorsOf, inputError } from "../_lib/errors.js";
import type { KpikitConfig } from "../read/config-schema.js";
import type { indicatorFinder } from "./indicators.js";
import { problemCount } from "./problem-count.js";
import { comparisonBaseline, type Locate } from "./report-config.js";
import { configRows } from "./rows.js";

/** The config's rows and comparison baseline; every problem in them is thrown at once, located in the file. */
export function checkedConfigRows(
  config: KpikitConfig | undefined,
  find: ReturnType<typeof indicatorFinder>,
  locate: Locate,
  path: string | undefined,
  name: string | undefined,
) {
  const configFile = name ?? path ?? "config";
  const planned = configRows(config, find, configFile, path ? basename(path) : "config");
  const { baseline, issues: baselineIssues } = comparisonBaseline(config, configFile);
  const issues = [...planned.issues, ...baselineIssues];
  if (errorsOf(issues).length > 0)
    throw inputError(
      `${name ?? path}: the config has ${problemCount(issues)}`,
      issues.map((i) => ({ ...i, ...(i.path ? locate(i.path) : {}) })),
    );
  return { planned, baseline };
}
