// Internal: a CIN census saved as flat CSV tables, one per module (header, child identifiers, characteristics,
// referrals, assessments, CIN plans, section 47 enquiries, child protection plans, reviews), joined on LAchildID,
// CINdetailsID and CPPID into the census's own element tree, so that the census reader checks it exactly as it
// checks the XML. Every element keeps the file, line and column of its cell.
import { readCsvRecords } from "../../text/csv-records.js";
import type { XmlElement } from "../xml-reader.js";

/** The module a flat table holds, from its columns. */
export type FlatModule =
  | "header"
  | "identifiers"
  | "characteristics"
  | "disabilities"
  | "details"
  | "assessments"
  | "factors"
  | "plans"
  | "section47"
  | "protection"
  | "reviews";

const has = (cols: readonly string[], name: string) => cols.includes(name.toLowerCase());

/** Which module a flat table's header row is, or null. */
export function flatModuleOf(columns: readonly string[]): FlatModule | null {
  const c = columns.map((x) => x.trim().toLowerCase());
  if (has(c, "Collection") && has(c, "LEA")) return "header";
  if (has(c, "CPPreviewDate")) return "reviews";
  if (has(c, "CPPstartDate")) return "protection";
  if (has(c, "S47ActualStartDate")) return "section47";
  if (has(c, "CINPlanStartDate")) return "plans";
  if (has(c, "AssessmentActualStartDate")) return "assessments";
  if (has(c, "AssessmentFactors")) return "factors";
  if (has(c, "CINreferralDate")) return "details";
  if (has(c, "Disability")) return "disabilities";
  if (has(c, "Ethnicity") && !has(c, "UPN")) return "characteristics";
  if (has(c, "LAchildID")) return "identifiers";
  return null;
}

interface Row {
  readonly file: string;
  readonly line: number;
  /** Column name → [text, 1-based column]. */
  readonly cells: ReadonlyMap<string, readonly [string, number]>;
}

/** Keys that join the tables; they are not elements of their own (LAchildID is, in ChildIdentifiers). */
const KEYS = new Set(["CINdetailsID", "CPPID", "AssessmentID", "CINPlanID", "S47ID"]);

function rowsOf(file: string, text: string): { columns: string[]; rows: Row[] } {
  const [head, ...records] = readCsvRecords(text).records;
  const columns = (head?.cells ?? []).map((c) => c.replace(/^\uFEFF/, "").trim());
  const rows = records.map((r) => {
    const cells = new Map<string, readonly [string, number]>();
    columns.forEach((name, i) => {
      if (name !== "") cells.set(name, [(r.cells[i] ?? "").trim(), i + 1]);
    });
    return { file, line: r.line, cells };
  });
  return { columns, rows };
}

const element = (
  name: string,
  at: { file: string; line: number; column: number },
  children: readonly XmlElement[] = [],
  text = "",
): XmlElement => ({ name, line: at.line, column: at.column, file: at.file, attributes: {}, children, text });

/** The non-blank cells of a row as value elements, except the join keys and `skip`. */
function values(row: Row, skip: readonly string[] = []): XmlElement[] {
  const out: XmlElement[] = [];
  for (const [name, [text, column]] of row.cells) {
    if (text === "" || KEYS.has(name) || skip.includes(name)) continue;
    out.push(element(name, { file: row.file, line: row.line, column }, [], text));
  }
  return out;
}

const key = (row: Row, ...names: string[]) => names.map((n) => row.cells.get(n)?.[0] ?? "").join("\u0000");

/**
 * The `<Message>` element of a census given as flat tables (name → CSV text), or null when none of them is a
 * CIN module. Tables are joined on LAchildID, CINdetailsID and CPPID.
 */
