import { financialYearOf, type Issue } from "@kpikit/core";
import type { PlanSheet } from "../../plan/read-plan.js";
import { findArea } from "../../reference/find-area.js";
import { decodeText } from "../../text/decode-text.js";
import { type AnnexAWorkbook, isAnnexAWorkbook, readAnnexA } from "../annex-a/read-annex-a.js";
import { flatModuleOf } from "../cin/flat-tables.js";
import type { CinChild, CinHeader } from "../cin-types.js";
import { withDfeRules } from "../dfe-rules.js";
import type { ReturnYear } from "../measure-types.js";
import type { CinMeasureRows } from "../measures/flat-tables.js";
import { type CinCensusResult, parseCinCensusTables, parseCinCensusXml } from "../parse-cin-census-xml.js";
import {
  combineSsda903,
  readSsda903File,
  type Ssda903FileRead,
  type Ssda903Tables,
} from "../read-ssda903.js";
import { codesForYear, SSDA903_CODE_YEARS } from "../ssda903-code-years.js";
import { codeList } from "../value-form.js";
import { isAnnexA, isZip, type ReturnKind, recogniseText } from "./recognise.js";
import { splitStacked, stackingColumns } from "./stacked.js";
import { folderOf, type YearHint, yearHintOf, yearHintOfText, yearLabel } from "./year-hint.js";

export type { ReturnKind } from "./recognise.js";

/** One file given to {@link readReturns}: its name as the user sees it (a path in a folder) and its bytes. */
export interface ReturnsInput {
  readonly name: string;
  /** The file's bytes, or its text when already decoded. */
  readonly bytes: Uint8Array | string;
  /** Its size in bytes when known before reading (a file over the limit need not be read at all). */
  readonly size?: number;
  /**
   * A workbook's sheets as a spreadsheet reader gives them (cells, row 1 first, Excel dates as ISO text): an
   * XLSX is read from these (the pipeline does not unzip), so an Annex A workbook is recognised by its sheets.
   */
  readonly sheets?: readonly PlanSheet[];
  /**
   * Internal to the pipeline: a file `readReturnsStream` has already read as it streamed (a CIN census), or
   * refused unread; `bytes` is then not read.
   */
  readonly streamed?:
    | {
        readonly kind: "cin-census";
        readonly census: CinCensusResult;
        readonly textIssues: readonly Issue[];
      }
    | { readonly kind: "ssda903"; readonly read: Ssda903FileRead; readonly textIssues: readonly Issue[] }
    | { readonly kind: "refused"; readonly code: string; readonly message: string };
}

/** Options for {@link readReturns}. */
export interface ReadReturnsOptions {
  /**
   * The LA to read (a DfE 3-digit code): returns of other LAs are left out, and stacked multi-LA files are
   * filtered to it. Without it, files of two LAs are an error.
   */
  readonly la?: string;
  /** The year (start year, `2023` = 2023-24) for files that give none in their name or content. */
  readonly year?: number;
  /** The largest file read, in bytes; default {@link RETURNS_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** The DfE rules beyond the files' form (UPN check letters, cross-field rules), as `kpikit validate` runs them. */
  readonly dfeChecks?: boolean;
  /**
   * What is kept of a CIN census's children: whole records (`"children"`, default), or only the rows the measures
   * read (`"measure-rows"`, about a third of the memory: how `kpikit compute` reads a national census); see
   * `parseCinCensusXml`'s option of the name. The issues and the figures are the same.
   */
  readonly keep?: "children" | "measure-rows";
  /** Called as each file is read. */
  readonly onProgress?: (progress: {
    readonly done: number;
    readonly total: number;
    readonly file: string;
    /** While a file streams (`readReturnsStream`): its bytes read so far and the records (children) read. */
    readonly bytes?: number;
    readonly records?: number;
  }) => void;
}

/**
 * The largest returns file read whole (100 MiB) until the readers stream: a larger file is refused with a
 * message, never read into memory.
 * @example
 * RETURNS_MAX_BYTES //=> 104857600
 */
export const RETURNS_MAX_BYTES = 100 * 1024 * 1024;

/** One collection year of parsed returns, ready for `computeReturnsMeasures`. */
export interface ReturnsYear extends ReturnYear {
  readonly kind: "returns-year";
  /** `2023-24`. */
  readonly label: string;
  /** The LA's DfE code, when a header or an LA column gives it. */
  readonly la: string | null;
  readonly cin?: {
    readonly children: readonly CinChild[];
    readonly header: CinHeader | null;
    readonly issues: readonly Issue[];
    /** With `keep: "measure-rows"`: the children's rows as the measures read them, in place of `children`. */
    readonly measureRows?: CinMeasureRows;
  };
  readonly ssda903?: { readonly tables: Ssda903Tables; readonly issues: readonly Issue[] };
  /** The files read for this year. */
  readonly files: readonly string[];
}

