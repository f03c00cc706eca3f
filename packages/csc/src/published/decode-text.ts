import type { Issue } from "@kpikit/core";

const CP1252: Readonly<Record<number, number>> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};
const MOJIBAKE = /(?:[ÂÃ][\u0080-\u00ff\u0152-\u2122]|â€[\u0080-\u00ff\u0152-\u2122"]?|â\u0080)/;

const FROM_CP1252 = new Map(Object.entries(CP1252).map(([cp, b]) => [b, Number(cp)]));

/** Decodes Windows-1252 bytes (0x80–0x9F are curly quotes, dashes, € …), the same in every runtime. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => FROM_CP1252.get(b) ?? b));
  }
  return out;
}

/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252/Latin-1 (`â€™` for `’`, `Ã©` for `é`); returns
 * the text unchanged when it is not that kind of damage.
 * @example
 * repairMojibake("children’s") //=> "children’s"
 * repairMojibake("childrenâ€™s") //=> "children’s"
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  // Repair run by run, so one damaged phrase does not need the whole text to be re-encodable.
  return text.replace(/[\u0080-\u00ff\u0152-\u2122]{2,}/g, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const cp = ch.codePointAt(0) ?? 0;
      const b = cp < 0x100 ? cp : CP1252[cp];
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
  });
}

/**
 * Turns file contents into text: strips a BOM, decodes bytes as UTF-8 or, when they are not valid UTF-8, as
 * Windows-1252 (Latin-1) with a warning, and repairs mis-decoded UTF-8 (`â€™`) with a warning.
 * @example
 * decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text //=> "Café"
 * decodeText("\uFEFFa,b").text //=> "a,b"
 */
export function decodeText(
  input: string | Uint8Array,
  file?: string,
): { readonly text: string; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const where = file === undefined ? {} : { file };
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      text = decodeWindows1252(input);
      issues.push({
        code: "latin1-encoding",
        severity: "warning",
        message: "The file is not UTF-8; it was read as Windows-1252 (Latin-1).",
        ...where,
      });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (MOJIBAKE.test(text)) {
    const repaired = repairMojibake(text);
    if (repaired !== text) {
      text = repaired;
      issues.push({
        code: "mis-decoded-text",
        severity: "warning",
        message: "Some text was UTF-8 read as Latin-1 (such as â€™); it was repaired.",
        ...where,
      });
    }
  }
  return { text, issues };
}
