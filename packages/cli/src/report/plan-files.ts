import { dirname, isAbsolute, join } from "node:path";
import type { KpikitConfig } from "../read/config-schema.js";
import type { ReportPlanFiles } from "./plan.js";

/**
 * The plan files to rate: `--plan` (relative to `cwd`), else the config's `plan:` (relative to the config's
 * folder), each named as the user would type it.
 */
export function planFiles(
  given: readonly string[] | undefined,
  cwd: string,
  config: KpikitConfig | undefined,
  configName: string | undefined,
): ReportPlanFiles | undefined {
  if (given && given.length > 0) return { files: given, cwd };
  const inConfig = config?.plan;
  if (inConfig === undefined || configName === undefined) return undefined;
  const folder = dirname(configName);
  const list = typeof inConfig === "string" ? [inConfig] : inConfig;
  return { files: list.map((f) => (isAbsolute(f) ? f : join(folder, f))), cwd };
}