/** How one file was read: what it is, its year and LA, and whether it is used. No child-level data. */
export interface ReturnsFile {
  readonly kind: "returns-file";
  readonly file: string;
  readonly return: ReturnKind;
  /** Start year (`2023` = 2023-24), when known. */
  readonly year: number | null;
  /** Where the year came from. */
  readonly yearFrom: "name" | "content" | "header" | "option" | null;
  readonly la: string | null;
  readonly used: boolean;
  /** Why a file is not used, in words. */
  readonly note?: string;
}

/** What {@link readReturns} read. */
export interface ReadReturnsResult {
  /** The years read, oldest first. */
  readonly years: readonly ReturnsYear[];
  readonly files: readonly ReturnsFile[];
  /** The one LA of the returns (from `options.la`, a header or an LA column), when known. */
  readonly la: string | null;
  /** Every issue: errors and warnings, each with file, row and column where the format has them. */
  readonly issues: readonly Issue[];
  /** The issues after which no figure can be trusted (the CLI exits 3 on any). */
  readonly blocking: readonly Issue[];
}

/** SSDA903 columns the measures read: a table without one cannot be computed from. */
const NEEDED_COLUMNS = new Set([
  "CHILD",
  "DECOM",
  "RNE",
  "LS",
  "PLACE",
  "DEC",
  "REC",
  "DOB",
  "MIS_START",
  "MIS_END",
]);

/** Codes after which a year cannot be computed from: unreadable, unsafe, unrecognised or ambiguous input. */
const BLOCKING_CODES = new Set([
  "returns-unreadable",
  "returns-too-large",
  "returns-unrecognised",
  "returns-spreadsheet",
  "returns-cin-flat-csv",
  "returns-no-year",
  "returns-year-mismatch",
  "returns-several-las",
  "returns-other-la",
  "returns-two-returns",
  "returns-missing-table",
  "cin-unexpected-root",
  "cin-header-year-range",
  "cin-header-collection",
  "cin-date-format",
  "ssda903-csv-malformed",
  "ssda903-empty-file",
  "ssda903-unknown-table",
  "ssda903-duplicate-table",
  "ssda903-date-format",
  "ssda903-missing-column",
  "unterminated-quote",
]);

/**
 * True when an issue stops the computation: a file that cannot be read or placed in a year and LA, broken or
 * unsafe XML, a second return of one year, or a column the measures read that is missing. Record-level errors
 * (a bad date on one line) are not blocking: the measures leave that record out with its reason.
 * @example
 * isBlockingIssue({ code: "returns-several-las", severity: "error", message: "" }) //=> true
 * isBlockingIssue({ code: "ssda903-invalid-date", severity: "error", message: "" }) //=> false
 */
export function isBlockingIssue(issue: Issue): boolean {
  if (issue.severity === "warning") return false;
  if (issue.code.startsWith("xml-")) return true;
  if (issue.code === "ssda903-missing-column") return NEEDED_COLUMNS.has(String(issue.column));
  if (issue.code === "cin-missing-element") return issue.path?.length === 2;
  return BLOCKING_CODES.has(issue.code);
}

/** Appends without spreading into a call (a list of 120,000 issues would overflow the stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

interface CinPart {
  readonly file: string;
  /** The other tables of a census given as flat CSV tables. */
  readonly others?: readonly string[];
  readonly kind?: "cin-census" | "cin-flat-csv";
  readonly children: readonly CinChild[];
  readonly measureRows?: CinMeasureRows;
  readonly header: CinHeader | null;
  readonly issues: readonly Issue[];
  readonly hint: YearHint | null;
}

interface SsdaPart {
  readonly file: string;
  /** The file (or a stacked file's part) as the SSDA903 reader read it. */
  readonly read: Ssda903FileRead;
  /** LA as an LA column gives it (code when it names a known LA). */
  readonly la: string | null;
  readonly hint: YearHint | null;
  /** Files that belong together before their year is known: same folder and name year, or same stacked group. */
  readonly set: string;
  readonly stacked: boolean;
}

const where = (file: string) => ({ file, row: 1, column: 1 }) as const;

