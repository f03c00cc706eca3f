// Internal: the CIN census <Header>: collection, year, 31 March reference date and a known LA.
import { getArea } from "../../reference/areas.js";
import type { CinHeader } from "../cin-types.js";
import { valueForm } from "../value-form.js";
import type { XmlElement } from "../xml-reader.js";
import { d, type Reader } from "./block-reader.js";

/** The census years a header may give: the CIN census began with 2008-09 (Year 2009); 2099 bounds typing slips. */
const MIN_YEAR = 2009;
const MAX_YEAR = 2099;

export function readHeader(r: Reader, el: XmlElement): CinHeader {
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
      `<Collection> is not CIN (${valueForm(collection)}); a CIN census file says CIN.`,
    );
  }
  let year: number | null = null;
  if (yearText !== null) {
    if (/^\d{4}$/.test(yearText) && Number(yearText) >= MIN_YEAR && Number(yearText) <= MAX_YEAR)
      year = Number(yearText);
    else if (/^\d{4}$/.test(yearText))
      r.report(
        at("Year", cdEl),
        [...path, "CollectionDetails", "Year"],
        "cin-header-year-range",
        "error",
        `<Year> ${yearText} is outside the years of the CIN census (${MIN_YEAR} to ${MAX_YEAR}); check the header.`,
      );
    else
      r.report(
        at("Year", cdEl),
        [...path, "CollectionDetails", "Year"],
        "cin-header-year",
        "error",
        `<Year> is not a four-digit year (${valueForm(yearText)}).`,
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
        `<LEA> is not a DfE 3-digit LA code (${valueForm(la)}).`,
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
