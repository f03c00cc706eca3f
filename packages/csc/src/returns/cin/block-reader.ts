// Internal: the CIN census block reader shared by the module readers (header, child, referral, assessment,
// section 47, plans): one block's fields read once and checked by kind, its sub-blocks handed back, anything
// else reported with the element's line, column and path.
import type { Issue } from "@kpikit/core";
import { readIsoDate } from "../dates.js";
import { upnCheckLetterOk } from "../upn.js";
import { codeList, dateForm, valueForm } from "../value-form.js";
import { tagName } from "../xml-names.js";
import type { XmlElement } from "../xml-reader.js";

export type Kind = "date" | "bool" | "int" | "text" | "upn" | readonly string[];
export interface Field {
  readonly kind: Kind;
  readonly required?: boolean;
  /** Child-level identifier or quasi-identifier: its value is never quoted in a message. */
  readonly identifier?: boolean;
}
export type Path = readonly (string | number)[];

const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/** Reads one block's direct children, reporting unknown, repeated, missing and invalid elements. */
export class Reader {
  readonly issues: Issue[] = [];
  /** The census year (`<Year>`, 2024 = 2023-24) once the header is read: dates are checked against it. */
  censusYear: number | null = null;
  /** Date values read, and those that could not be, with the form they were written in. */
  datesRead = 0;
  readonly badDates: { readonly issue: Issue; readonly form: string | null }[] = [];
  /** One copy of each date read: a national census repeats a few thousand dates millions of times. */
  private readonly dates = new Map<string, string>();

  constructor(
    private readonly file: string | undefined,
    readonly dfeChecks = false,
  ) {}

  report(
    el: { line: number; column: number; file?: string },
    path: Path,
    code: string,
    severity: "error" | "warning",
    message: string,
  ): void {
    this.issues.push({
      code,
      severity,
      message,
      path,
      row: el.line,
      column: el.column,
      ...(el.file !== undefined ? { file: el.file } : this.file === undefined ? {} : { file: this.file }),
    });
  }

  /**
   * Splits `el`'s children into field values and sub-blocks. `fields` are leaf elements read once;
   * `blocks` are repeatable or nested elements returned for the caller; anything else is reported.
   */
  block(
    el: XmlElement,
    path: Path,
    where: string,
    fields: Readonly<Record<string, Field>>,
    blocks: readonly string[] = [],
  ) {
    if (el.text.trim() !== "") {
      this.report(
        el,
        path,
        "cin-stray-text",
        "warning",
        `Text directly inside <${el.name}> of ${where} is not part of any element and is ignored.`,
      );
    }
    const seen = new Map<string, XmlElement>();
    const nested = new Map<string, XmlElement[]>();
    if (this.dfeChecks) this.checkOrder(el, path, where, Object.keys(fields));
    for (const child of el.children) {
      if (Object.hasOwn(fields, child.name)) {
        if (seen.has(child.name)) {
          this.report(
            child,
            [...path, child.name],
            "cin-repeated-element",
            "warning",
            `<${child.name}> appears more than once in <${el.name}> of ${where}; the first is used.`,
          );
          continue;
        }
        if (child.children.length > 0) {
          this.report(
            child,
            [...path, child.name],
            "cin-unexpected-content",
            "error",
            `<${child.name}> of ${where} should hold a value, not elements.`,
          );
          continue;
        }
        seen.set(child.name, child);
      } else if (blocks.includes(child.name)) {
        const list = nested.get(child.name) ?? [];
        list.push(child);
        nested.set(child.name, list);
      } else {
        this.report(
          child,
          [...path, child.name],
          "cin-unknown-element",
          "warning",
          `${tagName(child.name).replace(/^a tag$/, "An element")} is not a CIN census element expected in <${el.name}> (${where}); it is ignored.`,
        );
      }
    }
    const values: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(fields)) {
      const child = seen.get(name);
      const fieldPath = [...path, name];
      const raw = child?.text.trim() ?? "";
      if (!child || raw === "") {
        if (spec.required) {
          this.report(
            child ?? el,
            fieldPath,
            "cin-missing-element",
            "error",
            `<${name}> is required in <${el.name}> of ${where} but is ${child ? "empty" : "missing"}.`,
          );
        }
        values[name] = null;
        continue;
      }
      values[name] = this.value(child, fieldPath, where, spec, raw);
    }
    return { values, nested, element: el };
  }

  /**
   * The schema's order of a block's values (the XSD's sequence): a value written after one the schema puts after
   * it is an error. `GenderCurrent` (before 2025) takes the place of `Sex`.
   */
  private checkOrder(el: XmlElement, path: Path, where: string, order: readonly string[]): void {
    const rank = (name: string) =>
      order.indexOf(name === "GenderCurrent" && order.includes("Sex") ? "Sex" : name);
    let last: { name: string; rank: number } | null = null;
    for (const child of el.children) {
      const r = rank(child.name);
      if (r < 0) continue;
      if (last && r < last.rank)
        this.report(
          child,
          [...path, child.name],
          "cin-element-order",
          "error",
          `<${child.name}> comes after <${last.name}> in <${el.name}> of ${where}; the CIN census schema puts it before.`,
        );
      else last = { name: child.name, rank: r };
    }
  }

  /**
   * When every date of the children is written in one other form (dd/mm/yyyy from a spreadsheet), one line says so
   * instead of one per element.
   */
  summariseDates(): void {
    const form = this.badDates[0]?.form;
    if (this.badDates.length < 2 || this.badDates.length !== this.datesRead || !form || form === "YYYY-MM-DD")
      return;
    if (!this.badDates.every((b) => b.form === form)) return;
    const drop = new Set(this.badDates.map((b) => b.issue));
    const first = this.badDates[0]?.issue;
    const kept = this.issues.filter((i) => !drop.has(i));
    this.issues.length = 0;
    for (const i of kept) this.issues.push(i);
    this.issues.push({
      code: "cin-date-format",
      severity: "error",
      message: `Every child's date in the file (${this.badDates.length}) is written ${form}; the CIN census uses YYYY-MM-DD. Export the census again with its dates as YYYY-MM-DD.`,
      path: first?.path ?? [],
      row: first?.row ?? 1,
      column: first?.column ?? 1,
      ...(this.file === undefined ? {} : { file: this.file }),
    });
  }

  value(el: XmlElement, path: Path, where: string, spec: Field, raw: string): unknown {
    // Never the value's text (one rule for every message built from returns data): its form, in words.
    const bad = (code: string, what: string): null => {
      this.report(
        el,
        path,
        code,
        "error",
        `<${el.name}> of ${where} is not ${what}; it is ${valueForm(raw)}.`,
      );
      return null;
    };
    const kind = spec.kind;
    if (kind === "date") {
      this.datesRead++;
      const iso = readIsoDate(raw);
      if (iso !== null) {
        const held = this.dates.get(iso);
        if (held !== undefined) return held;
        this.dates.set(iso, iso);
        return iso;
      }
      bad("cin-invalid-date", "a valid date in the form YYYY-MM-DD");
      const issue = this.issues[this.issues.length - 1];
      if (issue) this.badDates.push({ issue, form: dateForm(raw) });
      return null;
    }
    if (kind === "bool") {
      const v = raw.toLowerCase();
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      return bad("cin-invalid-boolean", "true/false or 1/0");
    }
    if (kind === "int")
      return /^\d{1,6}$/.test(raw) ? Number(raw) : bad("cin-invalid-number", "a whole number");
    if (kind === "upn") {
      if (!UPN.test(raw))
        return bad("cin-invalid-upn", "a UPN (a letter, 11 digits, then a digit or letter)");
      if (this.dfeChecks && !upnCheckLetterOk(raw))
        return bad("cin-upn-check-letter", "a UPN whose check letter matches its digits (the DfE UPN check)");
      return raw;
    }
    if (kind === "text") return raw;
    // The code list's own string, so that every child's code is one string, not a copy each.
    const at = kind.indexOf(raw);
    return at >= 0
      ? kind[at]
      : bad("cin-invalid-code", `one of the codes the CIN census allows (${codeList(kind)})`);
  }
}

