import { recogniseText } from "./pipeline/recognise.js";

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
  // The returns pipeline's recognition, in the two kinds this older entry point names.
  const kind = recogniseText(text, fileName ?? "");
  if (kind === "ssda903") return "ssda903";
  return kind === "cin-census" || kind === "workforce-census" ? "cin-census" : null;
}