export function cinMessageFromFlatTables(
  files: readonly { readonly name: string; readonly text: string }[],
): {
  readonly message: XmlElement | null;
  /** Files that are not a module of the census. */
  readonly unknown: readonly string[];
} {
  const tables = new Map<FlatModule, Row[]>();
  const unknown: string[] = [];
  for (const f of files) {
    const { columns, rows } = rowsOf(f.name, f.text);
    const module = flatModuleOf(columns);
    if (module === null) {
      unknown.push(f.name);
      continue;
    }
    const list = tables.get(module) ?? [];
    for (const r of rows) list.push(r);
    tables.set(module, list);
  }
  if (tables.size === 0) return { message: null, unknown };
  const rows = (m: FlatModule) => tables.get(m) ?? [];
  const first = files[0]?.name ?? "";
  const at0 = { file: first, line: 1, column: 1 };
  const group = (m: FlatModule, ...names: string[]) => {
    const map = new Map<string, Row[]>();
    for (const r of rows(m)) {
      const k = key(r, ...names);
      const list = map.get(k) ?? [];
      list.push(r);
      map.set(k, list);
    }
    return map;
  };

  const headerRow = rows("header")[0];
  const header: XmlElement[] = [];
  if (headerRow) {
    const at = { file: headerRow.file, line: headerRow.line, column: 1 };
    const pick = (names: readonly string[]) => values(headerRow).filter((e) => names.includes(e.name));
    header.push(
      element("Header", at, [
        element("CollectionDetails", at, pick(["Collection", "Year", "ReferenceDate"])),
        element(
          "Source",
          at,
          pick(["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"]),
        ),
      ]),
    );
  }

  const characteristics = group("characteristics", "LAchildID");
  const disabilities = group("disabilities", "LAchildID");
  const details = group("details", "LAchildID");
  const assessments = group("assessments", "LAchildID", "CINdetailsID");
  const factors = group("factors", "LAchildID", "CINdetailsID");
  const plans = group("plans", "LAchildID", "CINdetailsID");
  const section47 = group("section47", "LAchildID", "CINdetailsID");
  const protection = group("protection", "LAchildID", "CINdetailsID");
  const reviews = group("reviews", "LAchildID", "CINdetailsID", "CPPID");

  // Children in the identifiers table's order, then any that only other tables name.
  const ids: string[] = [];
  const idRows = new Map<string, Row>();
  for (const r of rows("identifiers")) {
    const id = key(r, "LAchildID");
    if (!idRows.has(id)) {
      idRows.set(id, r);
      ids.push(id);
    }
  }
  for (const r of rows("details")) {
    const id = key(r, "LAchildID");
    if (!idRows.has(id) && !ids.includes(id)) ids.push(id);
  }

  const children = ids.map((id) => {
    const idRow = idRows.get(id);
    const detailRows = details.get(id) ?? [];
    const anchor = idRow ?? detailRows[0];
    const at = anchor ? { file: anchor.file, line: anchor.line, column: 1 } : at0;
    const parts: XmlElement[] = [];
    if (idRow) parts.push(element("ChildIdentifiers", at, values(idRow)));
    const ch = characteristics.get(id)?.[0];
    const dis = disabilities.get(id) ?? [];
    if (ch || dis.length > 0) {
      const chAt = ch ? { file: ch.file, line: ch.line, column: 1 } : at;
      const inner = ch ? values(ch, ["LAchildID"]) : [];
      if (dis.length > 0)
        inner.push(
          element(
            "Disabilities",
            chAt,
            dis.flatMap((d) => values(d, ["LAchildID"])),
          ),
        );
      parts.push(element("ChildCharacteristics", chAt, inner));
    }
    for (const d of detailRows) {
      const dAt = { file: d.file, line: d.line, column: 1 };
      const k = key(d, "LAchildID", "CINdetailsID");
      const inner = values(d, ["LAchildID"]);
      for (const a of assessments.get(k) ?? []) {
        const aInner = values(a, ["LAchildID", "AssessmentFactors"]);
        const fs = [...(factors.get(k) ?? []), ...(a.cells.get("AssessmentFactors")?.[0] ? [a] : [])];
        const factorEls = fs.flatMap((f) => values(f).filter((e) => e.name === "AssessmentFactors"));
        if (factorEls.length > 0)
          aInner.push(
            element("FactorsIdentifiedAtAssessment", { file: a.file, line: a.line, column: 1 }, factorEls),
          );
        inner.push(element("Assessments", { file: a.file, line: a.line, column: 1 }, aInner));
      }
      for (const p of plans.get(k) ?? [])
        inner.push(
          element("CINPlanDates", { file: p.file, line: p.line, column: 1 }, values(p, ["LAchildID"])),
        );
      for (const s of section47.get(k) ?? [])
        inner.push(element("Section47", { file: s.file, line: s.line, column: 1 }, values(s, ["LAchildID"])));
      for (const c of protection.get(k) ?? []) {
        const cInner = values(c, ["LAchildID"]);
        const rs = reviews.get(key(c, "LAchildID", "CINdetailsID", "CPPID")) ?? [];
        if (rs.length > 0)
          cInner.push(
            element(
              "Reviews",
              { file: c.file, line: c.line, column: 1 },
              rs.flatMap((r) => values(r, ["LAchildID"])),
            ),
          );
        inner.push(element("ChildProtectionPlans", { file: c.file, line: c.line, column: 1 }, cInner));
      }
      parts.push(element("CINdetails", dAt, inner));
    }
    return element("Child", at, parts);
  });
  const message = element("Message", at0, [...header, element("Children", at0, children)]);
  return { message, unknown };
}