/**
 * Reads a council's returns, as they lie on disk or as dropped in a page, into parsed years: decodes each file
 * (one decoder for every reader), recognises it by content (CIN census XML; SSDA903 tables as CSV or XML; Annex
 * A workbooks; CIN census flat CSV tables and the workforce census XML, which are named but not read), gives it a
 * collection year and an LA, and groups the files by year.
 *
 * Years: a CIN census's header `Year` (2024 = 2023-24). An SSDA903 file's year comes from its name or folder
 * when it has one (`2023-24/`, `2023_24/`, a `2019-` file prefix = the start year, as kpikit writes them; a lone
 * `2024` is 2023-24 or 2024-25 as its episodes say), else from its episodes (the year of the latest start or end);
 * a name and content that disagree are an error, never a guess. Stacked files with `LA` and `YEAR` columns are
 * split by them. `options.year` only places files that give no year at all.
 *
 * LAs: from the CIN header's LEA and LA columns. A code not in the bundled list is read with a warning. Files of
 * two LAs, or two returns of one year, are an error unless `options.la` picks one; stacked files are filtered to
 * it. Never throws; every issue carries file, row and column, and no message quotes a value from the files.
 * @param files Names (as the user sees them: paths within a folder) and bytes.
 * @example
 * const cin = (year: number) => `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year>
 *   <ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
 *   <Children/></Message>`;
 * const r = readReturns([{ name: "a.xml", bytes: cin(2023) }, { name: "b.xml", bytes: cin(2024) }]);
 * r.years.map((y) => [y.label, y.la, y.files]) //=> [["2022-23", "865", ["a.xml"]], ["2023-24", "865", ["b.xml"]]]
 * readReturns([{ name: "notes.txt", bytes: "hello" }]).blocking[0]?.code //=> "returns-unrecognised"
 */
