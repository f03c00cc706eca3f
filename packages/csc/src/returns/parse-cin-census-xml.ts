import type { Issue } from "@kpikit/core";
import { Reader } from "./cin/block-reader.js";
import { readChild } from "./cin/child.js";
import { cinMessageFromFlatTables } from "./cin/flat-tables.js";
import { readHeader } from "./cin/header.js";
import type { CinChild, CinHeader } from "./cin-types.js";
import { tagName } from "./xml-names.js";
import { readXml, type XmlElement } from "./xml-reader.js";

/** Options for {@link parseCinCensusXml}. */
export interface ParseCinCensusOptions {
  /** File name put on every issue. */
  readonly file?: string;
  /**
   * The DfE rules beyond the file's form, as `kpikit validate` runs them: each UPN's check letter, no activity on a
   * no-further-action referral, death before birth, closure and referral dates outside the census year. Default false.
   */
  readonly dfeChecks?: boolean;
}

/** What {@link parseCinCensusXml} read: the children (child-level, keep in memory only), the header and issues. */
export interface CinCensusResult {
  readonly children: readonly CinChild[];
  readonly header: CinHeader | null;
  readonly issues: readonly Issue[];
}

/**
 * Reads a CIN census XML file (DfE schemas 2024–2026 and earlier `GenderCurrent` files) into children,
 * their referrals (`CINdetails`), assessments, section 47 enquiries, CIN plans and child protection plans.
 *
 * The XML reader is the project's own and is safe by construction: any DOCTYPE or ENTITY declaration is refused
 * with an `xml-doctype-refused` issue and nothing is read; entities are never expanded (only `&lt;` `&gt;`
 * `&amp;` `&apos;` `&quot;` and numeric character references are decoded); malformed XML gives an issue with
 * its line and column. Never throws. Issues carry file, row (line), column, the element path (numbers are
 * 1-based positions) and a code. They name a child by its position and line ("child 17 (line 312)"), never
 * by an identifier, and never quote a value from `ChildIdentifiers` or `ChildCharacteristics`.
 *
 * Checks: the header (Collection is CIN, Year, a 31 March ReferenceDate in that Year, a known 3-digit LA),
 * required elements, dates (`YYYY-MM-DD`, real days), code lists (referral source, primary need, reason for
 * closure, categories of abuse, assessment factors, ethnicity, disability, sex), UPN form, booleans, and the
 * order of dates (closure before referral, authorisation before start, ICPC before S47, plan end before start).
 * @param text The file's text.
 * @example
 * const xml = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
 *   <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
 *   <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
 *   <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
 *   <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
 *   <ReferralNFA>false</ReferralNFA></CINdetails></Child></Children></Message>`;
 * const r = parseCinCensusXml(xml, { file: "cin.xml" });
 * [r.children.length, r.header?.la, r.children[0]?.details[0]?.referralDate, r.issues.length]
 * //=> [1, "865", "2023-06-01", 0]
 * parseCinCensusXml('<!DOCTYPE x [<!ENTITY a "b">]><Message/>').issues[0]?.code //=> "xml-doctype-refused"
 */
export function parseCinCensusXml(text: string, options: ParseCinCensusOptions = {}): CinCensusResult {
  const file = options.file;
  const r = new Reader(file, options.dfeChecks === true);
  let xml: ReturnType<typeof readXml>;
  try {
    xml = readXml(typeof text === "string" ? text : "");
  } catch {
    xml = {
      root: null,
      problems: [
        {
          code: "xml-internal",
          message: "The XML reader stopped unexpectedly.",
          severity: "error",
          line: 1,
          column: 1,
        },
      ],
    };
  }
  for (const p of xml.problems) r.report(p, [], p.code, p.severity, p.message);
  const root = xml.root;
  if (!root) return { children: [], header: null, issues: r.issues };
  return readCinMessage(r, root);
}

