import type { Issue } from "@kpikit/core";
import { getArea } from "../reference/areas.js";
import { CIN_CODES } from "./cin-codes.js";
import type {
  CinAssessment,
  CinChild,
  CinDetails,
  CinHeader,
  CinPlanDates,
  CinProtectionPlan,
  CinSection47,
} from "./cin-types.js";
import { readIsoDate } from "./dates.js";
import { readXml, type XmlElement } from "./xml-reader.js";

/** Options for {@link parseCinCensusXml}. */
export interface ParseCinCensusOptions {
  /** File name put on every issue. */
  readonly file?: string;
}

/** What {@link parseCinCensusXml} read: the children (child-level, keep in memory only), the header and issues. */
export interface CinCensusResult {
  readonly children: readonly CinChild[];
  readonly header: CinHeader | null;
  readonly issues: readonly Issue[];
}

type Kind = "date" | "bool" | "int" | "text" | "upn" | readonly string[];
interface Field {
  readonly kind: Kind;
  readonly required?: boolean;
  /** Child-level identifier or quasi-identifier: its value is never quoted in a message. */
  readonly identifier?: boolean;
}
type Path = readonly (string | number)[];

const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/** Reads one block's direct children, reporting unknown, repeated, missing and invalid elements. */
class Reader {
  readonly issues: Issue[] = [];
  constructor(private readonly file: string | undefined) {}

