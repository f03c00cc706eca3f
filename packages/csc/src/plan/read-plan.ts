import {
  type ActionSource,
  type ActionStatus,
  type Issue,
  type LinkedIndicator,
  type Milestone,
  type Plan,
  type PlanAction,
  type PlanTheme,
  type ProgressUpdate,
  parseActionStatus,
  parsePlanDate,
  type SelfAssessedRag,
} from "@kpikit/core";
import { findIndicator } from "../catalogue/find-indicator.js";
import {
  matchColumns,
  type PlanField,
  type PlanSheetKind,
  SHEET_FIELDS,
  SHEET_KINDS,
} from "./plan-columns.js";

/** A cell as a sheet holds it: text, a number (an Excel date is its serial number), a boolean, or blank. */
export type PlanCell = string | number | boolean | null | undefined;

/** One sheet of a plan workbook, or one CSV file: its cells, row 1 first. */
export interface PlanSheet {
  /** The file, and for a workbook the sheet (`plan.xlsx [Milestones]`), as messages name it. */
  readonly file: string;
  /** The workbook sheet's own name; a sheet named as guidance (`Guide`, `Notes`, `Read me`, `Lists`) is passed over. */
  readonly sheet?: string;
  readonly rows: readonly (readonly PlanCell[])[];
}

const GUIDANCE_SHEET =
  /^(guide|guidance|notes?|instructions|read ?me|help|lists?|lookups?|key|drop ?downs?)$/i;

/** A plan as read, with every problem located. `plan` is null when any issue is an error. */
export interface PlanReadResult {
  readonly ok: boolean;
  readonly plan: Plan | null;
  readonly issues: readonly Issue[];
  /** Rows read as actions, milestones, updates and indicators, and rows passed over (blank, headings). */
  readonly rows: {
    readonly actions: number;
    readonly milestones: number;
    readonly updates: number;
    readonly indicators: number;
  };
}

const HEADER_SEARCH_ROWS = 15;
const ACTION_REF = /^[A-Z]{0,4}\d+(?:\.\d+)*[a-z]?$/i;

const text = (cell: PlanCell): string => {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.replace(/\s+/g, " ").trim();
};