export function readReturns(
  files: readonly ReturnsInput[],
  options: ReadReturnsOptions = {},
): ReadReturnsResult {
  const issues: Issue[] = [];
  const summaries = new Map<string, ReturnsFile>();
  const cinParts: CinPart[] = [];
  const ssdaParts: SsdaPart[] = [];
  const flatCin: { name: string; text: string }[] = [];
  const annexParts: { file: string; read: AnnexAWorkbook; hint: YearHint | null }[] = [];
  const maxBytes = options.maxBytes ?? RETURNS_MAX_BYTES;
  const ssdaOptions = { dfeChecks: options.dfeChecks === true };
  const unknownLas = new Set<string>();
  /** LAs of returns left out because options.la names another. */
  const otherLas = new Set<string>();
  const summary = (file: string, kind: ReturnKind, extra: Partial<ReturnsFile> = {}): void => {
    summaries.set(file, {
      kind: "returns-file",
      return: kind,
      year: null,
      yearFrom: null,
      la: null,
      used: false,
      ...extra,
      file,
    });
  };
  const refuse = (file: string, kind: ReturnKind, code: string, message: string, warning = false): void => {
    issues.push({ code, severity: warning ? "warning" : "error", ...where(file), message });
    summary(file, kind, { note: message });
  };

  /** A census read (streamed or whole), with its issues. */
  const addCensus = (file: string, cin: CinCensusResult): void => {
    cinParts.push({
      file,
      children: cin.children,
      ...(cin.measureRows ? { measureRows: cin.measureRows } : {}),
      header: cin.header,
      issues: cin.issues,
      hint: yearHintOf(file),
    });
    append(issues, cin.issues);
  };

  files.forEach((f, index) => {
    if (f.streamed === undefined) options.onProgress?.({ done: index, total: files.length, file: f.name });
    if (f.streamed?.kind === "refused") {
      refuse(f.name, "unknown", f.streamed.code, f.streamed.message);
      return;
    }
    if (f.streamed?.kind === "cin-census") {
      const cin = f.streamed.census;
      append(issues, f.streamed.textIssues);
      addCensus(f.name, cin);
      return;
    }
    if (f.streamed?.kind === "ssda903") {
      append(issues, f.streamed.textIssues);
      const hint = yearHintOf(f.name);
      ssdaParts.push({
        file: f.name,
        read: f.streamed.read,
        la: null,
        hint,
        set: setOf(f.name, hint),
        stacked: false,
      });
      return;
    }
    const size = f.size ?? (typeof f.bytes === "string" ? f.bytes.length : f.bytes.length);
    if (size > maxBytes) {
      refuse(
        f.name,
        "unknown",
        "returns-too-large",
        `${f.name} is ${Math.round(size / 1048576)} MB; kpikit reads returns files of up to ${Math.round(maxBytes / 1048576)} MB whole. Split it by year (or by table) and read the parts.`,
      );
      return;
    }
    if (f.sheets && isAnnexAWorkbook(f.sheets)) {
      const read = readAnnexA(f.sheets, f.name);
      append(issues, read.issues);
      annexParts.push({ file: f.name, read, hint: yearHintOf(f.name) });
      return;
    }
    if (typeof f.bytes !== "string" && isZip(f.bytes)) {
      if (isAnnexA(f.name) && !f.sheets)
        refuse(
          f.name,
          "annex-a",
          "returns-annex-a-not-read",
          `${f.name} looks like an Ofsted Annex A workbook by its name, but its sheets were not given, so its return-interview figure is not computed.`,
          true,
        );
      else
        refuse(
          f.name,
          "spreadsheet",
          "returns-spreadsheet",
          `${f.name} is a spreadsheet; kpikit reads CIN census XML and SSDA903 tables as CSV or XML: save each table as CSV.`,
        );
      return;
    }
    const decoded = decodeText(f.bytes, f.name);
    append(issues, decoded.issues);
    const kind = recogniseText(decoded.text, f.name);
    const hint = yearHintOf(f.name);
    if (kind === "cin-census") {
      const cin = parseCinCensusXml(decoded.text, {
        file: f.name,
        dfeChecks: options.dfeChecks === true,
        ...(options.keep ? { keep: options.keep } : {}),
      });
      addCensus(f.name, cin);
      return;
    }
    if (kind === "ssda903") {
      const stacked = isStackedText(decoded.text) ? splitStacked(decoded.text, laCodeOf) : null;
      if (stacked) {
        for (const p of stacked) {
          const la = p.la;
          // Another LA's rows of a stacked file are left out before anything is checked.
          if (options.la !== undefined && la !== null && la !== options.la) {
            otherLas.add(la);
            continue;
          }
          if (la !== null && !/^\d{3}$/.test(la) && !unknownLas.has(la)) {
            unknownLas.add(la);
            issues.push({
              code: "returns-unknown-la",
              severity: "warning",
              ...where(f.name),
              message: `${f.name}: the LA column names an LA that is not in kpikit's list; its rows are read as that LA.`,
            });
          }
          const yearHint = p.year === null ? hint : yearHintOfText(p.year, "its YEAR column");
          ssdaParts.push({
            file: f.name,
            read: readSsda903File(f.name, p.text, ssdaOptions),
            la,
            hint: yearHint,
            set: `stacked\u0000${la ?? ""}\u0000${p.year ?? folderOf(f.name)}`,
            stacked: true,
          });
        }
      } else {
        const read = readSsda903File(f.name, decoded.text, ssdaOptions);
        ssdaParts.push({ file: f.name, read, la: null, hint, set: setOf(f.name, hint), stacked: false });
      }
      return;
    }
    if (kind === "workforce-census")
      refuse(
        f.name,
        kind,
        "returns-workforce-census",
        `${f.name} is the children's social work workforce census; kpikit computes nothing from it (the workforce measures come from DfE's published tables), so it is not used.`,
        true,
      );
    else if (kind === "cin-flat-csv") flatCin.push({ name: f.name, text: decoded.text });
    else
      refuse(
        f.name,
        kind,
        "returns-unrecognised",
        `${f.name} is neither a CIN census (XML) nor an SSDA903 table (CSV or XML): its first line matches no 903 table's columns.`,
      );
  });
  options.onProgress?.({ done: files.length, total: files.length, file: "" });

  // --- CIN census as flat CSV tables: the tables of one folder are one census, read as the XML is.
  const flatByFolder = new Map<string, { name: string; text: string }[]>();
  for (const f of flatCin) {
    const list = flatByFolder.get(folderOf(f.name)) ?? [];
    list.push(f);
    flatByFolder.set(folderOf(f.name), list);
  }
  for (const group of flatByFolder.values()) {
    const firstLine = (g: { text: string }) =>
      g.text
        .replace(/^\uFEFF/, "")
        .split(/\r\n|\n|\r/, 1)[0]
        ?.split(",") ?? [];
    if (!group.some((g) => flatModuleOf(firstLine(g)) === "header")) {
      const names = group.map((g) => g.name);
      const message = `${names.join(", ")}: CIN census tables without their header table (Collection, Year, ReferenceDate, LEA), so their year and LA are unknown; give the header table with them, or the census XML.`;
      issues.push({ code: "returns-cin-flat-csv", severity: "error", ...where(names[0] ?? ""), message });
      for (const n of names) summary(n, "cin-flat-csv", { note: message });
      continue;
    }
    const cin = parseCinCensusTables(group, { dfeChecks: options.dfeChecks === true });
    append(issues, cin.issues);
    const names = group.map((g) => g.name);
    const headerFile =
      group.find((g) => flatModuleOf(g.text.split(/\r\n|\n|\r/, 1)[0]?.split(",") ?? []) === "header")
        ?.name ??
      names[0] ??
      "";
    cinParts.push({
      file: headerFile,
      children: cin.children,
      header: cin.header,
      issues: cin.issues,
      hint: yearHintOf(headerFile),
      others: names.filter((n) => n !== headerFile),
      kind: "cin-flat-csv",
    });
  }

  // --- CIN census: the header's Year, checked against the name.
  const cinYears: { part: CinPart; year: number; la: string | null }[] = [];
  for (const part of cinParts) {
    const headerYear = part.header?.year ?? null;
    const la = part.header?.la && /^\d{3}$/.test(part.header.la) ? part.header.la : null;
    if (options.la !== undefined && la !== null && la !== options.la) {
      otherLas.add(la);
      summary(part.file, part.kind ?? "cin-census", {
        year: headerYear === null ? null : headerYear - 1,
        yearFrom: "header",
        la,
        note: `another LA (${la}); --la is ${options.la}`,
      });
      continue;
    }
    let year: number | null = headerYear === null ? null : headerYear - 1;
    let yearFrom: ReturnsFile["yearFrom"] = "header";
    if (year !== null && part.hint?.kind === "bare" && !hintAllows(part.hint, year)) {
      // A lone year in a census's name is often the schema's or the submission's: the header decides.
      issues.push({
        code: "returns-year-name",
        severity: "warning",
        file: part.file,
        row: part.header?.line ?? 1,
        column: 1,
        message: `${part.file}: ${part.hint.from} says ${part.hint.value}, but its header <Year> is ${headerYear}; read as the census of ${yearLabel(year)}, as its header says.`,
      });
    } else if (year !== null && part.hint && !hintAllows(part.hint, year)) {
      issues.push({
        code: "returns-year-mismatch",
        severity: "error",
        file: part.file,
        row: part.header?.line ?? 1,
        column: 1,
        message: `${part.file}: ${part.hint.from} says ${hintText(part.hint)}, but its header <Year> is ${headerYear} (the census of ${yearLabel(year)}); rename the file or check the header.`,
      });
      summary(part.file, part.kind ?? "cin-census", {
        year,
        yearFrom,
        la,
        note: "the year in its name and its header disagree",
      });
      continue;
    }
    if (year === null && part.hint?.kind === "exact") {
      year = part.hint.startYear;
      yearFrom = "name";
    } else if (year === null && options.year !== undefined) {
      year = options.year;
      yearFrom = "option";
    }
    if (year === null) {
      const anyChild = part.children.length > 0 || (part.measureRows?.cinChildren.length ?? 0) > 0;
      if (part.header !== null || anyChild || !part.issues.some(isBlockingIssue))
        issues.push({
          code: "returns-no-year",
          severity: "error",
          file: part.file,
          row: part.header?.line ?? 1,
          column: 1,
          message: `${part.file}: the CIN census header gives no usable <Year>, and neither does its name; give the year (e.g. --year 2023/24) or name the file for its year (2023-24).`,
        });
      summary(part.file, part.kind ?? "cin-census", { la, note: "its year is unknown" });
      continue;
    }
    summary(part.file, part.kind ?? "cin-census", { year, yearFrom, la });
    cinYears.push({ part, year, la });
  }

  // --- SSDA903: parts grouped into sets, each set read together; its year from its name and its episodes.
  const sets = new Map<string, SsdaPart[]>();
  for (const p of ssdaParts) {
    const list = sets.get(p.set) ?? [];
    list.push(p);
    sets.set(p.set, list);
  }
  interface ReadSet {
    readonly parts: readonly SsdaPart[];
    readonly year: number;
    readonly yearFrom: NonNullable<ReturnsFile["yearFrom"]>;
    readonly la: string | null;
    tables: Ssda903Tables;
    issues: readonly Issue[];
  }
  const readSets: ReadSet[] = [];
  for (const parts of sets.values()) {
    const read = readParts(parts);
    const content = contentYear(read.tables);
    const hint = parts.find((p) => p.hint !== null)?.hint ?? null;
    const la = parts[0]?.la ?? null;
    const names = [...new Set(parts.map((p) => p.file))];
    const fail = (code: string, message: string): void => {
      append(issues, read.issues);
      issues.push({ code, severity: "error", ...where(names[0] as string), message });
      for (const n of names) summary(n, "ssda903", { la, note: message });
    };
    let year: number | null = null;
    let yearFrom: ReadSet["yearFrom"] = "content";
    if (hint?.kind === "exact") {
      if (content !== null && content > hint.startYear) {
        fail(
          "returns-year-mismatch",
          `${names.join(", ")}: ${hint.from} says ${yearLabel(hint.startYear)}, but the episodes run into ${yearLabel(content)}; check which year these files are for.`,
        );
        continue;
      }
      if (content !== null && content < hint.startYear)
        issues.push({
          code: "returns-year-early-content",
          severity: "warning",
          ...where(names[0] as string),
          message: `${names.join(", ")}: ${hint.from} says ${yearLabel(hint.startYear)}, but no episode starts or ends after ${yearLabel(content)}; read as ${yearLabel(hint.startYear)}.`,
        });
      year = hint.startYear;
      yearFrom = "name";
    } else if (hint?.kind === "bare") {
      const candidates = [hint.value - 1, hint.value];
      if (content !== null && candidates.includes(content)) year = content;
      else if (content !== null) {
        fail(
          "returns-year-mismatch",
          `${names.join(", ")}: ${hint.from} says ${hint.value}, but the episodes are of ${yearLabel(content)}; check which year these files are for.`,
        );
        continue;
      } else if (options.year !== undefined && candidates.includes(options.year)) {
        year = options.year;
        yearFrom = "option";
      } else {
        fail(
          "returns-no-year",
          `${names.join(", ")}: ${hint.from} says ${hint.value}, which could be ${yearLabel(hint.value - 1)} or ${yearLabel(hint.value)}, and no episode dates tell which; name the folder for its year (e.g. ${yearLabel(hint.value - 1)}) or give --year.`,
        );
        continue;
      }
    } else if (content !== null) year = content;
    else if (options.year !== undefined) {
      year = options.year;
      yearFrom = "option";
    } else {
      fail(
        "returns-no-year",
        `${names.join(", ")}: cannot tell which year ${names.length === 1 ? "this SSDA903 file is" : "these SSDA903 files are"} for (no year in the name or folder, no episode dates); put ${names.length === 1 ? "it" : "them"} in a folder named for the year (e.g. 2023-24) or give --year.`,
      );
      continue;
    }
    readSets.push({ parts, year, yearFrom, la, tables: read.tables, issues: read.issues });
  }

  // --- LAs: one LA, or the one options.la names.
  const laOf = (la: string | null) => la;
  const las = new Map<string, string[]>();
  const noteLa = (la: string | null, file: string) => {
    if (la === null) return;
    const list = las.get(la) ?? [];
    if (!list.includes(file)) list.push(file);
    las.set(la, list);
  };
  for (const c of cinYears) noteLa(laOf(c.la), c.part.file);
  for (const s of readSets) for (const p of s.parts) noteLa(s.la, p.file);
  let la: string | null = options.la ?? null;
  if (options.la === undefined && las.size > 1) {
    issues.push({
      code: "returns-several-las",
      severity: "error",
      ...where([...las.values()][0]?.[0] ?? ""),
      message: `The files are of ${las.size} LAs (${[...las].map(([code, fs]) => `${code} in ${fs.slice(0, 3).join(", ")}${fs.length > 3 ? ` and ${fs.length - 3} more` : ""}`).join("; ")}); give --la to choose one.`,
    });
  } else if (options.la === undefined && las.size === 1) la = [...las.keys()][0] ?? null;
  if (options.la !== undefined && !las.has(options.la) && las.size + otherLas.size > 0) {
    issues.push({
      code: "returns-other-la",
      severity: "error",
      ...where(files[0]?.name ?? ""),
      message: `No returns of LA ${options.la} among the files: they are of ${[...new Set([...las.keys(), ...otherLas])].sort().join(", ")}.`,
    });
  }
  const keep = (partLa: string | null) =>
    options.la === undefined || partLa === null || partLa === options.la;

  // --- Years: CIN and 903 of one LA and year together; two returns of one year are an error.
  const byYear = new Map<number, { cin: CinPart[]; sets: ReadSet[]; annex: typeof annexParts }>();
  const slot = (year: number) => {
    const s = byYear.get(year) ?? { cin: [], sets: [], annex: [] };
    byYear.set(year, s);
    return s;
  };
  for (const c of cinYears) {
    if (!keep(c.la)) {
      summary(c.part.file, c.part.kind ?? "cin-census", {
        year: c.year,
        yearFrom: "header",
        la: c.la,
        note: `another LA (${c.la}); --la is ${options.la}`,
      });
      continue;
    }
    slot(c.year).cin.push(c.part);
  }
  for (const s of readSets) {
    if (!keep(s.la)) {
      for (const p of s.parts)
        summary(p.file, "ssda903", {
          year: s.year,
          yearFrom: s.yearFrom,
          la: s.la,
          note: `another LA (${s.la}); --la is ${options.la}`,
        });
      continue;
    }
    slot(s.year).sets.push(s);
  }
  placeAnnexA(annexParts, options, issues, (file, extra) => summary(file, "annex-a", extra), slot);
  const years: ReturnsYear[] = [];
  for (const [year, { cin, sets: yearSets, annex }] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const cinLas = cin.map((c) => c.header?.la ?? "");
    if (cin.length > 1 && new Set(cinLas).size < cinLas.length)
      issues.push({
        code: "returns-two-returns",
        severity: "error",
        ...where(cin[1]?.file ?? ""),
        message: `Two CIN censuses for ${yearLabel(year)}${la ? ` of LA ${la}` : ""} (${cin.map((c) => c.file).join(", ")}); give one per year.`,
      });
    let ssda: { tables: Ssda903Tables; issues: readonly Issue[] } | undefined;
    if (yearSets.length === 1) ssda = yearSets[0];
    else if (yearSets.length > 1) {
      // Sets that met only by their year (a header in one folder, episodes in another): read them together,
      // so that a second table of one kind is reported and the cross-table checks run.
      ssda = readParts(yearSets.flatMap((s) => s.parts));
    }
    if (ssda) {
      append(issues, ssda.issues);
      checkCodeYears(ssda.tables, year, issues);
    }
    const setFiles = yearSets.flatMap((s) => s.parts.map((p) => p.file));
    if (ssda && (ssda.tables.episodes === undefined || ssda.tables.header === undefined)) {
      const missing = (["episodes", "header"] as const).filter((t) => ssda?.tables[t] === undefined);
      issues.push({
        code: "returns-missing-table",
        severity: "error",
        ...where(setFiles[0] ?? ""),
        message: `No SSDA903 ${missing.join(" or ")} table for ${yearLabel(year)} among ${[...new Set(setFiles)].join(", ")}; the measures need the episodes and header tables of every year given.`,
      });
    }
    for (const s of yearSets)
      for (const p of s.parts)
        summary(p.file, "ssda903", { year, yearFrom: s.yearFrom, la: s.la ?? la, used: true });
    const first = cin[0];
    if (first) {
      summary(first.file, first.kind ?? "cin-census", { ...summaries.get(first.file), used: true });
      for (const other of first.others ?? [])
        summary(other, "cin-flat-csv", { ...summaries.get(first.file), return: "cin-flat-csv", used: true });
    }
    // Two Annex A workbooks of one year: the one drawn up last is read (a warning names both).
    const annexA = [...annex]
      .sort((a, b) => (a.read.latestDate ?? "").localeCompare(b.read.latestDate ?? ""))
      .pop();
    if (annex.length > 1)
      issues.push({
        code: "returns-two-annex-a",
        severity: "warning",
        ...where(annexA?.file ?? ""),
        message: `Two Annex A workbooks for ${yearLabel(year)} (${annex.map((a) => a.file).join(", ")}); ${annexA?.file} is read, its lists being the latest.`,
      });
    for (const a of annex)
      summary(a.file, "annex-a", { ...summaries.get(a.file), used: a === annexA && a.read.annexA !== null });
    const yearFiles = [
      ...new Set([
        ...cin.flatMap((c) => [c.file, ...(c.others ?? [])]),
        ...setFiles,
        ...(annexA ? [annexA.file] : []),
      ]),
    ];
    years.push({
      kind: "returns-year",
      year,
      label: yearLabel(year),
      la:
        (first?.header?.la && /^\d{3}$/.test(first.header.la) ? first.header.la : null) ??
        yearSets[0]?.la ??
        la,
      ...(first
        ? {
            cin: {
              children: first.children,
              header: first.header,
              issues: first.issues,
              ...(first.measureRows ? { measureRows: first.measureRows } : {}),
            },
          }
        : {}),
      ...(ssda ? { ssda903: ssda } : {}),
      ...(annexA?.read.annexA ? { annexA: annexA.read.annexA } : {}),
      files: yearFiles,
    });
  }
  const fileList = files.map((f) => summaries.get(f.name)).filter((s): s is ReturnsFile => s !== undefined);
  const unique = [...new Map(fileList.map((f) => [f.file, f])).values()];
  const gathered = withDfeRules(markNeeded(issues), tableOfFile(readSets.map((s) => s.tables)));
  return { years, files: unique, la, issues: gathered, blocking: gathered.filter(isBlockingIssue) };
}

