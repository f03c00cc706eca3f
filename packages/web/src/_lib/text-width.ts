// Internal: how wide a line of chart text is drawn, to lay out labels before the browser measures them.

// Advance widths in em of a wide sans-serif (DejaVu Sans, the widest common default; Arial and system-ui
// are narrower), so a label given this much room is never clipped or crossed, whatever the host font.
const NARROW = new Set([..." .,:;!|'il[]()"]);
const WIDE = new Set([..."mwMW%@"]);
const DIGIT = /[0-9$£+\u2212\u2013-]/;
const UPPER = /[A-Z]/;

/**
 * The width in px of `text` at `size` px, bold or not: an estimate on the wide side (never narrower than the
 * widest common sans-serif draws it).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    em += NARROW.has(ch) ? 0.34 : WIDE.has(ch) ? 0.98 : DIGIT.test(ch) ? 0.64 : UPPER.test(ch) ? 0.74 : 0.62;
  }
  return em * size * (bold ? 1.1 : 1);
}