// Excel's day 25569 is 1970-01-01 (its 1900 date system, with the phantom 29 Feb 1900 before day 61).
function excelSerialDate(n: number): string | null {
  if (!Number.isInteger(n) || n < 61 || n > 2958465) return null;
  const ms = (n - 25569) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

const SOURCES: readonly [RegExp, ActionSource][] = [
  [/\b(ilacs|inspection|ofsted recommendation|recommendation)\b/i, "ilacs-recommendation"],
  [/\bmonitoring visit|\bmv\b/i, "monitoring-visit"],
  [/\bimprovement notice|\bstatutory direction|\bnotice\b/i, "improvement-notice"],
  [/\bpeer review|\bpeer challenge|\blga\b|\bsector led\b/i, "peer-review"],
  [/\b(local|internal|self[- ]assessment|council|service plan|own)\b/i, "local"],
];

const RAGS: Readonly<Record<string, SelfAssessedRag>> = {
  r: "red",
  red: "red",
  a: "amber",
  amber: "amber",
  "amber/red": "amber",
  "red/amber": "red",
  "amber/green": "amber",
  "green/amber": "green",
  ag: "amber",
  ra: "red",
  g: "green",
  green: "green",
  b: "blue",
  blue: "blue",
  complete: "blue",
  completed: "blue",
};

const YES = /^(y|yes|true|done|complete|completed|achieved|met|✓|✔|x)$/i;
const NO = /^(n|no|false|not done|outstanding|open|pending|not met|)$/i;

class SheetReader {
  readonly header: number;
  readonly columns: Partial<Record<PlanField, number>>;
  constructor(
    readonly sheet: PlanSheet,
    headerRow: number,
    columns: Partial<Record<PlanField, number>>,
    private readonly issues: Issue[],
  ) {
    this.header = headerRow;
    this.columns = columns;
  }
  cell(row: readonly PlanCell[], field: PlanField): PlanCell {
    const i = this.columns[field];
    return i === undefined ? undefined : row[i];
  }
  text(row: readonly PlanCell[], field: PlanField): string {
    return text(this.cell(row, field));
  }
  issue(
    severity: "error" | "warning",
    code: string,
    row: number,
    field: PlanField | undefined,
    message: string,
  ) {
    const column = field === undefined ? undefined : this.columns[field];
    this.issues.push({
      code,
      severity,
      file: this.sheet.file,
      row,
      ...(column !== undefined ? { column: column + 1 } : {}),
      message,
    });
  }
  /** A date cell: ISO, UK, a month or quarter, or an Excel serial number; `TBC` and blanks are no date. */
  date(
    row: readonly PlanCell[],
    line: number,
    field: PlanField,
    side: "start" | "end",
  ): string | undefined | null {
    const raw = this.cell(row, field);
    if (typeof raw === "number") {
      const d = excelSerialDate(raw);
      if (d) return d;
      this.issue("error", "invalid-date", line, field, `${raw} is not a date.`);
      return null;
    }
    const t = text(raw);
    if (t === "") return undefined;
    const r = parsePlanDate(t, side);
    if (r.ok) return r.date;
    if (r.code === "date-to-be-confirmed") {
      this.issue(
        "warning",
        "date-to-be-confirmed",
        line,
        field,
        `The ${label(field)} is "${t}": read as not set yet.`,
      );
      return undefined;
    }
    this.issue("error", "invalid-date", line, field, r.message);
    return null;
  }
}

const label = (field: PlanField): string =>
  ({ start: "start date", due: "due date", updateDate: "update date", targetDate: "target date" })[
    field as string
  ] ?? field;

/**
 * Finds the header (the top rows naming the most known columns) and the kind of sheet. A header may take two
 * rows, as a merged group heading over its columns does (`Timescales` over `Start` and `Due`): a cell of the
 * lower row fills in under a blank or merged cell of the upper one.
 */
function recognise(
  sheet: PlanSheet,
): { kind: PlanSheetKind; header: number; columns: Partial<Record<PlanField, number>> } | null {
  let best: {
    kind: PlanSheetKind;
    header: number;
    columns: Partial<Record<PlanField, number>>;
    score: number;
  } | null = null;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const upper = (sheet.rows[r] ?? []).map(text);
    const lower = (sheet.rows[r + 1] ?? []).map(text);
    const merged = Array.from(
      { length: Math.max(upper.length, lower.length) },
      (_, i) => lower[i] || upper[i] || "",
    );
    for (const [cells, last] of [
      [upper, r],
      [merged, r + 1],
    ] as const) {
      for (const kind of Object.keys(SHEET_KINDS) as PlanSheetKind[]) {
        const columns = matchColumns(cells, SHEET_FIELDS[kind]);
        if (!SHEET_KINDS[kind].every((f) => columns[f] !== undefined)) continue;
        const score = Object.keys(columns).length;
        if (best === null || score > best.score) best = { kind, header: last, columns, score };
      }
    }
  }
  return best;
}

function readPercent(
  reader: SheetReader,
  row: readonly PlanCell[],
  line: number,
  fractions: boolean,
): number | undefined | null {
  const raw = reader.cell(row, "percent");
  const t = text(raw);
  if (t === "" || /^(tbc|n\/?a|-+)$/i.test(t)) return undefined;
  const m = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(t);
  if (!m) {
    reader.issue(
      "error",
      "invalid-percent",
      line,
      "percent",
      `"${t}" is not a percent complete (expected 0 to 100, as 60 or 60%).`,
    );
    return null;
  }
  let n = Number(m[1]);
  if (typeof raw === "number" && fractions) n *= 100;
  if (n < 0 || n > 100) {
    reader.issue("error", "invalid-percent", line, "percent", `${t} is outside 0 to 100 percent complete.`);
    return null;
  }
  return Math.round(n * 10) / 10;
}

/**
 * The kind of plan sheet this is (actions, milestones, updates or indicators), by its header, or null: how
 * `kpikit validate` tells a plan from other tables.
 * @example
 * planSheetKind({ file: "m.csv", rows: [["Action ref", "Milestone", "Due"]] }) //=> "milestones"
 */
export function planSheetKind(sheet: PlanSheet): PlanSheetKind | null {
  return recognise(sheet)?.kind ?? null;
}

