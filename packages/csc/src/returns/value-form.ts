// The one redaction rule for messages built from returns data: a message never contains the text of a cell. It
// says where the value is (file, line, column, child by position) and what was expected; when the form of the
// value helps (a date written the other way round), it names the form in words, never the characters.

/** The form a date was written in, in words, when it is a recognisable date form; otherwise null. */
export function dateForm(raw: string): string | null {
  const t = raw.trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}([T ].*)?$/.test(t)) return "YYYY-MM-DD";
  if (/^\d{1,2}\/\d{1,2}\/\d{2}$/.test(t)) return "dd/mm/yy (a two-digit year)";
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return "dd/mm/yyyy";
  if (/^\d{1,2}-\d{1,2}-\d{2,4}$/.test(t)) return "dd-mm-yyyy";
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t)) return "dd.mm.yyyy";
  if (/^\d{8}$/.test(t)) return "eight digits without separators";
  if (/^\d{1,2}[ -][A-Za-z]{3,9}[ -]\d{2,4}$/.test(t)) return "a day, a month name and a year";
  if (/^\d{5}(\.\d+)?$/.test(t)) return "a spreadsheet serial number";
  return null;
}

/**
 * Words for a rejected value, built only from its form: "written YYYY-MM-DD", "blank", "text", "a number".
 * Never any of its characters, so it is safe whatever column the value came from (a shifted row can put a
 * child's identifier under any heading).
 */
export function valueForm(raw: string): string {
  const t = raw.trim();
  if (t === "") return "blank";
  const date = dateForm(t);
  if (date !== null) return `written ${date}`;
  if (/^-?\d+$/.test(t))
    return `a whole number of ${t.replace("-", "").length} digit${t.length === 1 ? "" : "s"}`;
  if (/^-?\d*[.,]\d+$/.test(t)) return "a decimal number";
  return `text of ${t.length} character${t.length === 1 ? "" : "s"}`;
}

/** "A, B, C or D": the allowed codes for a message (long lists shortened with a count). */
export function codeList(codes: readonly string[], max = 40): string {
  const shown = codes.slice(0, max);
  const more = codes.length - shown.length;
  if (shown.length === 0) return "none";
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}