/** The SSDA903 table each file holds; a file of several (the 903 XML) has none of its own. */
function tableOfFile(sets: readonly Ssda903Tables[]): (file: string) => string | undefined {
  const tables = new Map<string, Set<string>>();
  for (const set of sets)
    for (const table of Object.values(set)) {
      if (!table) continue;
      const names = tables.get(table.file) ?? new Set<string>();
      names.add(table.name);
      tables.set(table.file, names);
    }
  return (file) => {
    const names = tables.get(file);
    return names?.size === 1 ? [...names][0] : undefined;
  };
}

/**
 * An Annex A workbook's year: its name's when exact (`Annex_A_2023-24.xlsx`), else the collection year of the
 * lists' latest date (the day they were drawn up), else `options.year`; none of these is a warning and the
 * workbook is not used. It gives no LA (Annex A has no LA field).
 */
function placeAnnexA(
  parts: readonly { file: string; read: AnnexAWorkbook; hint: YearHint | null }[],
  options: ReadReturnsOptions,
  issues: Issue[],
  summarise: (file: string, extra: Partial<ReturnsFile>) => void,
  slot: (year: number) => { annex: { file: string; read: AnnexAWorkbook; hint: YearHint | null }[] },
): void {
  for (const p of parts) {
    const latest = p.read.latestDate;
    const content = latest === null ? null : financialYearOf(latest).startYear;
    const named = p.hint?.kind === "exact" ? p.hint.startYear : null;
    const year = named ?? content ?? options.year ?? null;
    const yearFrom = named !== null ? "name" : content !== null ? "content" : year !== null ? "option" : null;
    if (named !== null && content !== null && content !== named)
      issues.push({
        code: "returns-annex-a-year",
        severity: "warning",
        ...where(p.file),
        message: `${p.file}: ${p.hint?.from} says ${yearLabel(named)}, but its lists run to ${yearLabel(content)}; read as ${yearLabel(named)}, as its name says.`,
      });
    if (year === null) {
      const message = `${p.file} is an Annex A workbook with no date in its lists and no year in its name; give --year to place it.`;
      issues.push({ code: "returns-annex-a-no-year", severity: "warning", ...where(p.file), message });
      summarise(p.file, { note: message });
      continue;
    }
    summarise(p.file, { year, yearFrom });
    slot(year).annex.push(p);
  }
}