/**
 * Reads an improvement plan from its sheets as a council keeps them: one row per action (`Action ref`,
 * `Action`, `Lead officer`, `Due date`, `Status`, `% complete`, `RAG` …, matched without case or punctuation),
 * and optionally milestones, progress updates and linked indicators in sheets of their own, joined on the
 * action ref. Header rows may sit below a title; merged header cells, blank rows and theme heading rows
 * (`Priority 1: Workforce` alone on its row) are understood; dates may be UK, ISO, a month or quarter, or `TBC`.
 * A lone cell above the header is the plan's title unless `options.title` is given. Every problem is an issue
 * with file, row and column; any error leaves `plan` null.
 * @example
 * readPlan([{ file: "plan.csv", rows: [["Action ref", "Action", "Due date", "Status", "% complete"], ["1.1", "Recruit", "31/03/2020", "IN PROGRESS", "40%"]] }]).plan?.actions[0]?.due //=> "2020-03-31"
 */
export function readPlan(sheets: readonly PlanSheet[], options: { title?: string } = {}): PlanReadResult {
  const issues: Issue[] = [];
  const counts = { actions: 0, milestones: 0, updates: 0, indicators: 0 };
  const readers: { kind: PlanSheetKind; reader: SheetReader }[] = [];
  for (const sheet of sheets) {
    if (sheet.sheet !== undefined && sheets.length > 1 && GUIDANCE_SHEET.test(sheet.sheet.trim())) continue;
    const found = recognise(sheet);
    if (found === null) {
      issues.push({
        code: "unrecognised-plan-sheet",
        severity: sheets.length === 1 ? "error" : "warning",
        file: sheet.file,
        // The header is looked for from the sheet's first cell.
        row: 1,
        column: 1,
        message:
          "No plan header found in the first 15 rows: an actions sheet needs an action ref column (Action ref, Ref, ID) and an action column (Action, Description); milestones need a Milestone column, updates an Update and a Date column, indicators an Indicator and a Target column.",
      });
      continue;
    }
    const columns = { ...found.columns };
    if (found.kind === "actions") {
      // Without linked-indicator columns, "Target date" is the action's due date; without an update, "Date" is not one.
      if (columns.indicator === undefined && columns.targetDate !== undefined && columns.due === undefined) {
        columns.due = columns.targetDate;
        delete columns.targetDate;
      }
      if (columns.update === undefined) delete columns.updateDate;
    }
    readers.push({ kind: found.kind, reader: new SheetReader(sheet, found.header, columns, issues) });
  }
  const actionSheets = readers.filter((r) => r.kind === "actions");
  if (actionSheets.length === 0 && !issues.some((i) => i.severity === "error")) {
    issues.push({
      code: "no-actions-sheet",
      severity: "error",
      ...(sheets[0] ? { file: sheets[0].file } : {}),
      row: 1,
      column: 1,
      message:
        "No sheet of actions found: one needs an action ref column (Action ref, Ref, ID) and an action column (Action, Description).",
    });
  }

  const themes: PlanTheme[] = [];
  const themeId = (title: string): string => {
    const existing = themes.find((t) => t.title === title);
    if (existing) return existing.id;
    const id = String(themes.length + 1);
    themes.push({ id, title });
    return id;
  };
  type Draft = { -readonly [K in keyof PlanAction]: PlanAction[K] } & {
    milestones: Milestone[];
    updates: ProgressUpdate[];
    indicators: LinkedIndicator[];
    line: number;
    file: string;
  };
  const drafts = new Map<string, Draft>();

  for (const { reader } of actionSheets) {
    const { rows } = reader.sheet;
    const fractions = percentColumnIsFractions(reader, rows);
    if (fractions) {
      reader.issue(
        "warning",
        "percent-as-fraction",
        reader.header + 1,
        "percent",
        "Every % complete is a number from 0 to 1: read as fractions (0.6 is 60%).",
      );
    }
    let heading: string | undefined;
    for (let r = reader.header + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const line = r + 1;
      const filled = row.map(text).filter((t) => t !== "");
      if (filled.length === 0) continue;
      const id = reader.text(row, "id");
      const body = reader.text(row, "text");
      // A lone cell that is not an action ref is a theme heading (`Priority 1: Workforce`).
      if (filled.length === 1 && (id === "" || body === "") && !ACTION_REF.test(filled[0]!)) {
        heading = filled[0];
        continue;
      }
      if (id === "") {
        reader.issue(
          "error",
          "missing-action-ref",
          line,
          "id",
          "This action has no action ref: each row needs one, so milestones and updates can be joined to it.",
        );
        continue;
      }
      if (drafts.has(id)) {
        reader.issue(
          "error",
          "duplicate-action-ref",
          line,
          "id",
          `Action ref ${id} is used again (first on row ${drafts.get(id)!.line}).`,
        );
        continue;
      }
      counts.actions++;
      const draft: Draft = {
        id,
        text: body,
        milestones: [],
        updates: [],
        indicators: [],
        line,
        file: reader.sheet.file,
      };
      if (body === "")
        reader.issue("error", "missing-action-text", line, "text", `Action ${id} has no action text.`);
      const theme = reader.text(row, "theme") || heading;
      if (theme) draft.theme = themeId(theme);
      const source = reader.text(row, "source");
      if (source) {
        const s = SOURCES.find(([re]) => re.test(source))?.[1];
        if (s) draft.source = s;
        else
          reader.issue(
            "warning",
            "unknown-source",
            line,
            "source",
            `"${source}" is not a known source (ILACS recommendation, monitoring visit, improvement notice, peer review, local): left unset.`,
          );
      }
      const owner = reader.text(row, "owner");
      if (owner) draft.owner = owner;
      const start = reader.date(row, line, "start", "start");
      if (start) draft.start = start;
      const due = reader.date(row, line, "due", "end");
      if (due) draft.due = due;
      if (start && due && start > due)
        reader.issue(
          "error",
          "due-before-start",
          line,
          "due",
          `Action ${id} is due (${due}) before it starts (${start}).`,
        );
      const status = reader.text(row, "status");
      if (status) {
        const s: ActionStatus | null = parseActionStatus(status);
        if (s) draft.status = s;
        else
          reader.issue(
            "warning",
            "unknown-status",
            line,
            "status",
            `"${status}" is not a status (not started, in progress, complete, ceased, deferred or a synonym): left unset, so the action is rated on its dates and percent complete.`,
          );
      }
      const percent = readPercent(reader, row, line, fractions);
      if (percent !== undefined && percent !== null) draft.percentComplete = percent;
      const rag = reader.text(row, "rag");
      if (rag) {
        const own = RAGS[rag.toLowerCase()];
        if (own) draft.selfAssessed = own;
        else
          reader.issue(
            "warning",
            "unknown-rag",
            line,
            "rag",
            `"${rag}" is not a RAG rating (red, amber, green, blue or R, A, G, B): left unset.`,
          );
      }
      const evidence = reader.text(row, "evidence");
      if (evidence) draft.evidenceOfImpact = evidence;
      const update = reader.text(row, "update");
      if (update) {
        const date = reader.date(row, line, "updateDate", "end");
        if (date) draft.updates.push({ date, text: update });
        else if (date === undefined)
          reader.issue(
            "warning",
            "undated-update",
            line,
            "update",
            `The update for action ${id} has no date, so it does not count as a progress update.`,
          );
      }
      if (reader.columns.indicator !== undefined) readIndicator(reader, row, line, draft, due);
      drafts.set(id, draft);
    }
  }

  for (const { kind, reader } of readers) {
    if (kind === "actions") continue;
    const { rows } = reader.sheet;
    for (let r = reader.header + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const line = r + 1;
      if (row.map(text).every((t) => t === "")) continue;
      const id = reader.text(row, "id");
      const draft = drafts.get(id);
      if (draft === undefined) {
        reader.issue(
          "error",
          "unknown-action-ref",
          line,
          "id",
          id === "" ? "This row has no action ref." : `No action has the ref ${id}.`,
        );
        continue;
      }
      counts[kind]++;
      if (kind === "milestones") {
        const title = reader.text(row, "milestone");
        if (title === "") {
          reader.issue(
            "error",
            "missing-milestone",
            line,
            "milestone",
            `A milestone of action ${id} has no title.`,
          );
          continue;
        }
        const due = reader.date(row, line, "due", "end");
        const flag = reader.text(row, "done") || reader.text(row, "status");
        let done = false;
        if (YES.test(flag) || parseActionStatus(flag) === "complete") done = true;
        else if (!NO.test(flag) && parseActionStatus(flag) === null)
          reader.issue(
            "warning",
            "unknown-done",
            line,
            reader.columns.done !== undefined ? "done" : "status",
            `"${flag}" is neither done nor not done: read as not done.`,
          );
        draft.milestones.push({ title, ...(due ? { due } : {}), done });
      } else if (kind === "updates") {
        const date = reader.date(row, line, "updateDate", "end");
        const note = reader.text(row, "update");
        if (date === undefined)
          reader.issue(
            "warning",
            "undated-update",
            line,
            "updateDate",
            `An update for action ${id} has no date, so it does not count as a progress update.`,
          );
        else if (date !== null) draft.updates.push({ date, text: note });
      } else {
        readIndicator(reader, row, line, draft, draft.due);
      }
    }
  }

  // A lone cell above the actions' header is the plan's title, as trackers put it.
  const first = actionSheets[0];
  const heading = first?.reader.sheet.rows
    .slice(0, first.reader.header)
    .map((row) => row.map(text).filter((t) => t !== ""))
    .find((cells) => cells.length === 1)?.[0];
  const errors = issues.some((i) => i.severity === "error");
  const actions: PlanAction[] = [...drafts.values()].map(
    ({ line: _l, file: _f, milestones, updates, indicators, ...a }) => ({
      ...a,
      ...(milestones.length ? { milestones } : {}),
      ...(updates.length
        ? { updates: updates.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)) }
        : {}),
      ...(indicators.length ? { indicators } : {}),
    }),
  );
  return {
    ok: !errors,
    plan: errors ? null : { title: options.title ?? heading ?? "Improvement plan", themes, actions },
    issues,
    rows: counts,
  };
}

