import type { Issue } from "@kpikit/core";
import type { PlanCell, PlanSheet } from "../../plan/read-plan.js";
import { readIsoDate, readUkDate } from "../dates.js";
import type { AnnexAChild, ReturnYearAnnexA } from "../measure-types.js";

/** What {@link readAnnexA} read from a workbook: List 8's children, the list's latest date, and the issues. */
export interface AnnexAWorkbook {
  readonly kind: "annex-a";
  /** List 8 (children looked after), when the workbook has it with the columns the measures read. */
  readonly annexA: ReturnYearAnnexA | null;
  /**
   * The latest contact, referral or assessment date of Lists 1–3 (ISO), else List 8's latest social work visit:
   * the day the lists were drawn up, near enough to place the workbook in a collection year.
   */
  readonly latestDate: string | null;
  readonly issues: readonly Issue[];
}

/** Words of a header, lower case, anything but letters and digits one space. */
const words = (cell: PlanCell): string =>
  String(cell ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const LIST_NAME = /^list\s*0?(\d{1,2})\b/i;
const CHILD_ID = /^child (unique )?id(entifier)?$/;
const MISSING_COUNT = (h: string) => h.includes("missing") && h.includes("number of episodes");
const OFFERED = (h: string) => h.includes("return interview") && h.includes("offered");
const ACCEPTED = (h: string) => h.includes("return interview") && h.includes("accept");
/** Dates of the lists' own activity, which end on the day the lists were drawn up. */
const ACTIVITY_DATE =
  /^(date of contact|date of referral|assessment start date|date of last social work visit)$/;

const listNumber = (s: PlanSheet): number | null => {
  const m = LIST_NAME.exec((s.sheet ?? "").trim());
  return m ? Number(m[1]) : null;
};

/** The first of the sheet's top ten rows with a child identifier column: its header. */
function headerRow(s: PlanSheet): number {
  for (let r = 0; r < Math.min(10, s.rows.length); r++)
    if ((s.rows[r] ?? []).some((c) => CHILD_ID.test(words(c)))) return r;
  return -1;
}

function isList8(s: PlanSheet): boolean {
  if (listNumber(s) === 8) return true;
  const h = (s.rows[Math.max(0, headerRow(s))] ?? []).map(words);
  return h.some(MISSING_COUNT) && h.some(ACCEPTED);
}

/**
 * True when a workbook's sheets are an Ofsted Annex A: two or more sheets named `List 1` … `List 11` with a
 * child identifier header, or a sheet with List 8's missing-episode and return-interview columns. Read by
 * content, never by the file's name.
 * @example
 * const lists = [
 *   { file: "a.xlsx", sheet: "List 1", rows: [["Child Unique ID", "Date of Contact"]] },
 *   { file: "a.xlsx", sheet: "List 3", rows: [["Child Unique ID", "Date of Referral"]] },
 * ];
 * isAnnexAWorkbook(lists) //=> true
 * isAnnexAWorkbook([{ file: "plan.xlsx", sheet: "Actions", rows: [["Ref", "Action"]] }]) //=> false
 */
export function isAnnexAWorkbook(sheets: readonly PlanSheet[]): boolean {
  const lists = sheets.filter((s) => {
    const n = listNumber(s);
    return n !== null && n >= 1 && n <= 11 && headerRow(s) >= 0;
  });
  return lists.length >= 2 || sheets.some((s) => headerRow(s) >= 0 && isList8(s));
}

/** A workbook cell as an ISO date: ISO text (as the CLI gives Excel dates), dd/mm/yyyy, or null. */
function dateOf(cell: PlanCell): string | null {
  if (typeof cell !== "string") return null;
  return readIsoDate(cell.trim().slice(0, 10)) ?? readUkDate(cell);
}

type Answer = { readonly ok: true; readonly value: boolean | null } | { readonly ok: false };
/** Annex A's yes/no answers: `Y`, `Yes`, `a) Yes`, `N`, `No`, `b) No`, a boolean; blank is null. */
function yesNo(cell: PlanCell): Answer {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const t = String(cell)
    .trim()
    .toLowerCase()
    .replace(/^[a-z]\)\s*/, "");
  if (t === "") return { ok: true, value: null };
  if (t === "y" || t === "yes") return { ok: true, value: true };
  if (t === "n" || t === "no") return { ok: true, value: false };
  return { ok: false };
}

type Count = { readonly ok: true; readonly value: number | null } | { readonly ok: false };
function countOf(cell: PlanCell): Count {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""))
    return { ok: true, value: null };
  const n = typeof cell === "number" ? cell : /^\s*\d+\s*$/.test(String(cell)) ? Number(cell) : Number.NaN;
  return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false };
}

