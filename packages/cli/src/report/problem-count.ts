import type { Issue } from "@kpikit/core";
import { errorsOf } from "../_lib/errors.js";

/** "1 problem" or "N problems": the errors among `issues`, for a failure's headline. */
export function problemCount(issues: readonly Issue[]): string {
  const n = errorsOf(issues).length;
  return n === 1 ? "1 problem" : `${n} problems`;
}