/** The one empty list every record without items shares (a census has hundreds of thousands of them). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A record's list as kept: the shared empty list when it has no items, else a copy of exactly its length (a list
 * grown by `push` has room for 17 items).
 */
export const kept = <T>(items: readonly T[]): readonly T[] => (items.length === 0 ? NONE : items.slice());

/**
 * A copy of `text` of its own. V8 gives a substring of 13 or more characters as a slice that keeps its whole parent
 * alive: a value cut from a piece of the file's text and held (a child's LAchildID, for every child) would hold
 * the piece, and a national census's text with it. The join below makes new characters.
 */
export const ownCopy = (text: string | null): string | null =>
  text === null || text.length < 13 ? text : Array.from(text).join("");

/** A date field, required or not. */
export const d = (required = false): Field => ({ kind: "date", required });

// A field's value as `block` read it, or null (missing, empty or invalid).
export const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
export const bool = (v: unknown): boolean | null => (typeof v === "boolean" ? v : null);
export const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/** Reads a list element such as `<Disabilities><Disability>…` into `out`. */
export function list(
  r: Reader,
  el: XmlElement,
  path: Path,
  where: string,
  item: string,
  codes: Kind,
  out: string[],
  identifier = false,
): void {
  const block = r.block(el, path, where, {}, [item]);
  for (const itemEl of block.nested.get(item) ?? []) {
    const raw = itemEl.text.trim();
    if (itemEl.children.length > 0) {
      r.report(
        itemEl,
        [...path, item],
        "cin-unexpected-content",
        "error",
        `<${item}> of ${where} should hold a value, not elements.`,
      );
      continue;
    }
    if (raw === "") {
      r.report(itemEl, [...path, item], "cin-missing-element", "error", `<${item}> of ${where} is empty.`);
      continue;
    }
    const v = r.value(itemEl, [...path, item], where, { kind: codes, identifier }, raw);
    if (typeof v === "string") out.push(v);
  }
}

/** Reports `later < earlier`, located at the later date's element (its name is the path's last part). */
export function order(
  r: Reader,
  el: XmlElement,
  path: Path,
  where: string,
  earlier: string | null,
  later: string | null,
  message: string,
  severity: "error" | "warning" = "error",
): void {
  if (earlier === null || later === null || later >= earlier) return;
  const name = path[path.length - 1];
  const at = el.children.find((c) => c.name === name) ?? el;
  r.report(at, path, "cin-date-order", severity, `${message} (${where}).`);
}