/**
 * Codes checked against the collection year's own list (the readers accept any year's): a code dropped before
 * the year, or introduced after it, is an error naming the year and listing that year's codes.
 */
function checkCodeYears(tables: Ssda903Tables, year: number, issues: Issue[]): void {
  for (const [name, columns] of Object.entries(SSDA903_CODE_YEARS)) {
    const table = tables[name as keyof Ssda903Tables];
    if (!table) continue;
    for (const column of Object.keys(columns)) {
      const allowed = codesForYear(name, column, year);
      if (!allowed) continue;
      for (const row of table.rows) {
        const value = row.values[column];
        if (value && !allowed.includes(value))
          issues.push({
            code: "ssda903-code-year",
            severity: "error",
            file: table.file,
            row: row.line,
            column,
            message: `${column} on line ${row.line} of ${table.file} is a code of another year's SSDA903, not of the ${yearLabel(year)} return (${codeList(allowed)}).`,
          });
      }
    }
  }
}

/** A missing column the measures read is an error whatever the table reader called it. */
function markNeeded(issues: readonly Issue[]): Issue[] {
  return issues.map((i) =>
    i.code === "ssda903-missing-column" && NEEDED_COLUMNS.has(String(i.column)) && i.severity === "warning"
      ? { ...i, severity: "error", message: `${i.message} The measures read it.` }
      : i,
  );
}

