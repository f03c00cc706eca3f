import { DETAIL_LEVELS, type DetailLevel } from "@kpikit/core";
import { usageError } from "../_lib/errors.js";

/**
 * The report's detail level: `--detail`, else the config's `detail:`, else `rated`; any other word is a usage error.
 * @example
 * reportDetail(undefined, { detail: "all" }) //=> "all"
 */
export function reportDetail(
  flag: string | undefined,
  config: { readonly detail?: DetailLevel | undefined } | undefined,
): DetailLevel {
  if (flag !== undefined) {
    if (!(DETAIL_LEVELS as readonly string[]).includes(flag))
      throw usageError(`--detail "${flag}": use one of ${DETAIL_LEVELS.join(", ")}`);
    return flag as DetailLevel;
  }
  return config?.detail ?? "rated";
}
