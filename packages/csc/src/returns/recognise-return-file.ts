import { recogniseSsda903Table } from "./read-ssda903.js";
import { recogniseReturnXml } from "./recognise-return-xml.js";

/**
 * Which reader a return file goes to, from its content: XML whose root is `<EXPSSDA903>` and CSV whose header
 * row matches an SSDA903 table go to {@link readSsda903}; any other XML goes to {@link parseCinCensusXml},
 * which reads a CIN census and names the problem in anything else (a DOCTYPE, malformed XML, another root);
 * other text is `null` (not a return). Front ends route dropped or named files with it.
 * @example
 * recogniseReturnFile("<Message><Header/></Message>") //=> "cin-census"
 * recogniseReturnFile("\uFEFFCHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n") //=> "ssda903"
 * recogniseReturnFile("hello") //=> null
 */
export function recogniseReturnFile(text: string, fileName?: string): "cin-census" | "ssda903" | null {
  const body = text.replace(/^\uFEFF/, "");
  if (/^\s*</.test(body)) return recogniseReturnXml(body) === "ssda903" ? "ssda903" : "cin-census";
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const columns = firstLine.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
  return recogniseSsda903Table(columns, fileName) === null ? null : "ssda903";
}