/**
 * A set's parts, each read by the SSDA903 reader, put together (a second table of one kind, the cross-table
 * checks); LA and YEAR columns of stacked files are not reported as extra.
 */
function readParts(parts: readonly SsdaPart[]): { tables: Ssda903Tables; issues: readonly Issue[] } {
  // One part per file name, the last given in the place of the first (as a set's files are keyed by name).
  const byFile = new Map<string, Ssda903FileRead>();
  const stacked = new Set<string>();
  for (const p of parts) {
    byFile.set(p.file, p.read);
    if (p.stacked) stacked.add(p.file);
  }
  const read = combineSsda903([...byFile.values()]);
  const issues = read.issues.filter(
    (i) =>
      !(
        i.code === "ssda903-extra-column" &&
        i.file !== undefined &&
        stacked.has(i.file) &&
        stackingColumns([String(i.column)]).length > 0
      ),
  );
  return { tables: read.tables, issues };
}

/**
 * The start year of the latest episode start: the year a 903 return is for (an episode cannot start after the
 * year's end; an end date a day after it is a record's error, not another year). Without starts, the latest end.
 */
function contentYear(tables: Ssda903Tables): number | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const row of tables.episodes?.rows ?? []) {
    const s = row.values.DECOM;
    const e = row.values.DEC;
    if (s && (start === null || s > start)) start = s;
    if (e && (end === null || e > end)) end = e;
  }
  const latest = start ?? end;
  return latest === null ? null : financialYearOf(latest).startYear;
}

function hintAllows(hint: YearHint, startYear: number): boolean {
  return hint.kind === "exact"
    ? hint.startYear === startYear
    : hint.value === startYear || hint.value - 1 === startYear;
}

function hintText(hint: YearHint): string {
  return hint.kind === "exact" ? yearLabel(hint.startYear) : String(hint.value);
}

/** True when a 903 file's text is a stacked file: CSV whose first line has LA and YEAR columns (split by them). */
export function isStackedText(text: string): boolean {
  if (/^\s*</.test(text)) return false;
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  return stackingColumns(firstLine.split(/[,;\t]/)).length > 0;
}

/** The set a 903 file (not stacked) belongs to before its year is known: its name's year and its folder. */
function setOf(name: string, hint: YearHint | null): string {
  return hint
    ? `${hint.kind}:${hint.kind === "exact" ? hint.startYear : hint.value}\u0000${folderOf(name)}`
    : `folder\u0000${folderOf(name)}`;
}

/** An LA column's value as a DfE code: a 3-digit code as is, a name when it names one LA; else as written. */
function laCodeOf(value: string): string {
  if (/^\d{3}$/.test(value)) return value;
  const match = findArea(value, { kinds: ["la"] });
  return match.ok ? match.area.code : value;
}
