/**
 * Which statutory return an XML file holds, from its root element alone (no parsing, no entity expansion):
 * `"cin-census"` for `<Message>`, `"ssda903"` for `<EXPSSDA903>`, otherwise `null`. Use it to route a dropped or
 * named `.xml` file to {@link parseCinCensusXml} or {@link readSsda903}.
 * @example
 * recogniseReturnXml('<?xml version="1.0"?>\n<!-- CIN --><Message><Header/></Message>') //=> "cin-census"
 * recogniseReturnXml("<EXPSSDA903><CHILD/></EXPSSDA903>") //=> "ssda903"
 * recogniseReturnXml("CHILD,DOB") //=> null
 */
export function recogniseReturnXml(text: string): "cin-census" | "ssda903" | null {
  if (typeof text !== "string") return null;
  // Skip the BOM, the declaration, comments and processing instructions; a DOCTYPE ends the search (refused later).
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "");
  const stripped = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\s+/g, " ").trimStart();
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(stripped);
  if (!m) return null;
  if (m[2] === "Message") return "cin-census";
  if (m[2] === "EXPSSDA903") return "ssda903";
  return null;
}
