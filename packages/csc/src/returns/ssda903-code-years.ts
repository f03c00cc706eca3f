// Internal: SSDA903 code lists that changed between collection years, from the DfE SSDA903 schema (2017) and its
// yearly changes (2019, 2022, 2025, 2026 schemas). A schema year is the year a collection ends in (the 2019
// schema is the 2018-19 return), so each list here starts at a start year. The table readers accept the union of
// every year's codes; the pipeline, once it knows a file's year, checks the codes against that year's list.

/** For a table's column: the code lists in force from each start year on, oldest first. */
type CodeYears = readonly (readonly [fromStartYear: number, codes: readonly string[]])[];

const REC_2017 = [
  "X1",
  "E11",
  "E12",
  "E2",
  "E3",
  "E4A",
  "E4B",
  "E13",
  "E41",
  "E43",
  "E44",
  "E5",
  "E6",
  "E7",
  "E9",
];
const REC_2019 = [
  "X1",
  "E11",
  "E12",
  "E2",
  "E3",
  "E4A",
  "E4B",
  "E13",
  "E41",
  "E45",
  "E46",
  "E47",
  "E48",
  "E5",
  "E6",
];
const REC_TAIL = ["E14", "E15", "E16", "E17", "E8"];
const PLACE_2017 = ["A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1"];
const PLACE_2025 = ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1"];
const PLACE_TAIL = ["T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"];
const RPC = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE"];

export const SSDA903_CODE_YEARS: Readonly<Record<string, Readonly<Record<string, CodeYears>>>> = {
  episodes: {
    REC: [
      [0, [...REC_2017, ...REC_TAIL]],
      [2018, [...REC_2019, "E7", "E9", ...REC_TAIL]],
    ],
    REASON_PLACE_CHANGE: [
      [0, [...RPC, "OTHER"]],
      [2018, [...RPC, "CUSTOD", "OTHER"]],
    ],
    PLACE: [
      [0, [...PLACE_2017, ...PLACE_TAIL]],
      [2024, [...PLACE_2025, ...PLACE_TAIL]],
      [2025, [...PLACE_2025, ...PLACE_TAIL, "Z11", "Z12", "Z13", "Z14"]],
    ],
  },
  oc3: {
    ACTIV: [
      [0, ["F1", "P1", "F2", "P2", "F3", "P3", "G4", "G5", "G6", "0"]],
      [2021, ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"]],
    ],
  },
};

/** The codes a table's column allows in the return of a start year, or undefined when the list never changed. */
export function codesForYear(
  table: string,
  column: string,
  startYear: number,
): readonly string[] | undefined {
  const years = SSDA903_CODE_YEARS[table]?.[column];
  if (!years) return undefined;
  let codes: readonly string[] | undefined;
  for (const [from, list] of years) if (from <= startYear) codes = list;
  return codes;
}

/**
 * Every code a table's column has allowed in any year, each once: what the table readers accept before a file's
 * year is known. A code a later year added comes after the code it follows in that year's list (PLACE K3 after
 * K2), so messages list them in the schema's order.
 */
export function codesOfEveryYear(table: string, column: string): readonly string[] {
  const out: string[] = [];
  for (const [, codes] of SSDA903_CODE_YEARS[table]?.[column] ?? [])
    codes.forEach((code, i) => {
      if (out.includes(code)) return;
      const after = i === 0 ? -1 : out.indexOf(codes[i - 1] as string);
      out.splice(after + 1, 0, code);
    });
  return out;
}
