/**
 * Sets every entry's modification date in a ZIP file (an XLSX workbook) to one fixed date, so that the same
 * Scorecard gives a byte-identical workbook whenever it is written. Walks the central directory and patches
 * each central and local header (and any extended-timestamp extra field); CRCs do not cover these fields.
 * Returns the input unchanged when it is not a well-formed ZIP.
 */
export function fixZipDates(zip: Uint8Array, isoDate: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  const unix = Math.floor(Date.UTC(y, m - 1, d) / 1000);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (p + 46 > out.length || view.getUint32(p, true) !== 0x02014b50) return zip;
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, dosDate, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    patchExtra(view, p + 46 + nameLength, extraLength, unix);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
      patchExtra(view, local + 30 + view.getUint16(local + 26, true), view.getUint16(local + 28, true), unix);
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function patchExtra(view: DataView, start: number, length: number, unix: number): void {
  let q = start;
  while (q + 4 <= start + length && q + 4 <= view.byteLength) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x5455 && size >= 5) {
      const flags = view.getUint8(q + 4);
      let at = q + 5;
      for (const bit of [1, 2, 4]) {
        if (flags & bit && at + 4 <= q + 4 + size) {
          view.setUint32(at, unix, true);
          at += 4;
        }
      }
    }
    q += 4 + size;
  }
}
