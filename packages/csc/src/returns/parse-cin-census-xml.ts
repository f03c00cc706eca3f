import type { Issue } from "@kpikit/core";
import { type ByteSource, decodeTextStream } from "../text/decode-stream.js";
import { Reader } from "./cin/block-reader.js";
import { readChild } from "./cin/child.js";
import { cinMessageFromFlatTables } from "./cin/flat-tables.js";
import { readHeader } from "./cin/header.js";
import type { CinChild, CinHeader } from "./cin-types.js";
import {
  addCinChildRows,
  type CinMeasureRows,
  type CinMeasureRowsBuilder,
  emptyCinMeasureRows,
  invalidCinDates,
} from "./measures/flat-tables.js";
import { tagName } from "./xml-names.js";
import { type XmlElement, XmlStream } from "./xml-reader.js";

/** Options for {@link parseCinCensusXml}. */
export interface ParseCinCensusOptions {
  /** File name put on every issue. */
  readonly file?: string;
  /**
   * The DfE rules beyond the file's form, as `kpikit validate` runs them: each UPN's check letter, no activity on a
   * no-further-action referral, death before birth, closure and referral dates outside the census year. Default false.
   */
  readonly dfeChecks?: boolean;
  /**
   * What is kept of each child: the whole record (`"children"`, default), or only the rows the measures read
   * (`"measure-rows"`: referral, assessment, section 47 and plan dates, no identifiers but LAchildID), about a
   * third of the memory, for a census too large to hold whole; `children` is then empty and `measureRows` holds
   * the rows. Every check and issue is the same.
   */
  readonly keep?: "children" | "measure-rows";
}

/** What {@link parseCinCensusXml} read: the children (child-level, keep in memory only), the header and issues. */
export interface CinCensusResult {
  readonly children: readonly CinChild[];
  readonly header: CinHeader | null;
  readonly issues: readonly Issue[];
  /** With `keep: "measure-rows"`: the children's rows as the measures read them (tagged with the header's year). */
  readonly measureRows?: CinMeasureRows;
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
  const census = new CinCensusStream(options);
  census.push(typeof text === "string" ? text : "");
  return census.end();
}

/**
 * {@link parseCinCensusXml} on a stream: the file's bytes as a web `ReadableStream` (a browser `File.stream()`, a
 * Node `Readable.toWeb`) or any async iterable of byte chunks (a Node `fs.createReadStream`), decoded as they
 * arrive by the project's decoder (`decodeTextStream`: its byte-order mark and encoding rules). Each `<Child>`
 * is read and checked as it closes and its elements let go, so what is held is the children's records, never the
 * file's text; a national census (over 1 GB) reads in a few hundred MB. The same children, header and issues as
 * {@link parseCinCensusXml} on the whole text (a test splits files at every kind of boundary).
 * @param onProgress Called after each piece with the bytes and children read so far.
 * @example
 * const bytes = new TextEncoder().encode("<Message><Children><Child/><Child/></Children></Message>");
 * const r = parseCinCensusStream([bytes.slice(0, 20), bytes.slice(20)]);
 * r instanceof Promise //=> true
 */
export async function parseCinCensusStream(
  source: ByteSource,
  options: ParseCinCensusOptions & {
    readonly onProgress?: (progress: { readonly bytes: number; readonly children: number }) => void;
  } = {},
): Promise<CinCensusResult & { readonly textIssues: readonly Issue[] }> {
  const census = new CinCensusStream(options);
  const decoded = decodeTextStream(source, options.file);
  for await (const piece of decoded.pieces) {
    if (!census.push(piece)) break;
    options.onProgress?.({ bytes: decoded.bytesRead(), children: census.childCount });
  }
  const result = census.end();
  return { ...result, textIssues: decoded.issues() };
}

/**
 * A CIN census read as its XML arrives: the header when it closes, each `<Child>` when it closes (then dropped
 * from the tree), the message's own checks at the end. The issues come out in the order the whole-tree reading
 * gives them: the message's and the header's, then the children's.
 */
class CinCensusStream {
  private readonly r: Reader;
  private readonly xml: XmlStream;
  private readonly events: CinMessageEvents;

  constructor(options: ParseCinCensusOptions) {
    this.r = new Reader(options.file, options.dfeChecks === true);
    this.events = new CinMessageEvents(this.r, options.keep === "measure-rows");
    this.xml = new XmlStream({
      open: (el, depth) => this.events.open(el, depth),
      close: (el, depth, parent) => this.events.close(el, depth, parent),
    });
  }

  get childCount(): number {
    return this.events.count;
  }

  push(text: string): boolean {
    return this.xml.push(text);
  }

  end(): CinCensusResult {
    const xml = this.xml.end();
    if (!xml.root) {
      // A document that is not well formed gives its XML problems only, never part of a census.
      this.r.issues.length = 0;
      for (const p of xml.problems) this.r.report(p, [], p.code, p.severity, p.message);
      return { children: [], header: null, issues: this.r.issues };
    }
    return this.events.finish(xml.root);
  }
}