/** Reads a census from its `<Message>` element (parsed XML, or built from flat CSV tables). */
export function readCinMessage(r: Reader, root: XmlElement): CinCensusResult {
  if (root.name !== "Message") {
    r.report(
      root,
      [root.name],
      "cin-unexpected-root",
      "error",
      `The root element is ${tagName(root.name).replace(/^a tag$/, "not <Message>")}; a CIN census file has <Message>.`,
    );
    return { children: [], header: null, issues: r.issues };
  }
  let header: CinHeader | null = null;
  let childrenEl: XmlElement | null = null;
  for (const el of root.children) {
    if (el.name === "Header" && !header) {
      header = readHeader(r, el);
      r.censusYear = header.year;
      // The header's own date keeps its own line; the summary is about the children's dates.
      r.datesRead = 0;
      r.badDates.length = 0;
    } else if (el.name === "Children" && !childrenEl) childrenEl = el;
    else
      r.report(
        el,
        ["Message", el.name],
        el.name === "Header" || el.name === "Children" ? "cin-repeated-element" : "cin-unknown-element",
        "warning",
        `${tagName(el.name).replace(/^a tag$/, "An element")} in <Message> is not expected here and is ignored.`,
      );
  }
  if (!header)
    r.report(
      root,
      ["Message", "Header"],
      "cin-header-missing",
      "warning",
      "The file has no <Header>, so its census year and LA cannot be checked.",
    );
  if (!childrenEl) {
    r.report(
      root,
      ["Message", "Children"],
      "cin-missing-element",
      "error",
      "The file has no <Children> element.",
    );
    return { children: [], header, issues: r.issues };
  }
  if (childrenEl.text.trim() !== "")
    r.report(
      childrenEl,
      ["Message", "Children"],
      "cin-stray-text",
      "warning",
      "Text directly inside <Children> is ignored.",
    );
  const children: CinChild[] = [];
  const firstWithId = new Map<string, CinChild>();
  for (const el of childrenEl.children) {
    if (el.name !== "Child") {
      r.report(
        el,
        ["Message", "Children", el.name],
        "cin-unknown-element",
        "warning",
        `${tagName(el.name).replace(/^a tag$/, "An element")} in <Children> is not a <Child> and is ignored.`,
      );
      continue;
    }
    const child = readChild(r, el, children.length + 1);
    children.push(child);
    const id = child.identifiers.laChildId;
    if (id === null) continue;
    const first = firstWithId.get(id);
    if (!first) firstWithId.set(id, child);
    else {
      const idEl =
        el.children
          .find((c) => c.name === "ChildIdentifiers")
          ?.children.find((c) => c.name === "LAchildID") ?? el;
      const path = ["Message", "Children", "Child", child.position, "ChildIdentifiers", "LAchildID"];
      const message = `Child ${child.position} (line ${child.line}) has the same LAchildID as child ${first.position} (line ${first.line}); a child should appear once. Their records are joined for the measures.`;
      r.report(idEl, path, "cin-duplicate-child", "warning", message);
    }
  }
  r.summariseDates();
  if (children.length === 0)
    r.report(
      childrenEl,
      ["Message", "Children"],
      "cin-no-children",
      "warning",
      "<Children> holds no <Child>.",
    );
  return { children, header, issues: r.issues };
}

/**
 * Reads a CIN census saved as flat CSV tables, one per module (name → CSV text), joined on LAchildID,
 * CINdetailsID and CPPID, with every check of {@link parseCinCensusXml}; issues name each table's file, line
 * and column.
 */
export function parseCinCensusTables(
  files: readonly { readonly name: string; readonly text: string }[],
  options: Omit<ParseCinCensusOptions, "file"> = {},
): CinCensusResult {
  const r = new Reader(files[0]?.name, options.dfeChecks === true);
  const { message } = cinMessageFromFlatTables(files);
  if (!message) return { children: [], header: null, issues: r.issues };
  return readCinMessage(r, message);
}
