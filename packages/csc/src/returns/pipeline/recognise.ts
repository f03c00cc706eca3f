// Internal: what a returns file is, from its content (the name only breaks ties the content leaves open).
import { recogniseSsda903Table } from "../read-ssda903.js";

/** What the pipeline recognised a file as. */
export type ReturnKind =
  | "cin-census"
  | "ssda903"
  | "cin-flat-csv"
  | "annex-a"
  | "workforce-census"
  | "spreadsheet"
  | "unknown";

/** True when the bytes are a ZIP container (XLSX, ODS). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A spreadsheet that is an Ofsted Annex A workbook. Its sheet names sit compressed inside the workbook, which an
 * isomorphic reader cannot open without an unzip step; until then the name decides (`Annex_A_2024.xlsx`).
 */
export function isAnnexA(name: string): boolean {
  return /annex[\s_-]*a/i.test(name.split(/[\\/]/).pop() ?? name);
}

/** The kind of a decoded text file. */
export function recogniseText(text: string, name: string): ReturnKind {
  const body = text.replace(/^\uFEFF/, "");
  if (/^\s*</.test(body)) {
    const head = body.slice(0, 8192).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, " ");
    const root = /^\s*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[1];
    if (root === "EXPSSDA903") return "ssda903";
    if (root === "Message" || root === undefined) {
      // The workforce census shares the CIN census's <Message><Header> layout: its collection says which.
      if (/<Collection>\s*CSWW\s*<\/Collection>|<CSWWWorker[\s>]|<LALevelVacancies[\s>]/.test(head))
        return "workforce-census";
      // Anything else that starts like XML goes to the CIN reader, which names the problem (a DOCTYPE, malformed
      // XML, another root) with its line and column.
      return "cin-census";
    }
    return "cin-census";
  }
  const firstLine = body.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? "";
  const columns = firstLine.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
  if (columns.some((c) => /^LAchildID$/i.test(c)) || columns.some((c) => /^CINreferralDate$/i.test(c)))
    return "cin-flat-csv";
  if (columns.some((c) => /^Collection$/i.test(c)) && columns.some((c) => /^LEA$/i.test(c)))
    return "cin-flat-csv";
  return recogniseSsda903Table(columns, name) === null ? "unknown" : "ssda903";
}
