// Internal: the SSDA903 XML layout (`<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…</EPISODE></CHILD>…`) turned
// into the same rows as the CSV tables, so one set of checks serves both, one <CHILD> at a time as the project's
// safe XML reader (XmlStream) closes it.
import type { Issue } from "@kpikit/core";
import type { RawRow, Ssda903TableName } from "./ssda903-tables.js";
import type { XmlElement, XmlReadResult } from "./xml-reader.js";

const rowOf = (el: XmlElement, fields: Readonly<Record<string, string>>, position: number): RawRow => ({
  line: el.line,
  at: `<${el.name}> of child ${position} (line ${el.line}, column ${el.column})`,
  get: (column) => fields[column] ?? "",
});

/** Direct child values of an element (element name → trimmed text); XML element `PL` is the CSV column `PLACE`. */
function valuesOf(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of el.children) {
    if (c.children.length > 0) continue;
    const key = c.name === "PL" ? "PLACE" : c.name === "CHILDID" ? "CHILD" : c.name;
    if (!Object.hasOwn(out, key)) out[key] = c.text.trim();
  }
  return out;
}

const OC3 = ["IN_TOUCH", "ACTIV", "ACCOM"];
const AD1 = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

/** True when the text looks like XML rather than CSV. */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** The XML's problems as issues, and its root element, or `null` when it cannot be read. */
export function xmlRootOf(xml: XmlReadResult, file: string, issues: Issue[]): XmlElement | null {
  for (const p of xml.problems) {
    issues.push({
      code: p.code,
      severity: p.severity,
      file,
      row: p.line,
      column: p.column,
      message: p.message,
    });
  }
  return xml.root;
}

/** The issue of an XML file with no `<CHILD>` record. */
export const noChildren = (file: string, root: XmlElement): Issue => ({
  code: "ssda903-unknown-table",
  severity: "error",
  file,
  row: root.line,
  column: root.column,
  message: `${file} is XML but holds no SSDA903 <CHILD> records.`,
});

/**
 * The `<CHILD>` records of an XML return, one at a time as each closes: each record's rows go to `add` by table
 * (header, uasc, oc3 and ad1 from `<HEADER>`, the repeated records inside it, episodes from `<EPISODE>`).
 */
export class Ssda903XmlChildren {
  /** The `<CHILD>` records read. */
  count = 0;
  /** A record's own problems (a `<CHILD>` with no `<HEADER>`). */
  readonly issues: Issue[] = [];

  constructor(
    private readonly file: string,
    private readonly add: (table: Ssda903TableName, row: RawRow) => void,
  ) {}

  child(child: XmlElement): void {
    const { file, add } = this;
    const position = ++this.count;
    const header = child.children.find((c) => c.name === "HEADER");
    if (!header) {
      this.issues.push({
        code: "ssda903-missing-value",
        severity: "error",
        file,
        row: child.line,
        column: "HEADER",
        message: `The <CHILD> on line ${child.line} of ${file} has no <HEADER>; its records are skipped.`,
      });
      return;
    }
    const h = valuesOf(header);
    const id = { CHILD: h.CHILD ?? "", DOB: h.DOB ?? "" };
    add("header", rowOf(header, h, position));
    if (h.UASC === "1" || (h.DUC ?? "") !== "")
      add("uasc", rowOf(header, { ...id, SEX: h.SEX ?? "", DUC: h.DUC ?? "" }, position));
    if (OC3.some((k) => (h[k] ?? "") !== "")) add("oc3", rowOf(header, h, position));
    if (AD1.some((k) => (h[k] ?? "") !== "")) add("ad1", rowOf(header, h, position));
    for (const el of header.children) {
      const v = { ...valuesOf(el), ...id };
      if (el.name === "AREVIEW") add("reviews", rowOf(el, v, position));
      else if (el.name === "AMISSING") add("missing", rowOf(el, v, position));
      else if (el.name === "OC2") add("oc2", rowOf(el, v, position));
      else if (el.name === "PERMANENCE") add("previous_permanence", rowOf(el, v, position));
      else if (el.name === "AD_PLACED") add("placed_for_adoption", rowOf(el, v, position));
      else if (el.name === "SOCIAL_WORKER" || el.name === "SW_EPISODE")
        add("sw_episodes", rowOf(el, v, position));
    }
    for (const el of child.children) {
      if (el.name === "EPISODE") add("episodes", rowOf(el, { ...valuesOf(el), CHILD: id.CHILD }, position));
    }
  }
}