  report(
    el: { line: number; column: number },
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
      ...(this.file === undefined ? {} : { file: this.file }),
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
          `<${child.name}> is not a CIN census element expected in <${el.name}> (${where}); it is ignored.`,
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

  value(el: XmlElement, path: Path, where: string, spec: Field, raw: string): unknown {
    const shown = spec.identifier ? "" : ` ('${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}')`;
    const bad = (code: string, what: string): null => {
      this.report(el, path, code, "error", `<${el.name}> of ${where}${shown} is not ${what}.`);
      return null;
    };
    const kind = spec.kind;
    if (kind === "date")
      return readIsoDate(raw) ?? bad("cin-invalid-date", "a valid date in the form YYYY-MM-DD");
    if (kind === "bool") {
      const v = raw.toLowerCase();
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      return bad("cin-invalid-boolean", "true/false or 1/0");
    }
    if (kind === "int")
      return /^\d{1,6}$/.test(raw) ? Number(raw) : bad("cin-invalid-number", "a whole number");
    if (kind === "upn")
      return UPN.test(raw)
        ? raw
        : bad("cin-invalid-upn", "a UPN (a letter, 11 digits, then a digit or letter)");
    if (kind === "text") return raw;
    return kind.includes(raw) ? raw : bad("cin-invalid-code", `one of the codes the CIN census allows`);
  }
}

const d = (required = false): Field => ({ kind: "date", required });

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
  const r = new Reader(file);
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
  if (root.name !== "Message") {
    r.report(
      root,
      [root.name],
      "cin-unexpected-root",
      "error",
      `The root element is <${root.name}>; a CIN census file has <Message>.`,
    );
    return { children: [], header: null, issues: r.issues };
  }
  let header: CinHeader | null = null;
  let childrenEl: XmlElement | null = null;
  for (const el of root.children) {
    if (el.name === "Header" && !header) header = readHeader(r, el);
    else if (el.name === "Children" && !childrenEl) childrenEl = el;
    else
      r.report(
        el,
        ["Message", el.name],
        el.name === "Header" || el.name === "Children" ? "cin-repeated-element" : "cin-unknown-element",
        "warning",
        `<${el.name}> in <Message> is not expected here and is ignored.`,
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
        `<${el.name}> in <Children> is not a <Child> and is ignored.`,
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

function readHeader(r: Reader, el: XmlElement): CinHeader {
  const path = ["Message", "Header"];
  const top = r.block(el, path, "the header", {}, ["CollectionDetails", "Source"]);
  const cdEl = top.nested.get("CollectionDetails")?.[0];
  const srcEl = top.nested.get("Source")?.[0];
  const cd = cdEl
    ? r.block(cdEl, [...path, "CollectionDetails"], "the header", {
        Collection: { kind: "text" },
        Year: { kind: "text" },
        ReferenceDate: d(),
      }).values
    : {};
  const src = srcEl
    ? r.block(srcEl, [...path, "Source"], "the header", {
        SourceLevel: { kind: "text" },
        LEA: { kind: "text", required: true },
        SoftwareCode: { kind: "text" },
        Release: { kind: "text" },
        SerialNo: { kind: "text" },
        DateTime: { kind: "text" },
      }).values
    : {};
  const s = (v: unknown): string | null => (typeof v === "string" ? v : null);
  const collection = s(cd.Collection);
  const yearText = s(cd.Year);
  const referenceDate = s(cd.ReferenceDate);
  const la = s(src.LEA);
  const at = (name: string, parent: XmlElement | undefined) =>
    parent?.children.find((c) => c.name === name) ?? parent ?? el;
  if (!cdEl)
    r.report(
      el,
      [...path, "CollectionDetails"],
      "cin-header-missing",
      "warning",
      "The header has no <CollectionDetails>: the census year cannot be checked.",
    );
  if (!srcEl)
    r.report(
      el,
      [...path, "Source"],
      "cin-header-missing",
      "warning",
      "The header has no <Source>: the LA cannot be checked.",
    );
  if (collection !== null && collection !== "CIN") {
    r.report(
      at("Collection", cdEl),
      [...path, "CollectionDetails", "Collection"],
      "cin-header-collection",
      "error",
      `<Collection> is '${collection.slice(0, 20)}'; a CIN census file says CIN.`,
    );
  }
  let year: number | null = null;
  if (yearText !== null) {
    if (/^\d{4}$/.test(yearText)) year = Number(yearText);
    else
      r.report(
        at("Year", cdEl),
        [...path, "CollectionDetails", "Year"],
        "cin-header-year",
        "error",
        `<Year> is '${yearText.slice(0, 20)}', not a four-digit year.`,
      );
  }
  if (referenceDate !== null) {
    const refPath = [...path, "CollectionDetails", "ReferenceDate"];
    if (referenceDate.slice(5) !== "03-31") {
      r.report(
        at("ReferenceDate", cdEl),
        refPath,
        "cin-header-reference-date",
        "error",
        `<ReferenceDate> is ${referenceDate}; the CIN census reference date is 31 March.`,
      );
    } else if (year !== null && Number(referenceDate.slice(0, 4)) !== year) {
      r.report(
        at("ReferenceDate", cdEl),
        refPath,
        "cin-header-year-mismatch",
        "warning",
        `<ReferenceDate> ${referenceDate} is not 31 March of the census <Year> ${year}.`,
      );
    }
  }
  if (la !== null) {
    const laPath = [...path, "Source", "LEA"];
    if (!/^\d{3}$/.test(la))
      r.report(
        at("LEA", srcEl),
        laPath,
        "cin-header-la",
        "error",
        `<LEA> is '${la.slice(0, 20)}', not a DfE 3-digit LA code.`,
      );
    else if (getArea(la)?.kind !== "la")
      r.report(
        at("LEA", srcEl),
        laPath,
        "cin-header-unknown-la",
        "warning",
        `<LEA> ${la} is not a known DfE LA code.`,
      );
  }
  return {
    collection,
    year,
    referenceDate,
    la,
    sourceLevel: s(src.SourceLevel),
    softwareCode: s(src.SoftwareCode),
    release: s(src.Release),
    serialNo: s(src.SerialNo),
    dateTime: s(src.DateTime),
    line: el.line,
  };
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === "boolean" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

function readChild(r: Reader, el: XmlElement, position: number): CinChild {
  const where = `child ${position} (line ${el.line})`;
  const path: Path = ["Message", "Children", "Child", position];
  const top = r.block(el, path, where, {}, ["ChildIdentifiers", "ChildCharacteristics", "CINdetails"]);
  const only = (name: string): XmlElement | undefined => {
    const list = top.nested.get(name);
    if (!list || list.length === 0) {
      r.report(
        el,
        [...path, name],
        "cin-missing-element",
        "error",
        `<${name}> is required in ${where} but is missing.`,
      );
      return undefined;
    }
    for (const extra of list.slice(1))
      r.report(
        extra,
        [...path, name],
        "cin-repeated-element",
        "warning",
        `<${name}> appears more than once in ${where}; the first is used.`,
      );
    return list[0];
  };
  const idEl = only("ChildIdentifiers");
  const idPath = [...path, "ChildIdentifiers"];
  const ids = idEl
    ? r.block(idEl, idPath, where, {
        LAchildID: { kind: "text", required: true, identifier: true },
        UPN: { kind: "upn", identifier: true },
        FormerUPN: { kind: "upn", identifier: true },
        UPNunknown: { kind: CIN_CODES.upnUnknown },
        PersonBirthDate: { kind: "date", identifier: true },
        ExpectedPersonBirthDate: { kind: "date", identifier: true },
        Sex: { kind: CIN_CODES.sex, identifier: true },
        GenderCurrent: { kind: CIN_CODES.sex, identifier: true },
        PersonDeathDate: { kind: "date", identifier: true },
      }).values
    : {};
  if (
    idEl &&
    ids.Sex == null &&
    ids.GenderCurrent == null &&
    !idEl.children.some((c) => c.name === "Sex" || c.name === "GenderCurrent")
  ) {
    r.report(
      idEl,
      [...idPath, "Sex"],
      "cin-missing-element",
      "error",
      `<Sex> (or <GenderCurrent> before 2025) is required in ${where} but is missing.`,
    );
  }
  const chEl = only("ChildCharacteristics");
  const chPath = [...path, "ChildCharacteristics"];
  const disabilities: string[] = [];
  let ethnicity: string | null = null;
  if (chEl) {
    const ch = r.block(
      chEl,
      chPath,
      where,
      { Ethnicity: { kind: CIN_CODES.ethnicity, required: true, identifier: true } },
      ["Disabilities"],
    );
    ethnicity = str(ch.values.Ethnicity);
    (ch.nested.get("Disabilities") ?? []).forEach((disEl, i) => {
      const disPath = [...chPath, "Disabilities", i + 1];
      list(r, disEl, disPath, where, "Disability", CIN_CODES.disability, disabilities, true);
    });
  }
  const detailEls = top.nested.get("CINdetails") ?? [];
  if (detailEls.length === 0)
    r.report(
      el,
      [...path, "CINdetails"],
      "cin-missing-element",
      "error",
      `<CINdetails> is required in ${where} but is missing.`,
    );
  const details = detailEls.map((detEl, i) =>
    readDetails(r, detEl, [...path, "CINdetails", i + 1], `${where}, referral ${i + 1}`),
  );
  return {
    kind: "cin-child",
    position,
    line: el.line,
    identifiers: {
      laChildId: str(ids.LAchildID),
      upn: str(ids.UPN),
      formerUpn: str(ids.FormerUPN),
      upnUnknown: str(ids.UPNunknown),
      birthDate: str(ids.PersonBirthDate),
      expectedBirthDate: str(ids.ExpectedPersonBirthDate),
      sex: str(ids.Sex) ?? str(ids.GenderCurrent),
      deathDate: str(ids.PersonDeathDate),
    },
    characteristics: { ethnicity, disabilities },
    details,
  };
}

/** Reads a list element such as `<Disabilities><Disability>…` into `out`. */
function list(
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
function order(
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

function readDetails(r: Reader, el: XmlElement, path: Path, where: string): CinDetails {
  const b = r.block(
    el,
    path,
    where,
    {
      CINreferralDate: d(true),
      ReferralSource: { kind: CIN_CODES.referralSource, required: true },
      PrimaryNeedCode: { kind: CIN_CODES.primaryNeed },
      CINclosureDate: d(),
      ReasonForClosure: { kind: CIN_CODES.reasonForClosure },
      DateOfInitialCPC: d(),
      ReferralNFA: { kind: "bool", required: true },
    },
    ["Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "PreProceedingsandFGDM"],
  );
  const v = b.values;
  const referralDate = str(v.CINreferralDate);
  const closureDate = str(v.CINclosureDate);
  order(
    r,
    el,
    [...path, "CINclosureDate"],
    where,
    referralDate,
    closureDate,
    "The CIN closure date is before the referral date",
  );
  if (
    closureDate !== null &&
    v.ReasonForClosure == null &&
    !el.children.some((c) => c.name === "ReasonForClosure")
  ) {
    r.report(
      el,
      [...path, "ReasonForClosure"],
      "cin-missing-element",
      "warning",
      `A closed referral has no <ReasonForClosure> (${where}).`,
    );
  }
  const nested = (name: string) => b.nested.get(name) ?? [];
  const assessments = nested("Assessments").map((aEl, i): CinAssessment => {
    const p = [...path, "Assessments", i + 1];
    const w = `${where}, assessment ${i + 1}`;
    const a = r.block(
      aEl,
      p,
      w,
      {
        AssessmentActualStartDate: d(true),
        AssessmentInternalReviewDate: d(),
        AssessmentAuthorisationDate: d(),
      },
      ["FactorsIdentifiedAtAssessment"],
    );
    const factors: string[] = [];
    (a.nested.get("FactorsIdentifiedAtAssessment") ?? []).forEach((fEl, j) => {
      list(
        r,
        fEl,
        [...p, "FactorsIdentifiedAtAssessment", j + 1],
        w,
        "AssessmentFactors",
        CIN_CODES.assessmentFactors,
        factors,
      );
    });
    const startDate = str(a.values.AssessmentActualStartDate);
    const authorisationDate = str(a.values.AssessmentAuthorisationDate);
    order(
      r,
      aEl,
      [...p, "AssessmentAuthorisationDate"],
      w,
      startDate,
      authorisationDate,
      "The assessment was authorised before it started",
    );
    order(
      r,
      aEl,
      [...p, "AssessmentActualStartDate"],
      w,
      referralDate,
      startDate,
      "The assessment started before the referral",
      "warning",
    );
    return {
      line: aEl.line,
      startDate,
      internalReviewDate: str(a.values.AssessmentInternalReviewDate),
      authorisationDate,
      factors,
    };
  });
  const cinPlanDates = nested("CINPlanDates").map((pEl, i): CinPlanDates => {
    const p = [...path, "CINPlanDates", i + 1];
    const w = `${where}, CIN plan ${i + 1}`;
    const x = r.block(pEl, p, w, { CINPlanStartDate: d(true), CINPlanEndDate: d() }).values;
    order(
      r,
      pEl,
      [...p, "CINPlanEndDate"],
      w,
      str(x.CINPlanStartDate),
      str(x.CINPlanEndDate),
      "The CIN plan ends before it starts",
    );
    return { line: pEl.line, startDate: str(x.CINPlanStartDate), endDate: str(x.CINPlanEndDate) };
  });
  const section47 = nested("Section47").map((sEl, i): CinSection47 => {
    const p = [...path, "Section47", i + 1];
    const w = `${where}, section 47 enquiry ${i + 1}`;
    const x = r.block(sEl, p, w, {
      S47ActualStartDate: d(true),
      InitialCPCtarget: d(),
      DateOfInitialCPC: d(),
      ICPCnotRequired: { kind: "bool", required: true },
    }).values;
    order(
      r,
      sEl,
      [...p, "DateOfInitialCPC"],
      w,
      str(x.S47ActualStartDate),
      str(x.DateOfInitialCPC),
      "The initial child protection conference is before the section 47 enquiry started",
    );
    order(
      r,
      sEl,
      [...p, "S47ActualStartDate"],
      w,
      referralDate,
      str(x.S47ActualStartDate),
      "The section 47 enquiry started before the referral",
      "warning",
    );
    return {
      line: sEl.line,
      startDate: str(x.S47ActualStartDate),
      initialCpcTarget: str(x.InitialCPCtarget),
      dateOfInitialCpc: str(x.DateOfInitialCPC),
      icpcNotRequired: bool(x.ICPCnotRequired),
    };
  });
  const protectionPlans = nested("ChildProtectionPlans").map((cEl, i): CinProtectionPlan => {
    const p = [...path, "ChildProtectionPlans", i + 1];
    const w = `${where}, child protection plan ${i + 1}`;
    const x = r.block(
      cEl,
      p,
      w,
      {
        CPPstartDate: d(true),
        CPPendDate: d(),
        InitialCategoryOfAbuse: { kind: CIN_CODES.categoryOfAbuse, required: true },
        LatestCategoryOfAbuse: { kind: CIN_CODES.categoryOfAbuse, required: true },
        NumberOfPreviousCPP: { kind: "int", required: true },
      },
      ["Reviews"],
    );
    const reviewDates: string[] = [];
    (x.nested.get("Reviews") ?? []).forEach((rEl, j) => {
      const rp = [...p, "Reviews", j + 1];
      const rb = r.block(rEl, rp, w, {}, ["CPPreviewDate"]);
      for (const dEl of rb.nested.get("CPPreviewDate") ?? []) {
        const raw = dEl.text.trim();
        const value = raw === "" ? null : r.value(dEl, [...rp, "CPPreviewDate"], w, { kind: "date" }, raw);
        if (raw === "")
          r.report(
            dEl,
            [...rp, "CPPreviewDate"],
            "cin-missing-element",
            "error",
            `<CPPreviewDate> of ${w} is empty.`,
          );
        if (typeof value === "string") reviewDates.push(value);
      }
    });
    const startDate = str(x.values.CPPstartDate);
    const endDate = str(x.values.CPPendDate);
    order(
      r,
      cEl,
      [...p, "CPPendDate"],
      w,
      startDate,
      endDate,
      "The child protection plan ends before it starts",
    );
    order(
      r,
      cEl,
      [...p, "CPPstartDate"],
      w,
      referralDate,
      startDate,
      "The child protection plan started before the referral",
      "warning",
    );
    return {
      line: cEl.line,
      startDate,
      endDate,
      initialCategoryOfAbuse: str(x.values.InitialCategoryOfAbuse),
      latestCategoryOfAbuse: str(x.values.LatestCategoryOfAbuse),
      numberOfPreviousCpp: num(x.values.NumberOfPreviousCPP),
      reviewDates,
    };
  });
  const preProceedings = nested("PreProceedingsandFGDM").map((ppEl, i) => {
    const p = [...path, "PreProceedingsandFGDM", i + 1];
    const fields: Record<string, string> = {};
    for (const f of ppEl.children) {
      if (f.children.length > 0 || Object.hasOwn(fields, f.name)) {
        r.report(
          f,
          [...p, f.name],
          "cin-unexpected-content",
          "warning",
          `<${f.name}> in <PreProceedingsandFGDM> of ${where} is not a single value; it is ignored.`,
        );
      } else fields[f.name] = f.text.trim();
    }
    return fields;
  });
  return {
    line: el.line,
    referralDate,
    referralSource: str(v.ReferralSource),
    primaryNeedCode: str(v.PrimaryNeedCode),
    closureDate,
    reasonForClosure: str(v.ReasonForClosure),
    dateOfInitialCpc: str(v.DateOfInitialCPC),
    referralNfa: bool(v.ReferralNFA),
    assessments,
    cinPlanDates,
    section47,
    protectionPlans,
    preProceedings,
  };
}
