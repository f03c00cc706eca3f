// Internal: the SSDA903 tables and their columns, from the DfE SSDA903 schema (2017 and the yearly changes to
// 2026). Code lists are the union over those years (those that changed from `ssda903-code-years.ts`), so a
// council's older or newer file is not flagged for a code that was valid in its year.

import { DFE_ETHNICITY_CODES } from "./ethnicity-codes.js";
import { codesOfEveryYear } from "./ssda903-code-years.js";

/** A data row to check: its line and a getter for a column's raw text (`undefined` when the column is absent). */
export interface RawRow {
  readonly line: number;
  readonly get: (column: string) => string | undefined;
  /** How messages name the row (default `line N`); XML rows say which record. */
  readonly at?: string;
  /** CSV: the row's field count and the header's. */
  readonly fields?: readonly [number, number];
}

/** The SSDA903 tables kpikit recognises (file names as DfE and the 903 validator use them). */
export type Ssda903TableName =
  | "header"
  | "episodes"
  | "reviews"
  | "missing"
  | "oc2"
  | "oc3"
  | "uasc"
  | "ad1"
  | "placed_for_adoption"
  | "previous_permanence"
  | "sw_episodes"
  | "dolo";

export type ColumnKind = "id" | "upn" | "text" | "date" | "int" | readonly string[];

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** Child-level identifier or quasi-identifier: the value is never quoted in a message. */
  readonly identifier: boolean;
  /** Not a column of the DfE's 903 but one derived from it: read when a file has it, not missed when it has not. */
  readonly derived?: boolean;
}

export interface TableSpec {
  readonly name: Ssda903TableName;
  /** Other names a file may go by (without the year prefix or extension). */
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /** One row per child (header, oc2, oc3, uasc, ad1, previous_permanence). */
  readonly onePerChild: boolean;
}

const BOOL = ["0", "1"] as const;
const req = (name: string, kind: ColumnKind, identifier = false): ColumnSpec => ({
  name,
  kind,
  required: true,
  identifier,
});
const opt = (name: string, kind: ColumnKind, identifier = false): ColumnSpec => ({
  name,
  kind,
  required: false,
  identifier,
});
const CHILD = req("CHILD", "id", true);
const DOB = req("DOB", "date", true);

