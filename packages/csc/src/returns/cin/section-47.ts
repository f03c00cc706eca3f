// Internal: a CIN census <Section47> enquiry: its start, the initial child protection conference and its target.
import type { CinSection47 } from "../cin-types.js";
import type { XmlElement } from "../xml-reader.js";
import { bool, d, order, type Path, type Reader, str } from "./block-reader.js";
import { checkValueYear } from "./code-years.js";

/** One section 47 enquiry; `where` names it in messages, `referralDate` is its referral's. */
export function readSection47(
  r: Reader,
  el: XmlElement,
  path: Path,
  where: string,
  referralDate: string | null,
): CinSection47 {
  const x = r.block(el, path, where, {
    S47ActualStartDate: d(true),
    InitialCPCtarget: d(),
    DateOfInitialCPC: d(),
    ICPCnotRequired: { kind: "bool", required: true },
  }).values;
  checkValueYear(r, el, path, where, "ICPCnotRequired", "bool");
  order(
    r,
    el,
    [...path, "DateOfInitialCPC"],
    where,
    str(x.S47ActualStartDate),
    str(x.DateOfInitialCPC),
    "The initial child protection conference is before the section 47 enquiry started",
  );
  order(
    r,
    el,
    [...path, "S47ActualStartDate"],
    where,
    referralDate,
    str(x.S47ActualStartDate),
    "The section 47 enquiry started before the referral",
    "warning",
  );
  return {
    line: el.line,
    startDate: str(x.S47ActualStartDate),
    initialCpcTarget: str(x.InitialCPCtarget),
    dateOfInitialCpc: str(x.DateOfInitialCPC),
    icpcNotRequired: bool(x.ICPCnotRequired),
  };
}
