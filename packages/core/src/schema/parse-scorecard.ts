import type { Issue } from "../issue.js";
import type { Scorecard } from "../scorecard/types.js";
import { zodIssuesToIssues } from "./issues.js";
import { scorecardSchema } from "./scorecard.js";

/** The result of {@link parseScorecard}. */
export type ParseScorecardResult =
  | { readonly ok: true; readonly scorecard: Scorecard }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * Validates a parsed JSON value as a Scorecard document (schemaVersion 2). A version-1 document (from kpikit
 * before improvement plans) is read as version 2: it is the same document without a plan. Never throws: a
 * document of another schema version or with wrong fields gives `ok: false` with issues saying where and why.
 * @param json the value from `JSON.parse`.
 * @param file the file name to put on issues.
 * @example
 * parseScorecard({ schemaVersion: 3 }).ok //=> false
 */
export function parseScorecard(json: unknown, file?: string): ParseScorecardResult {
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const version = (json as Record<string, unknown>).schemaVersion;
    if (version === 1) json = { ...(json as Record<string, unknown>), schemaVersion: 2 };
    else if (version !== undefined && version !== 2) {
      return {
        ok: false,
        issues: [
          {
            code: "unsupported-schema-version",
            path: ["schemaVersion"],
            message: `This is a Scorecard of schemaVersion ${JSON.stringify(version)}; this version of kpikit reads schemaVersion 2 (and 1)`,
            severity: "error",
            ...(file === undefined ? {} : { file }),
          },
        ],
      };
    }
  }
  const result = scorecardSchema.safeParse(json);
  if (result.success) return { ok: true, scorecard: result.data };
  return { ok: false, issues: zodIssuesToIssues(result.error, file) };
}