export const SSDA903_TABLES: readonly TableSpec[] = [
  {
    name: "header",
    aliases: ["child_header", "child_characteristics"],
    onePerChild: true,
    columns: [
      CHILD,
      req("SEX", ["1", "2", "M", "F", "U"], true),
      DOB,
      req("ETHNIC", DFE_ETHNICITY_CODES, true),
      req("UPN", "upn", true),
      opt("MOTHER", BOOL),
      opt("MC_DOB", "date", true),
    ],
  },
  {
    name: "episodes",
    aliases: ["episode"],
    onePerChild: false,
    columns: [
      CHILD,
      req("DECOM", "date"),
      req("RNE", ["S", "L", "P", "T", "B", "U"]),
      req("LS", ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"]),
      req("CIN", ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"]),
      req("PLACE", codesOfEveryYear("episodes", "PLACE")),
      opt("PLACE_PROVIDER", ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"]),
      opt("DEC", "date"),
      opt("REC", codesOfEveryYear("episodes", "REC")),
      opt("REASON_PLACE_CHANGE", codesOfEveryYear("episodes", "REASON_PLACE_CHANGE")),
      opt("HOME_POST", "text", true),
      opt("PL_POST", "text", true),
      opt("URN", "text"),
      // Distance (miles, as the DfE's derived file gives it) and IN/OUT of the LA, when the file has them.
      { ...opt("PL_DISTANCE", "text"), derived: true },
      { ...opt("PL_LOCATION", ["IN", "OUT"]), derived: true },
    ],
  },
  {
    name: "reviews",
    aliases: ["review"],
    onePerChild: false,
    columns: [
      CHILD,
      DOB,
      req("REVIEW", "date"),
      req("REVIEW_CODE", ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]),
    ],
  },
  {
    name: "missing",
    aliases: ["missing_episodes"],
    onePerChild: false,
    columns: [CHILD, DOB, req("MISSING", ["M", "A"]), req("MIS_START", "date"), opt("MIS_END", "date")],
  },
  {
    name: "oc2",
    aliases: [],
    onePerChild: true,
    columns: [
      CHILD,
      DOB,
      opt("SDQ_SCORE", "int"),
      opt("SDQ_REASON", ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"]),
      opt("CONVICTED", BOOL),
      opt("HEALTH_CHECK", BOOL),
      opt("IMMUNISATIONS", BOOL),
      opt("TEETH_CHECK", BOOL),
      opt("HEALTH_ASSESSMENT", BOOL),
      opt("SUBSTANCE_MISUSE", BOOL),
      opt("INTERVENTION_RECEIVED", BOOL),
      opt("INTERVENTION_OFFERED", BOOL),
    ],
  },
  {
    name: "oc3",
    aliases: [],
    onePerChild: true,
    columns: [
      CHILD,
      DOB,
      req("IN_TOUCH", ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"]),
      req("ACTIV", codesOfEveryYear("oc3", "ACTIV")),
      req("ACCOM", [
        "B1",
        "B2",
        "C1",
        "C2",
        "D1",
        "D2",
        "E1",
        "E2",
        "G1",
        "G2",
        "H1",
        "H2",
        "K1",
        "K2",
        "R1",
        "R2",
        "S1",
        "S2",
        "T1",
        "T2",
        "U1",
        "U2",
        "V1",
        "V2",
        "W1",
        "W2",
        "X1",
        "X2",
        "Y1",
        "Y2",
        "Z1",
        "Z2",
        "0",
      ]),
    ],
  },
  {
    name: "uasc",
    aliases: [],
    onePerChild: true,
    columns: [CHILD, req("SEX", ["1", "2", "M", "F", "U"], true), DOB, opt("DUC", "date")],
  },
  {
    name: "ad1",
    aliases: ["adoption"],
    onePerChild: true,
    columns: [
      CHILD,
      DOB,
      req("DATE_INT", "date"),
      req("DATE_MATCH", "date"),
      req("FOSTER_CARE", BOOL),
      req("NB_ADOPTR", "int"),
      req("SEX_ADOPTR", ["M1", "F1", "MM", "FF", "MF"]),
      req("LS_ADOPTR", ["L0", "L11", "L12", "L2", "L3", "L4"]),
    ],
  },
  {
    name: "placed_for_adoption",
    aliases: ["placed_adoption", "placedadoption"],
    onePerChild: false,
    columns: [
      CHILD,
      DOB,
      req("DATE_PLACED", "date"),
      opt("DATE_PLACED_CEASED", "date"),
      opt("REASON_PLACED_CEASED", ["RD1", "RD2", "RD3", "RD4"]),
    ],
  },
  {
    name: "previous_permanence",
    aliases: ["prev_perm", "prevperm"],
    onePerChild: true,
    columns: [
      CHILD,
      DOB,
      req("PREV_PERM", ["P1", "P2", "P3", "P4", "Z1"]),
      opt("LA_PERM", "text"),
      opt("DATE_PERM", "text"),
    ],
  },
  {
    name: "sw_episodes",
    aliases: ["social_worker", "socialworker", "sw_episode"],
    onePerChild: false,
    columns: [
      CHILD,
      DOB,
      req("SW_ID", "id", true),
      req("SW_DECOM", "date"),
      opt("SW_DEC", "date"),
      opt("SW_REASON", [
        "MANAGE",
        "FCONTA",
        "LEFTRL",
        "ORGRST",
        "TSPROC",
        "ABSENC",
        "CHCHAN",
        "PCCHAN",
        "SWDIED",
        "OTHERS",
      ]),
    ],
  },
  {
    name: "dolo",
    aliases: ["deprivation_of_liberty"],
    onePerChild: false,
    columns: [CHILD, DOB, req("DOLO_START", "date"), opt("DOLO_END", "date")],
  },
];
