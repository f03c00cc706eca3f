// Internal: CIN census values checked against the census year's own schema (the readers accept every year's):
// a value of another year is an error naming the year and listing that year's values. From the DfE CIN census
// XSDs: the 2025 schema (Year 2025, the 2024-25 census) replaced <GenderCurrent> 1, 2, 0, 9 by <Sex> M, F, U,
// added the assessment factors 18A and 19A, and allows booleans only as 1 and 0 (true and false before).

import { CIN_CODES } from "../cin-codes.js";
import type { XmlElement } from "../xml-reader.js";
import type { Path, Reader } from "./block-reader.js";

/** For an element: the values allowed from each census Year on, oldest first. */
type ValueYears = readonly (readonly [fromYear: number, values: readonly string[]])[];

/** The assessment factors before the 2024-25 census: the current list without 18A and 19A, added in 2025. */
const FACTORS_2024 = CIN_CODES.assessmentFactors.filter((code) => code !== "18A" && code !== "19A");
const BOOL_2024 = ["true", "false", "TRUE", "FALSE", "0", "1"];

const VALUE_YEARS: Readonly<Record<string, ValueYears>> = {
  GenderCurrent: [
    [0, ["1", "2", "0", "9"]],
    [2025, []],
  ],
  Sex: [
    [0, []],
    [2025, ["M", "F", "U"]],
  ],
  AssessmentFactors: [
    [0, FACTORS_2024],
    [2025, CIN_CODES.assessmentFactors],
  ],
  bool: [
    [0, BOOL_2024],
    [2025, ["0", "1"]],
  ],
};

/** The values an element allows in the census of a Year (2025 = 2024-25), or undefined when they never changed. */
export function cinValuesForYear(element: string, year: number): readonly string[] | undefined {
  const years = VALUE_YEARS[element];
  if (!years) return undefined;
  let values: readonly string[] | undefined;
  for (const [from, list] of years) if (from <= year) values = list;
  return values;
}

const census = (year: number) => `${year - 1}-${String(year % 100).padStart(2, "0")}`;

/**
 * Checks the values of `name` children of `parent` against the census year's list (under the DfE rules, once the
 * header's Year is known). `list` names the element's list when it is not its own (`bool` for the booleans).
 * The value is never quoted (Sex is child-level); the year's values are listed. <Sex> before 2024-25, or
 * <GenderCurrent> from it, is a warning: the element is of the other schema, its value read all the same.
 */
export function checkValueYear(
  r: Reader,
  parent: XmlElement | undefined,
  path: Path,
  where: string,
  name: string,
  list: string = name,
): void {
  const year = r.censusYear;
  if (!r.dfeChecks || !parent || year === null) return;
  const allowed = cinValuesForYear(list, year);
  if (allowed === undefined) return;
  const all = new Set((VALUE_YEARS[list] ?? []).flatMap(([, values]) => values));
  for (const el of parent.children) {
    if (el.name !== name) continue;
    const raw = el.text.trim();
    // Only a value of another year: a value of no year is the code check's error, not this one.
    if (raw === "" || allowed.includes(raw) || !all.has(raw)) continue;
    r.report(
      el,
      [...path, name],
      "cin-code-year",
      // The other schema's sex element is read all the same (a warning); another year's code is an error.
      allowed.length === 0 ? "warning" : "error",
      allowed.length === 0
        ? `<${name}> is not in the ${census(year)} census (Year ${year}) schema (${where}): ${name === "GenderCurrent" ? "use <Sex> (M, F or U) from 2024-25" : "use <GenderCurrent> (1, 2, 0 or 9) before 2024-25"}.`
        : `<${name}> of ${where} is a value of another year's CIN census, not of the ${census(year)} census (Year ${year}): ${allowed.join(", ")}.`,
    );
  }
}
