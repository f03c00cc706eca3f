// Windows-1252, written out here rather than left to TextDecoder: Node 20's TextDecoder("windows-1252") drops
// the bytes 0x80–0x9F (curly quotes, dashes, €) instead of decoding them, and browsers decode them. This way every
// runtime reads a file the same.

// The characters of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their Latin-1 code points
// (as browsers do). Bytes 0xA0–0xFF are the Latin-1 code points.
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** The byte each Windows-1252 character above U+00FF was decoded from (`’` → 0x92). */
export const WINDOWS_1252_BYTE: ReadonlyMap<number, number> = new Map(
  HIGH_CONTROLS.map((cp, i) => [cp, 0x80 + i] as const).filter(([cp]) => cp > 0xff),
);

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (HIGH_CONTROLS[b - 0x80] ?? b) : b)),
    );
  }
  return out;
}