function percentColumnIsFractions(reader: SheetReader, rows: readonly (readonly PlanCell[])[]): boolean {
  if (reader.columns.percent === undefined) return false;
  const numbers = rows
    .slice(reader.header + 1)
    .map((r) => reader.cell(r, "percent"))
    .filter((c): c is number => typeof c === "number");
  return numbers.length > 0 && numbers.every((n) => n >= 0 && n <= 1) && numbers.some((n) => n > 0 && n < 1);
}

function readIndicator(
  reader: SheetReader,
  row: readonly PlanCell[],
  line: number,
  draft: { id: string; indicators: LinkedIndicator[] },
  due: string | undefined | null,
): void {
  const name = reader.text(row, "indicator");
  const targetText = reader.text(row, "target").replace(/%$/, "");
  if (name === "" && targetText === "") return;
  const found = findIndicator(name);
  if (!found.ok) {
    reader.issue(
      "error",
      "unknown-indicator",
      line,
      "indicator",
      name === ""
        ? `A target is given for action ${draft.id} but no indicator.`
        : `"${name}" is not an indicator kpikit knows: ${found.message}`,
    );
    return;
  }
  const target = Number(targetText);
  if (targetText === "" || !Number.isFinite(target)) {
    reader.issue(
      "error",
      "invalid-target",
      line,
      "target",
      targetText === ""
        ? `No target is given for ${found.indicator.title}.`
        : `"${targetText}" is not a target value.`,
    );
    return;
  }
  const date =
    reader.columns.targetDate !== undefined ? reader.date(row, line, "targetDate", "end") : undefined;
  const targetDate = date ?? due;
  if (date === null) return;
  if (!targetDate) {
    reader.issue(
      "error",
      "missing-target-date",
      line,
      reader.columns.targetDate !== undefined ? "targetDate" : "indicator",
      `No target date for ${found.indicator.title} (nor a due date for action ${draft.id}).`,
    );
    return;
  }
  const toleranceText = reader.text(row, "tolerance").replace(/%$/, "");
  const tolerance = toleranceText === "" ? undefined : Number(toleranceText);
  if (tolerance !== undefined && !(tolerance >= 0)) {
    reader.issue(
      "error",
      "invalid-tolerance",
      line,
      "tolerance",
      `"${toleranceText}" is not a tolerance (a number, 0 or more).`,
    );
    return;
  }
  draft.indicators.push({
    indicatorId: found.indicator.id,
    target,
    targetDate,
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
}
