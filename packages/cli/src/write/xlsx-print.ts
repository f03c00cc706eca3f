// An XLSX "feature" for write-excel-file: an autofilter over a sheet's table and A4 landscape print setup that fits
// the columns to one page wide and repeats the header row on every printed page. write-excel-file writes the
// orientation; this adds what it does not (<sheetPr><pageSetUpPr fitToPage>, <autoFilter>, fitToWidth/Height and
// the workbook's print titles and filter range).

/** A sheet to filter and set up for print: its name, and the table's size (header row included). */
export interface PrintedSheet {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A column's letters: 0 → A, 25 → Z, 26 → AA.
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The feature for write-excel-file's `features` option. */
export function printAndFilterFeature(sheets: readonly PrintedSheet[]) {
  const byName = new Map(sheets.map((s) => [s.sheet, s] as const));
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform(xml: string, options: { sheet?: string }) {
            const s = options.sheet === undefined ? undefined : byName.get(options.sheet);
            if (!s || s.rows < 1 || s.columns < 1) return xml;
            const ref = `A1:${columnLetters(s.columns - 1)}${s.rows}`;
            let out = xml;
            // sheetPr comes first inside <worksheet>, before <dimension> and <sheetViews>.
            if (!out.includes("<sheetPr"))
              out = out.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
            // autoFilter follows sheetData (and would precede mergeCells, pageMargins, pageSetup).
            if (!out.includes("<autoFilter"))
              out = out.replace(/(<\/sheetData>|<sheetData\/>)/, `$1<autoFilter ref="${ref}"/>`);
            out = out.replace(/<pageSetup\b([^>]*?)\/>/, (_m, attrs: string) =>
              attrs.includes("fitToWidth") ? _m : `<pageSetup${attrs} fitToWidth="1" fitToHeight="0"/>`,
            );
            return out;
          },
        },
        "xl/workbook.xml": {
          transform(xml: string, options: readonly { sheet?: string }[]) {
            const names: string[] = [];
            options.forEach((o, i) => {
              const s = o.sheet === undefined ? undefined : byName.get(o.sheet);
              if (!s || s.rows < 1 || s.columns < 1) return;
              const q = escapeXml(quoteSheet(s.sheet));
              const last = columnLetters(s.columns - 1);
              names.push(
                `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${q}!$A$1:$${last}$${s.rows}</definedName>`,
                `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${q}!$1:$1</definedName>`,
              );
            });
            if (names.length === 0) return xml;
            // write-excel-file writes an empty <definedNames/>; fill it, add to a filled one, or add one after <sheets>.
            if (xml.includes("<definedNames/>"))
              return xml.replace("<definedNames/>", `<definedNames>${names.join("")}</definedNames>`);
            if (xml.includes("</definedNames>"))
              return xml.replace("</definedNames>", `${names.join("")}</definedNames>`);
            return xml.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
          },
        },
      },
    },
  };
}
