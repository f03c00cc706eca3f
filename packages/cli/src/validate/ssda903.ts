import type { Issue } from "@kpikit/core";

/** The SSDA903 tables by their columns (each file is one table). */
export const SSDA903_TABLES: Readonly<Record<string, readonly string[]>> = {
  header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  episodes: [
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
  ],
  reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
  missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  uasc: ["CHILD", "SEX", "DOB", "DUC"],
  oc2: [
    "CHILD",
    "DOB",
    "SDQ_SCORE",
    "SDQ_REASON",
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
  ],
  oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
  ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  placed_for_adoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  previous_permanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
  sw_episodes: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
};

const DATE_COLUMNS = new Set([
  "DOB",
  "MC_DOB",
  "DECOM",
  "DEC",
  "REVIEW",
  "MIS_START",
  "MIS_END",
  "DUC",
  "DATE_INT",
  "DATE_MATCH",
  "DATE_PLACED",
  "DATE_PLACED_CEASED",
  "DATE_PERM",
  "SW_DECOM",
  "SW_DEC",
]);
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** Which 903 table a header is, when at least the CHILD column and most columns of one table match. */
export function ssda903TableOf(header: readonly string[]): string | undefined {
  const cols = new Set(header.map((h) => h.trim().toUpperCase()));
  if (!cols.has("CHILD")) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [name, required] of Object.entries(SSDA903_TABLES)) {
    const score = required.filter((c) => cols.has(c)).length / required.length;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return bestScore >= 0.5 ? best : undefined;
}

/**
 * Checks one SSDA903 CSV table: its columns, that each row has as many cells as the header, CHILD present,
 * dates as DD/MM/YYYY (or YYYY-MM-DD) that exist. Messages name rows and columns, never values.
 */
export function checkSsda903Table(
  header: readonly string[],
  rows: readonly { row: number; cells: readonly unknown[] }[],
  file: string,
): readonly Issue[] {
  const issues: Issue[] = [];
  const table = ssda903TableOf(header);
  if (!table)
    return [
      {
        code: "ssda903-unknown-table",
        file,
        row: 1,
        column: 1,
        message: `not a known SSDA903 table (needs CHILD and the columns of one of: ${Object.keys(SSDA903_TABLES).join(", ")})`,
      },
    ];
  const cols = header.map((h) => h.trim().toUpperCase());
  for (const need of SSDA903_TABLES[table] ?? []) {
    if (!cols.includes(need))
      issues.push({
        code: "ssda903-missing-column",
        file,
        row: 1,
        column: need,
        message: `the ${table} table has no ${need} column`,
      });
  }
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      issues.push({
        code: "ssda903-row-length",
        file,
        row: r.row,
        column: Math.min(r.cells.length, header.length) + 1,
        message: `the row has ${r.cells.length} cells; the header has ${header.length}`,
      });
    }
    cols.forEach((col, index) => {
      const cell = String(r.cells[index] ?? "").trim();
      if (col === "CHILD" && cell === "")
        issues.push({
          code: "ssda903-missing-child",
          file,
          row: r.row,
          column: "CHILD",
          message: "CHILD is empty",
        });
      if (DATE_COLUMNS.has(col) && cell !== "" && !validDate(cell))
        issues.push({
          code: "ssda903-bad-date",
          file,
          row: r.row,
          column: col,
          message: `${col} is not a date (DD/MM/YYYY)`,
        });
    });
  }
  return issues;
}

function validDate(text: string): boolean {
  const uk = UK_DATE.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [d, m, y] = uk
    ? [Number(uk[1]), Number(uk[2]), Number(uk[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (!m || m > 12 || d < 1) return false;
  const days =
    [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
      m - 1
    ] ?? 0;
  return d <= days;
}
