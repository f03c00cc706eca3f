// Internal: the column names councils give each field of a plan, and which fields make each kind of sheet.

/** A field of a plan sheet, with the header words that name it (compared without case, spaces or punctuation). */
export const PLAN_COLUMNS = {
  id: [
    "action ref",
    "ref",
    "reference",
    "action id",
    "id",
    "action no",
    "action number",
    "no",
    "number",
    "#",
  ],
  theme: [
    "theme",
    "priority",
    "workstream",
    "work stream",
    "strand",
    "objective",
    "outcome area",
    "priority area",
  ],
  source: ["source", "recommendation source", "origin", "arising from", "recommendation from"],
  text: ["action", "actions", "action description", "description", "what we will do", "activity", "task"],
  owner: [
    "owner",
    "lead",
    "lead officer",
    "responsible officer",
    "accountable officer",
    "responsible",
    "action owner",
  ],
  start: ["start", "start date", "from", "date started"],
  due: ["due", "due date", "deadline", "target date", "completion date", "by when", "timescale", "end date"],
  status: ["status", "progress status", "current status", "action status"],
  percent: [
    "% complete",
    "percent complete",
    "percentage complete",
    "progress %",
    "% done",
    "complete %",
    "%",
  ],
  rag: ["rag", "rag rating", "rag status", "self assessed rag", "self-assessed rag", "self assessment"],
  evidence: ["evidence of impact", "impact", "evidence", "impact evidence", "outcome", "impact achieved"],
  update: [
    "latest update",
    "progress update",
    "update",
    "commentary",
    "progress to date",
    "progress commentary",
    "comments",
  ],
  updateDate: ["update date", "last updated", "date updated", "date of update", "updated", "date"],
  milestone: ["milestone", "milestones", "milestone title", "checkpoint"],
  done: ["done", "complete", "completed", "achieved", "met"],
  indicator: ["indicator", "linked indicator", "kpi", "measure", "performance indicator"],
  target: ["target", "target value", "kpi target"],
  targetDate: ["target date", "target by", "by"],
  tolerance: ["tolerance", "amber tolerance"],
} as const satisfies Record<string, readonly string[]>;

export type PlanField = keyof typeof PLAN_COLUMNS;

/** The kinds of sheet a plan has, and the fields that must all be present to recognise each. */
export const SHEET_KINDS = {
  actions: ["id", "text"],
  milestones: ["id", "milestone"],
  updates: ["id", "update", "updateDate"],
  indicators: ["id", "indicator", "target"],
} as const satisfies Record<string, readonly PlanField[]>;

export type PlanSheetKind = keyof typeof SHEET_KINDS;

/** The fields each kind of sheet reads (in the order a header's cells are claimed). */
export const SHEET_FIELDS: Readonly<Record<PlanSheetKind, readonly PlanField[]>> = {
  actions: [
    "id",
    "theme",
    "source",
    "text",
    "owner",
    "start",
    "targetDate",
    "due",
    "status",
    "percent",
    "rag",
    "evidence",
    "update",
    "updateDate",
    "indicator",
    "target",
    "tolerance",
  ],
  milestones: ["id", "milestone", "due", "done", "status"],
  updates: ["id", "updateDate", "update"],
  indicators: ["id", "indicator", "target", "targetDate", "tolerance"],
};

/** Header text folded for matching: lower case, `&` as `and`, punctuation other than `%` and `#` dropped. */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9%#]+/g, " ")
    .trim();
}

const FOLDED: Readonly<Record<PlanField, readonly string[]>> = Object.fromEntries(
  Object.entries(PLAN_COLUMNS).map(([field, words]) => [field, words.map(foldHeader)]),
) as unknown as Record<PlanField, readonly string[]>;

/**
 * Which header cell holds each field: an exact (folded) name first, then a header that starts with one
 * (`Due date (revised)`). Each cell serves one field; `fields` is the order they are claimed in.
 */
export function matchColumns(
  header: readonly string[],
  fields: readonly PlanField[],
): Partial<Record<PlanField, number>> {
  const folded = header.map(foldHeader);
  const taken = new Set<number>();
  const found: Partial<Record<PlanField, number>> = {};
  for (const pass of ["exact", "prefix"] as const) {
    for (const field of fields) {
      if (found[field] !== undefined) continue;
      const i = folded.findIndex(
        (h, i) =>
          !taken.has(i) &&
          h !== "" &&
          FOLDED[field].some((w) => (pass === "exact" ? h === w : w.length > 2 && h.startsWith(`${w} `))),
      );
      if (i >= 0) {
        found[field] = i;
        taken.add(i);
      }
    }
  }
  return found;
}
