// Mutations of a valid file: the broken and hostile forms real files take (shifted rows, stray quotes, lost
// headers, cut files, mixed line ends, junk bytes, unclosed tags, YAML bombs, markup in cells).
import fc from "fast-check";
import { HTML_PROBES } from "./formats.js";

/** A change to a file's text; `preservesRows` when every data row must still be read, and read the same. */
export interface Mutation {
  readonly name: string;
  readonly preservesRows: boolean;
  readonly apply: (text: string) => string;
}

const lines = (text: string) => text.split("\n");
const at = (n: number, f: number) => Math.min(n - 1, Math.max(0, Math.floor(f * n)));
const frac = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Markup put at the end of a line (a cell's text, or a YAML value). */
const markup: fc.Arbitrary<Mutation> = fc.tuple(frac, fc.constantFrom(...HTML_PROBES)).map(([p, probe]) => ({
  name: "markup in a cell",
  preservesRows: false,
  apply: (text: string) => {
    const ls = lines(text);
    const i = Math.max(1, at(ls.length, p));
    ls[i] = `${ls[i] ?? ""}${probe}`;
    return ls.join("\n");
  },
}));

/** Mutations that keep every row in any format: line ends, BOM, blank lines. */
const keeping: fc.Arbitrary<Mutation>[] = [
  fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 8 }).map((ends) => ({
    name: `line ends ${JSON.stringify(ends)}`,
    preservesRows: true,
    apply: (text: string) => {
      let i = 0;
      return text.replace(/\n/g, () => ends[i++ % ends.length] ?? "\n");
    },
  })),
  fc.constant({ name: "BOM", preservesRows: true, apply: (text: string) => `\uFEFF${text}` }),
  fc.constantFrom("\n\n", "\r\n\r\n", "\n \n").map((tail) => ({
    name: `blank tail ${JSON.stringify(tail)}`,
    preservesRows: true,
    apply: (text: string) => `${text}${tail}`,
  })),
];

/** Mutations that keep every row of a CSV. */
const keepingCsv: fc.Arbitrary<Mutation>[] = [
  fc.constantFrom("\n,,,,\n", ",,\r\n", "\n\t\t\n").map((tail) => ({
    name: `empty cells tail ${JSON.stringify(tail)}`,
    preservesRows: true,
    apply: (text: string) => `${text}${tail}`,
  })),
];

