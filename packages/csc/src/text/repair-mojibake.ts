import { WINDOWS_1252_BYTE } from "./windows-1252.js";

/** A character as the Windows-1252/Latin-1 byte it was decoded from, or undefined when it is not one. */
const byteOf = (ch: string): number | undefined => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x100 ? cp : WINDOWS_1252_BYTE.get(cp);
};

const hex = (cp: number) => `\\u${cp.toString(16).padStart(4, "0")}`;
const SPECIALS = [...WINDOWS_1252_BYTE.keys()].map(hex).join("");

// Evidence that the text is mis-decoded UTF-8: `Â`/`Ã` before a byte of 0x80–0xFF (`Â£`, `Ã©`), or `â€` (the
// first two bytes of every curly quote and dash). Text without it is left alone, so a Latin-1 name such as
// "Ö’" is never "repaired".
const MOJIBAKE = new RegExp(`(?:[ÂÃ][\\u0080-\\u00ff${SPECIALS}]|â€[\\u0080-\\u00ff${SPECIALS}"]?|â\\u0080)`);
// One mis-decoded character: a UTF-8 lead byte (0xC2–0xF4) then up to three continuation bytes (0x80–0xBF).
const SEQUENCE = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${SPECIALS}]{1,3}`, "g");
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Whether text shows the damage {@link repairMojibake} repairs (internal: the stream decoder asks it per piece). */
export const hasMojibake = (text: string): boolean => MOJIBAKE.test(text);

/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252/Latin-1 (`â€™` for `’`, `Ã©` for `é`); returns
 * the text unchanged when it shows no such damage (`damaged`: whether it does; a stream decoder passes true once an
 * earlier piece of the file showed it). Each damaged character is repaired on its own, so a damaged
 * phrase beside good accented text is still repaired, and a sequence that is not UTF-8 is left as it is.
 * @example
 * repairMojibake("children’s") //=> "children’s"
 * repairMojibake("childrenâ€™s") //=> "children’s"
 * repairMojibake("cafÃ© â‚¬5") //=> "café €5"
 */
export function repairMojibake(text: string, damaged = MOJIBAKE.test(text)): string {
  if (!damaged) return text;
  return text.replace(SEQUENCE, (run) => {
    const bytes = Array.from(run, byteOf);
    const lead = bytes[0] ?? 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length < length) return run;
    try {
      return UTF8.decode(Uint8Array.from(bytes.slice(0, length) as number[])) + run.slice(length);
    } catch {
      return run;
    }
  });
}