/** Reads a census from its `<Message>` element (parsed XML, or built from flat CSV tables). */
export function readCinMessage(r: Reader, root: XmlElement): CinCensusResult {
  const events = new CinMessageEvents(r);
  events.open(root, 1);
  for (const el of root.children) {
    events.open(el, 2);
    for (const c of el.children) {
      events.open(c, 3);
      events.close(c, 3, el);
    }
    events.close(el, 2, root);
  }
  return events.finish(root);
}

/** The CIN census's reading of its message, element by element as they close (see {@link CinCensusStream}). */
class CinMessageEvents {
  readonly children: CinChild[] = [];
  /** The children read (kept whole or as measure rows). */
  count = 0;
  private rows: CinMeasureRowsBuilder | null = null;
  private rootIsMessage = true;
  private header: CinHeader | null = null;
  private headerRead = false;
  private childrenEl: XmlElement | null = null;
  /** `<Child>` elements that closed before the header: read once the header (its year) is known. */
  private readonly waiting: XmlElement[] = [];
  private readonly childIssues: Issue[] = [];
  private readonly firstWithId = new Map<string, { readonly position: number; readonly line: number }>();

  constructor(
    private readonly r: Reader,
    private readonly measureRowsOnly = false,
  ) {}

  open(el: XmlElement, depth: number): void {
    if (depth === 1) this.rootIsMessage = el.name === "Message";
    else if (depth === 2 && el.name === "Children" && !this.childrenEl) this.childrenEl = el;
  }

  /** True when the element has been used and need not be kept in the tree. */
  close(el: XmlElement, depth: number, parent: XmlElement | undefined): boolean {
    if (!this.rootIsMessage) return depth >= 2;
    if (depth === 3 && parent === this.childrenEl) {
      if (this.headerRead) this.readChild(el);
      else this.waiting.push(el);
      return true;
    }
    if (depth !== 2) return false;
    const r = this.r;
    if (el.name === "Header" && !this.headerRead) {
      this.header = readHeader(r, el);
      this.headerRead = true;
      r.censusYear = this.header.year;
      // The header's own date keeps its own line; the summary is about the children's dates.
      r.datesRead = 0;
      r.badDates.length = 0;
      this.readWaiting();
    } else if (el === this.childrenEl) return false;
    else
      r.report(
        el,
        ["Message", el.name],
        el.name === "Header" || el.name === "Children" ? "cin-repeated-element" : "cin-unknown-element",
        "warning",
        `${tagName(el.name).replace(/^a tag$/, "An element")} in <Message> is not expected here and is ignored.`,
      );
    return true;
  }

  finish(root: XmlElement): CinCensusResult {
    const r = this.r;
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
    this.readWaiting();
    const header = this.header;
    if (!this.headerRead)
      r.report(
        root,
        ["Message", "Header"],
        "cin-header-missing",
        "warning",
        "The file has no <Header>, so its census year and LA cannot be checked.",
      );
    const childrenEl = this.childrenEl;
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
    for (const i of this.childIssues) r.issues.push(i);
    r.summariseDates();
    if (this.count === 0)
      r.report(
        childrenEl,
        ["Message", "Children"],
        "cin-no-children",
        "warning",
        "<Children> holds no <Child>.",
      );
    const rows = this.rows ?? (this.measureRowsOnly ? emptyCinMeasureRows(this.rowsYear()) : null);
    return { children: this.children, header, issues: r.issues, ...(rows ? { measureRows: rows } : {}) };
  }

  /** The collection year (start year) measure rows are tagged with: the header's, else 0 (placed later). */
  private rowsYear(): number {
    return this.r.censusYear === null ? 0 : this.r.censusYear - 1;
  }

  private readWaiting(): void {
    for (const el of this.waiting.splice(0)) this.readChild(el);
  }

  /** Reads one element of `<Children>`; its issues are kept apart, to follow the message's own. */
  private readChild(el: XmlElement): void {
    const r = this.r;
    const from = r.issues.length;
    const child = this.readOne(el);
    const issues = r.issues.splice(from);
    for (const i of issues) this.childIssues.push(i);
    if (child && this.measureRowsOnly) {
      this.rows ??= emptyCinMeasureRows(this.rowsYear());
      addCinChildRows(this.rows, child, invalidCinDates(issues));
    } else if (child) this.children.push(child);
  }

  private readOne(el: XmlElement): CinChild | null {
    const r = this.r;
    if (el.name !== "Child") {
      r.report(
        el,
        ["Message", "Children", el.name],
        "cin-unknown-element",
        "warning",
        `${tagName(el.name).replace(/^a tag$/, "An element")} in <Children> is not a <Child> and is ignored.`,
      );
      return null;
    }
    const child = readChild(r, el, ++this.count);
    const id = child.identifiers.laChildId;
    if (id === null) return child;
    const first = this.firstWithId.get(id);
    if (!first) {
      this.firstWithId.set(id, { position: child.position, line: child.line });
      return child;
    }
    const idEl =
      el.children.find((c) => c.name === "ChildIdentifiers")?.children.find((c) => c.name === "LAchildID") ??
      el;
    const path = ["Message", "Children", "Child", child.position, "ChildIdentifiers", "LAchildID"];
    const message = `Child ${child.position} (line ${child.line}) has the same LAchildID as child ${first.position} (line ${first.line}); a child should appear once. Their records are joined for the measures.`;
    r.report(idEl, path, "cin-duplicate-child", "warning", message);
    return child;
  }
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
