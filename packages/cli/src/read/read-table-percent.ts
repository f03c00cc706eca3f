import { inflateRawSync } from "node:zlib";

/** A cell's place in a sheet: 0-based row and column. */
type CellAt = `${number}:${number}`;

/** Built-in Excel number formats that show a percentage (0%, 0.00%). */
const BUILT_IN_PERCENT = new Set([9, 10]);

/**
 * The cells of a workbook's first sheet whose number format shows a percentage (0.231 shown as 23.1%), as
 * `row:column` (0-based). Reads the styles and the sheet from the ZIP itself, because the XLSX reader gives
 * a cell's number but not its format. Empty when the workbook cannot be read this way (the reader then
 * reports it).
 */
export function percentCells(bytes: Uint8Array): ReadonlySet<CellAt> {
  const out = new Set<CellAt>();
  try {
    const entries = zipEntries(bytes);
    const text = (name: string) => {
      const e = entries.get(name);
      return e ? new TextDecoder().decode(e()) : undefined;
    };
    const styles = text("xl/styles.xml");
    if (!styles) return out;
    const percentFormats = new Set(BUILT_IN_PERCENT);
    for (const m of styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g)) {
      // A % outside quoted text and [..] sections shows the value times 100.
      const code = (m[2] ?? "").replace(/&quot;.*?&quot;|"[^"]*"|\[[^\]]*\]|\\./g, "");
      if (code.includes("%")) percentFormats.add(Number(m[1]));
    }
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
    const percentStyles = new Set<number>();
    [...xfs.matchAll(/<xf\b[^>]*?\/?>/g)].forEach((m, index) => {
      const id = /\bnumFmtId="(\d+)"/.exec(m[0])?.[1];
      if (id !== undefined && percentFormats.has(Number(id))) percentStyles.add(index);
    });
    if (percentStyles.size === 0) return out;
    const sheet = text(firstSheetPath(text) ?? "xl/worksheets/sheet1.xml");
    if (!sheet) return out;
    for (const m of sheet.matchAll(/<c\b([^>]*)>/g)) {
      const attrs = m[1] ?? "";
      const s = /\bs="(\d+)"/.exec(attrs)?.[1];
      const r = /\br="([A-Z]+)(\d+)"/.exec(attrs);
      if (s === undefined || !r || !percentStyles.has(Number(s))) continue;
      if (/\bt="(?:s|str|inlineStr|b|e)"/.test(attrs)) continue;
      out.add(`${Number(r[2]) - 1}:${columnIndex(r[1] ?? "A")}`);
    }
  } catch {
    // Not a ZIP this reader understands: no cell is read as a percentage; the workbook reader says why.
  }
  return out;
}

/** A percentage-formatted number as the text the sheet shows it as: 0.231 → "23.1%". */
export function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function firstSheetPath(text: (name: string) => string | undefined): string | undefined {
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const id = workbook && /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (!id || !rels) return undefined;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${id}"`));
  const target = rel && /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The entries of a ZIP file by name, each inflated on demand (stored and deflated entries). */
function zipEntries(zip: Uint8Array): Map<string, () => Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = new Map<string, () => Uint8Array>();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return entries;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, () => {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : new Uint8Array(inflateRawSync(data));
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