/**
 * Reads an Ofsted Annex A workbook's sheets (as a spreadsheet reader gives them: cells, row 1 first, Excel
 * dates as ISO text) for the return-interview figures: List 8's children with their count of missing episodes
 * in the last 12 months and whether a return interview was offered and accepted after the last one. The header
 * row is found by its child identifier column; columns by their words, in any order. A value that is not a
 * count or a yes/no answer is an error at its sheet, row and column, and that child is left out of the figure;
 * a List 8 without the columns gives no figure, with an error naming them. Never throws; no message quotes a
 * value.
 * @param file The workbook's name as messages give it (default: the first sheet's `file`).
 * @example
 * const list8 = [
 *   ["Child Unique ID", "Number of Episodes the Child has been Missing from their Placement in the last 12 months",
 *    "Was the child offered a Return Interview after their last missing episode (Y/N)?",
 *    "Did the child accept a Return Interview after their last missing episode (Y/N)?"],
 *   ["A1", 2, "a) Yes", "b) No"],
 *   ["A2", "x", "Y", "Y"],
 * ];
 * const r = readAnnexA([{ file: "annex.xlsx", sheet: "List 8", rows: list8 }], "annex.xlsx");
 * r.annexA?.children.map((c) => [c.missingEpisodes, c.interviewOffered, c.interviewAccepted]) //=> [[2, true, false], [null, true, true]]
 * r.issues.map((i) => [i.code, i.row, i.column]) //=> [["annex-a-invalid-value", 3, 2]]
 */
export function readAnnexA(sheets: readonly PlanSheet[], file = sheets[0]?.file ?? ""): AnnexAWorkbook {
  const issues: Issue[] = [];
  let latestDate: string | null = null;
  let visitDate: string | null = null;
  for (const s of sheets) {
    const n = listNumber(s);
    const at = headerRow(s);
    if (at < 0 || (n !== null && n > 8)) continue;
    const header = (s.rows[at] ?? []).map(words);
    header.forEach((h, c) => {
      if (!ACTIVITY_DATE.test(h)) return;
      for (let r = at + 1; r < s.rows.length; r++) {
        const d = dateOf(s.rows[r]?.[c]);
        if (d === null) continue;
        if (h === "date of last social work visit") {
          if (visitDate === null || d > visitDate) visitDate = d;
        } else if (latestDate === null || d > latestDate) latestDate = d;
      }
    });
  }
  const list8 = sheets.find((s) => headerRow(s) >= 0 && isList8(s));
  if (!list8) {
    issues.push({
      code: "annex-a-no-list-8",
      severity: "warning",
      file,
      row: 1,
      column: 1,
      message:
        "The Annex A workbook has no List 8 (children looked after), so its return-interview figure is not computed.",
    });
    return { kind: "annex-a", annexA: null, latestDate: latestDate ?? visitDate, issues };
  }
  const at = headerRow(list8);
  const header = (list8.rows[at] ?? []).map(words);
  const col = {
    child: header.findIndex((h) => CHILD_ID.test(h)),
    missing: header.findIndex(MISSING_COUNT),
    offered: header.findIndex(OFFERED),
    accepted: header.findIndex(ACCEPTED),
  };
  const absent = [
    col.missing < 0 ? "the number of missing episodes" : null,
    col.offered < 0 ? "whether a return interview was offered" : null,
    col.accepted < 0 ? "whether it was accepted" : null,
  ].filter((x): x is string => x !== null);
  if (absent.length > 0) {
    issues.push({
      code: "annex-a-missing-column",
      severity: "error",
      file,
      row: at + 1,
      column: 1,
      message: `List 8 has no column for ${absent.join(", ")}; the return-interview figure is not computed.`,
    });
    return { kind: "annex-a", annexA: null, latestDate: latestDate ?? visitDate, issues };
  }
  const bad = (row: number, column: number, what: string): void => {
    issues.push({
      code: "annex-a-invalid-value",
      severity: "error",
      file,
      row: row + 1,
      column: column + 1,
      message: `List 8 row ${row + 1}, column ${column + 1}: ${what}; this child is left out of the return-interview figure.`,
    });
  };
  const children: AnnexAChild[] = [];
  for (let r = at + 1; r < list8.rows.length; r++) {
    const row = list8.rows[r] ?? [];
    const id = row[col.child];
    if (id === null || id === undefined || String(id).trim() === "") continue;
    const missing = countOf(row[col.missing]);
    const offered = yesNo(row[col.offered]);
    const accepted = yesNo(row[col.accepted]);
    const invalid: ("missingEpisodes" | "interviewOffered" | "interviewAccepted")[] = [];
    if (!missing.ok) {
      invalid.push("missingEpisodes");
      bad(r, col.missing, "the number of missing episodes is not a whole number");
    }
    if (!offered.ok) {
      invalid.push("interviewOffered");
      bad(r, col.offered, "the return interview offer is not Y or N (Yes, No, a) Yes, b) No)");
    }
    if (!accepted.ok) {
      invalid.push("interviewAccepted");
      bad(r, col.accepted, "the return interview acceptance is not Y or N (Yes, No, a) Yes, b) No)");
    }
    children.push({
      child: String(id).trim(),
      missingEpisodes: missing.ok ? missing.value : null,
      interviewOffered: offered.ok ? offered.value : null,
      interviewAccepted: accepted.ok ? accepted.value : null,
      ...(invalid.length > 0 ? { invalid } : {}),
    });
  }
  return { kind: "annex-a", annexA: { children }, latestDate: latestDate ?? visitDate, issues };
}