/** Mutations of any text. */
const damaging: fc.Arbitrary<Mutation>[] = [
  fc.tuple(frac, frac).map(([l, c]) => ({
    name: `drop a cell (line ${l.toFixed(2)}, cell ${c.toFixed(2)})`,
    preservesRows: false,
    apply: (text: string) => {
      const ls = lines(text);
      const i = at(ls.length, l);
      const cells = (ls[i] ?? "").split(",");
      if (cells.length > 1) cells.splice(at(cells.length, c), 1);
      ls[i] = cells.join(",");
      return ls.join("\n");
    },
  })),
  fc.tuple(frac, frac, fc.constantFrom("", "x", "999", "01/01/2020")).map(([l, c, extra]) => ({
    name: `extra cell ${JSON.stringify(extra)}`,
    preservesRows: false,
    apply: (text: string) => {
      const ls = lines(text);
      const i = at(ls.length, l);
      const cells = (ls[i] ?? "").split(",");
      cells.splice(at(cells.length + 1, c), 0, extra);
      ls[i] = cells.join(",");
      return ls.join("\n");
    },
  })),
  fc.tuple(frac, fc.constantFrom('"', "'", '""', '"x')).map(([p, q]) => ({
    name: `stray ${q}`,
    preservesRows: false,
    apply: (text: string) => {
      const i = at(text.length + 1, p);
      return `${text.slice(0, i)}${q}${text.slice(i)}`;
    },
  })),
  fc.constant({
    name: "no header row",
    preservesRows: false,
    apply: (text: string) => lines(text).slice(1).join("\n"),
  }),
  frac.map((p) => ({
    name: `cut at ${p.toFixed(2)}`,
    preservesRows: false,
    apply: (text: string) => text.slice(0, at(text.length + 1, p)),
  })),
  fc.tuple(frac, fc.constantFrom("delete", "duplicate", "swap")).map(([l, op]) => ({
    name: `${op} a line`,
    preservesRows: false,
    apply: (text: string) => {
      const ls = lines(text);
      const i = at(ls.length, l);
      if (op === "delete") ls.splice(i, 1);
      else if (op === "duplicate") ls.splice(i, 0, ls[i] ?? "");
      else [ls[i], ls[0]] = [ls[0] ?? "", ls[i] ?? ""];
      return ls.join("\n");
    },
  })),
  fc
    .tuple(
      frac,
      fc.constantFrom(
        "\u0000",
        "\u0007\u0008",
        "\ufffd\ufffd",
        "\u00e9",
        "\u202e",
        "PK\u0003\u0004",
        "\uFEFF",
      ),
    )
    .map(([p, junk]) => ({
      name: `junk ${JSON.stringify(junk)}`,
      preservesRows: false,
      apply: (text: string) => {
        const i = at(text.length + 1, p);
        return `${text.slice(0, i)}${junk}${text.slice(i)}`;
      },
    })),
  fc.tuple(frac, fc.string({ minLength: 1, maxLength: 3, unit: "binary" })).map(([p, s]) => ({
    name: `overwrite with ${JSON.stringify(s)}`,
    preservesRows: false,
    apply: (text: string) => {
      const i = at(text.length + 1, p);
      return `${text.slice(0, i)}${s}${text.slice(i + s.length)}`;
    },
  })),
  fc.constantFrom(";", "\t", "|").map((d) => ({
    name: `separator ${JSON.stringify(d)}`,
    preservesRows: false,
    apply: (text: string) => text.replace(/,/g, d),
  })),
  markup,
  // A cell replaced by the name of an Object property: code that looks text up in a plain object breaks on it.
  fc
    .tuple(frac, frac, fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty", "prototype"))
    .map(([l, c, name]) => ({
      name: `cell ${JSON.stringify(name)}`,
      preservesRows: false,
      apply: (text: string) => {
        const ls = lines(text);
        const i = Math.max(1, at(ls.length, l));
        const cells = (ls[i] ?? "").split(",");
        cells[at(cells.length, c)] = name;
        ls[i] = cells.join(",");
        return ls.join("\n");
      },
    })),
  fc.constantFrom("", " ", "\n", "\uFEFF", "\r\n\r\n").map((t) => ({
    name: `only ${JSON.stringify(t)}`,
    preservesRows: false,
    apply: () => t,
  })),
];

/** Mutations of XML. */
const xml: fc.Arbitrary<Mutation>[] = [
  frac.map((p) => ({
    name: "a tag loses its >",
    preservesRows: false,
    apply: (text: string) => {
      const closes = [...text.matchAll(/>/g)].map((m) => m.index ?? 0);
      const i = closes[at(closes.length, p)];
      return i === undefined ? text : `${text.slice(0, i)}${text.slice(i + 1)}`;
    },
  })),
  frac.map((p) => ({
    name: "a closing tag lost",
    preservesRows: false,
    apply: (text: string) => {
      const tags = [...text.matchAll(/<\/[A-Za-z0-9_]+>/g)];
      const m = tags[at(tags.length, p)];
      return m?.index === undefined ? text : `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`;
    },
  })),
  fc
    .constantFrom(
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
      '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
      "<!-- unclosed comment",
      "<![CDATA[ <Child> ]]>",
      "&bogus;&#xFFFFFF;&#0;",
      "<Child><Child><Child>",
    )
    .map((insert) => ({
      name: `XML ${insert.slice(0, 12)}`,
      preservesRows: false,
      apply: (text: string) => {
        const i = text.indexOf(">") + 1;
        return `${text.slice(0, i)}${insert}${text.slice(i)}`;
      },
    })),
  fc.integer({ min: 50, max: 5000 }).map((depth) => ({
    name: `elements ${depth} deep`,
    preservesRows: false,
    apply: (text: string) => {
      const i = text.lastIndexOf("</");
      return i < 0
        ? text
        : `${text.slice(0, i)}${"<a>".repeat(depth)}${"</a>".repeat(depth)}${text.slice(i)}`;
    },
  })),
  fc.tuple(frac, frac).map(([a, b]) => ({
    name: "text moved to another element",
    preservesRows: false,
    apply: (text: string) => {
      const values = [...text.matchAll(/>([^<>\s][^<>]*)</g)];
      const from = values[at(values.length, a)];
      const to = values[at(values.length, b)];
      if (from?.index === undefined || to?.index === undefined || from === to) return text;
      const [x, y] = from.index < to.index ? [from, to] : [to, from];
      const xs = (x.index ?? 0) + 1;
      const ys = (y.index ?? 0) + 1;
      return `${text.slice(0, xs)}${y[1]}${text.slice(xs + (x[1] ?? "").length, ys)}${x[1]}${text.slice(ys + (y[1] ?? "").length)}`;
    },
  })),
];

/** Mutations of YAML. */
const yaml: fc.Arbitrary<Mutation>[] = [
  fc
    .constantFrom(
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      `deep: ${"[".repeat(3000)}${"]".repeat(3000)}\n`,
      `deep: ${"{a: ".repeat(200)}1${"}".repeat(200)}\n`,
      "title: again\n",
      "\ttitle: tabbed\n",
      "<<: *nowhere\n",
      "--- !!binary |\n  R0lGODlhAQABAAAAACw=\n",
      "title: !!js/function 'function () {}'\n",
      "? [a, b]\n: c\n",
    )
    .map((y) => ({
      name: `YAML ${JSON.stringify(y.slice(0, 16))}`,
      preservesRows: false,
      apply: (text: string) => `${text}${y}`,
    })),
];

/**
 * Mutations for a format: `csv` (also TSV and plan sheets), `xml` or `yaml`, one to three applied in turn; or
 * `report`, for the files of a whole report: mostly markup and reformatting, so that most reports are written.
 */
export function mutations(format: "csv" | "xml" | "yaml" | "report"): fc.Arbitrary<readonly Mutation[]> {
  if (format === "report")
    return fc.array(
      fc.oneof(
        { weight: 4, arbitrary: markup },
        { weight: 2, arbitrary: fc.oneof(...keeping) },
        { weight: 1, arbitrary: fc.oneof(...damaging) },
      ),
      { minLength: 1, maxLength: 2 },
    );
  const own = format === "xml" ? xml : format === "yaml" ? yaml : [];
  const keep = format === "csv" ? [...keeping, ...keepingCsv] : keeping;
  const one = fc.oneof(
    { weight: 2, arbitrary: fc.oneof(...keep) },
    { weight: 5, arbitrary: fc.oneof(...damaging) },
    ...(own.length > 0 ? [{ weight: 4, arbitrary: fc.oneof(...own) }] : []),
  );
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

/** Applies mutations to a text; the rows are kept only when every mutation keeps them. */
export function mutate(
  text: string,
  ms: readonly Mutation[],
): { text: string; preservesRows: boolean; names: string } {
  return {
    text: ms.reduce((t, m) => m.apply(t), text),
    preservesRows: ms.every((m) => m.preservesRows),
    names: ms.map((m) => m.name).join(" + "),
  };
}
