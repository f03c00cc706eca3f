// Shared by the derive scripts: repairs UTF-8 text that was read as Windows-1252/Latin-1 ("â€™" for "’").
// (src/published/decode-text.ts does the same at run time; scripts run under plain Node and cannot import it.)

// cp1252 characters for bytes 0x80-0x9F (the rest of 0x80-0xFF are the latin-1 code points).
const CP1252 = {
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
const toByte = (ch) => {
  const c = ch.codePointAt(0);
  if (c >= 0x80 && c <= 0xff) return c;
  return CP1252[c];
};
const cont = `[\\u0080-\\u00bf${Object.keys(CP1252)
  .map((c) => `\\u${Number(c).toString(16).padStart(4, "0")}`)
  .join("")}]`;
const mojibake = new RegExp(`[\\u00c2-\\u00f4]${cont}{1,3}`, "g");
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Re-decodes UTF-8 text that was read as cp1252/latin-1. Leaves anything that does not re-decode. */
export function fixMojibake(text) {
  return text.replace(mojibake, (run) => {
    const bytes = [...run].map(toByte);
    const lead = bytes[0];
    const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length < len) return run;
    try {
      return utf8.decode(Uint8Array.from(bytes.slice(0, len))) + run.slice(len);
    } catch {
      return run;
    }
  });
}
