// Valid inputs for every reader, built from parts (never copied from the fixtures): each sample knows its data
// rows per file and the identifiers it holds, so the invariants can be checked after any mutation.
import fc from "fast-check";
import { childId, date, postcode, upn } from "./identifiers.js";

/** One input file. */
export interface SampleFile {
  readonly name: string;
  readonly text: string;
  /** Data rows (records after the header) the file holds, as written. */
  readonly rows: number;
}

/** A valid input for one reader. */
export interface Sample {
  readonly files: readonly SampleFile[];
  /** Child-level values in the files (IDs, UPNs, dates of birth, postcodes, every data cell of a returns table). */
  readonly identifiers: readonly string[];
}

/** Markup put into free-text cells, to be escaped in every output. */
export const HTML_PROBES = [
  "<script>fuzzProbe()</script>",
  '<img src=x onerror="fuzzProbe()">',
  '<a href="javascript:fuzzProbe()">x</a>',
  "<iframe srcdoc=fuzz></iframe>",
  "<svg onload=fuzzProbe()>",
] as const;

/** The raw forms of {@link HTML_PROBES} that must never appear in an output. */
export const RAW_HTML = [
  "<script>fuzzProbe",
  "<img src=x onerror",
  '<a href="javascript:fuzzProbe',
  "<iframe srcdoc",
  "<svg onload",
];

const csvCell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = (rows: readonly (readonly string[])[]) =>
  `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;

// Indicators whose unit is a percentage, with the period labels local files use for them.
const PERCENT_INDICATORS = [
  "re-referrals-12m",
  "assessments-45wd",
  "icpc-15wd",
  "cpp-repeat",
  "cla-3-placements",
];
const PERIODS = ["2018/19", "2019/20", "2020/21", "FY 21/22", "Year End 22/23", "2023/24", "2024/25"];
const freeText = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z ,.()'-]{0,30}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML_PROBES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  // Names of Object properties, which break code that looks text up in a plain object.
  {
    weight: 1,
    arbitrary: fc.constantFrom("constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"),
  },
);
const text = freeText.filter((t) => t.trim() !== "");
const percent = fc.integer({ min: 10, max: 950 }).map((n) => (n / 10).toFixed(1));

/** A long local figures CSV: `indicator, period, value` and optional numerator, denominator, target and note. */
export const localFigures: fc.Arbitrary<Sample> = fc
  .record({
    cells: fc.uniqueArray(fc.tuple(fc.constantFrom(...PERCENT_INDICATORS), fc.constantFrom(...PERIODS)), {
      minLength: 1,
      maxLength: 12,
      selector: ([i, p]) => `${i} ${p}`,
    }),
    values: fc.array(fc.tuple(percent, freeText), { minLength: 12, maxLength: 12 }),
    withNote: fc.boolean(),
    withTarget: fc.boolean(),
  })
  .map(({ cells, values, withNote, withTarget }) => {
    const header = [
      "indicator",
      "period",
      "value",
      ...(withTarget ? ["target"] : []),
      ...(withNote ? ["note"] : []),
    ];
    const rows = cells.map(([indicator, period], i) => {
      const [value, note] = values[i] ?? ["50", ""];
      return [indicator, period, value, ...(withTarget ? ["60"] : []), ...(withNote ? [note] : [])];
    });
    return {
      files: [{ name: "figures.csv", text: csvText([header, ...rows]), rows: rows.length }],
      identifiers: [],
    };
  });

/** A kpikit config with free text in its titles, sections and glossary. */
export const config: fc.Arbitrary<Sample> = fc
  .record({
    title: text,
    // Each indicator in one section at most (a second listing is an error of its own).
    sections: fc
      .shuffledSubarray(PERCENT_INDICATORS)
      .chain((ids) =>
        fc
          .array(text, { minLength: Math.min(1, ids.length), maxLength: Math.min(3, ids.length) })
          .map((titles) => titles.map((t, i) => [t, ids.filter((_, k) => k % titles.length === i)] as const)),
      ),
    glossary: fc.array(fc.tuple(fc.stringMatching(/^[A-Z]{2,6}$/), text), { maxLength: 3 }),
    aggregate: fc.constantFrom("mean", "median"),
  })
  .map(({ title, sections, glossary, aggregate }) => {
    const q = (s: string) => JSON.stringify(s);
    const lines = [
      `title: ${q(title)}`,
      "comparators:",
      `  aggregate: ${aggregate}`,
      ...(sections.length > 0 ? ["sections:"] : []),
      ...sections.flatMap(([t, ids]) => [
        `  - title: ${q(t)}`,
        "    indicators:",
        ...ids.map((id) => `      - ${id}`),
      ]),
      ...(glossary.length > 0 ? ["glossary:"] : []),
      ...glossary.map(([term, expansion]) => `  - { term: ${q(term)}, expansion: ${q(expansion)} }`),
    ];
    return {
      files: [{ name: "kpikit.config.yaml", text: `${lines.join("\n")}\n`, rows: 0 }],
      identifiers: [],
    };
  });

const ETHNIC = ["WBRI", "WIRI", "MWBC", "AIND", "BAFR", "CHNE", "OOTH"];
const dob = date(2006, 2020);
const child = fc.record({ id: childId, upn, dob, postcode, home: postcode });

/** A CIN census XML: header and children with identifiers, characteristics and a referral each. */
export const cinCensus: fc.Arbitrary<Sample> = fc
  .record({
    year: fc.integer({ min: 2021, max: 2025 }),
    children: fc.uniqueArray(child, { minLength: 1, maxLength: 6, selector: (c) => c.id }),
    referrals: fc.array(date(2021, 2024), { minLength: 6, maxLength: 6 }),
    indent: fc.constantFrom("", "  ", "\t"),
  })
  .map(({ year, children, referrals, indent }) => {
    const n = (d: number) => `\n${indent.repeat(d)}`;
    const el = (d: number, name: string, value: string) => `${n(d)}<${name}>${value}</${name}>`;
    const body = children
      .map((c, i) => {
        const ref = referrals[i] ?? { iso: `${year - 1}-06-01`, uk: "" };
        return [
          `${n(2)}<Child>`,
          `${n(3)}<ChildIdentifiers>`,
          el(4, "LAchildID", c.id),
          el(4, "UPN", c.upn),
          el(4, "PersonBirthDate", c.dob.iso),
          el(4, "Sex", i % 2 === 0 ? "M" : "F"),
          `${n(3)}</ChildIdentifiers>`,
          `${n(3)}<ChildCharacteristics>`,
          el(4, "Ethnicity", ETHNIC[i % ETHNIC.length] ?? "WBRI"),
          `${n(3)}</ChildCharacteristics>`,
          `${n(3)}<CINdetails>`,
          el(4, "CINreferralDate", ref.iso),
          el(4, "ReferralSource", "1A"),
          el(4, "PrimaryNeedCode", "N4"),
          el(4, "ReferralNFA", "false"),
          `${n(3)}</CINdetails>`,
          `${n(2)}</Child>`,
        ].join("");
      })
      .join("");
    const text = [
      "<Message>",
      `${n(1)}<Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year>`,
      `<ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>`,
      `${n(1)}<Children>${body}${n(1)}</Children>`,
      "\n</Message>\n",
    ].join("");
    const identifiers = children.flatMap((c) => [c.id, c.upn, c.dob.iso]);
    return { files: [{ name: "cin.xml", text, rows: children.length }], identifiers };
  });

/** SSDA903 header, episodes and missing tables for the same children. */
export const ssda903: fc.Arbitrary<Sample> = fc
  .record({
    children: fc.uniqueArray(child, { minLength: 1, maxLength: 6, selector: (c) => c.id }),
    starts: fc.array(date(2019, 2023), { minLength: 6, maxLength: 6 }),
    urns: fc.array(fc.integer({ min: 1_000_000, max: 9_999_999 }).map(String), {
      minLength: 6,
      maxLength: 6,
    }),
    missing: fc.boolean(),
  })
  .map(({ children, starts, urns, missing }) => {
    const header = [
      ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
      ...children.map((c, i) => [
        c.id,
        i % 2 === 0 ? "1" : "2",
        c.dob.uk,
        ETHNIC[i % ETHNIC.length] ?? "WBRI",
        c.upn,
        "",
        "",
      ]),
    ];
    const episodes = [
      [
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
      ],
      ...children.map((c, i) => [
        c.id,
        starts[i]?.uk ?? "01/04/2022",
        "S",
        "C2",
        "N1",
        "U1",
        "PR1",
        "",
        "",
        "",
        c.home,
        c.postcode,
        urns[i] ?? "1234567",
      ]),
    ];
    const missingRows = [
      ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
      ...children.slice(0, 2).map((c, i) => [c.id, c.dob.uk, "M", starts[i]?.uk ?? "01/04/2022", ""]),
    ];
    const files = [
      { name: "header.csv", text: csvText(header), rows: header.length - 1 },
      { name: "episodes.csv", text: csvText(episodes), rows: episodes.length - 1 },
      ...(missing ? [{ name: "missing.csv", text: csvText(missingRows), rows: missingRows.length - 1 }] : []),
    ];
    // Every data cell of these tables is child-level: none may be quoted in a message.
    const identifiers = [...header.slice(1), ...episodes.slice(1), ...missingRows.slice(1)].flat();
    return { files, identifiers };
  });

/** The SSDA903 XML layout (`<EXPSSDA903><CHILD><HEADER>…<EPISODE>…`). */
export const ssda903Xml: fc.Arbitrary<Sample> = fc
  .record({
    children: fc.uniqueArray(child, { minLength: 1, maxLength: 5, selector: (c) => c.id }),
    starts: fc.array(date(2019, 2023), { minLength: 5, maxLength: 5 }),
  })
  .map(({ children, starts }) => {
    const body = children
      .map(
        (c, i) =>
          `<CHILD><HEADER><CHILDID>${c.id}</CHILDID><UPN>${c.upn}</UPN><SEX>1</SEX><DOB>${c.dob.uk}</DOB><ETHNIC>WBRI</ETHNIC><MOTHER /><MC_DOB /></HEADER>` +
          `<EPISODE><DECOM>${starts[i]?.uk ?? "01/04/2022"}</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PL_POST>${c.postcode}</PL_POST><HOME_POST>${c.home}</HOME_POST><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD>\n`,
      )
      .join("");
    const text = `<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903>\n${body}</EXPSSDA903>\n`;
    const identifiers = children.flatMap((c) => [c.id, c.upn, c.dob.uk, c.postcode, c.home]);
    return { files: [{ name: "ssda903.xml", text, rows: children.length }], identifiers };
  });

// Real LA codes and names (a few regions), for the published tables.
const LAS = [
  ["865", "E06000054", "Wiltshire", "E12000009"],
  ["800", "E06000022", "Bath and North East Somerset", "E12000009"],
  ["801", "E06000023", "Bristol, City of", "E12000009"],
  ["866", "E06000030", "Swindon", "E12000009"],
  ["202", "E09000007", "Camden", "E12000007"],
  ["330", "E08000025", "Birmingham", "E12000005"],
] as const;

/** An EES c1 table (referrals and re-referrals) for some LAs in some years. */
export const eesCsv: fc.Arbitrary<Sample> = fc
  .record({
    rows: fc.uniqueArray(fc.tuple(fc.constantFrom(...LAS), fc.integer({ min: 2019, max: 2025 })), {
      minLength: 1,
      maxLength: 10,
      selector: ([la, y]) => `${la[0]} ${y}`,
    }),
    counts: fc.array(fc.tuple(fc.integer({ min: 100, max: 9000 }), fc.integer({ min: 0, max: 100 })), {
      minLength: 10,
      maxLength: 10,
    }),
  })
  .map(({ rows, counts }) => {
    const header = [
      "time_period",
      "time_identifier",
      "geographic_level",
      "country_code",
      "region_code",
      "old_la_code",
      "new_la_code",
      "la_name",
      "referral_count",
      "rereferral_count",
      "rereferral_percent",
    ];
    const data = rows.map(([[code, ons, name, region], year], i) => {
      const [referrals, pct] = counts[i] ?? [1000, 20];
      const rereferrals = Math.round((referrals * pct) / 100);
      return [
        String(year),
        "Reporting year",
        "Local authority",
        "E92000001",
        region,
        code,
        ons,
        name,
        String(referrals),
        String(rereferrals),
        ((rereferrals / referrals) * 100).toFixed(1),
      ];
    });
    return {
      files: [{ name: "c1.csv", text: csvText([header, ...data]), rows: data.length }],
      identifiers: [],
    };
  });

/** A LAIT export in the long layout. */
export const laitExport: fc.Arbitrary<Sample> = fc
  .record({
    rows: fc.uniqueArray(
      fc.tuple(
        fc.constantFrom("ReReferral", "CP_conf_15days", "PrevRegCPR"),
        fc.constantFrom(...LAS),
        fc.integer({ min: 2019, max: 2025 }),
      ),
      { minLength: 1, maxLength: 10, selector: ([m, la, y]) => `${m} ${la[0]} ${y}` },
    ),
    values: fc.array(fc.oneof(percent, fc.constantFrom("-", "c", "x", "..")), {
      minLength: 10,
      maxLength: 10,
    }),
  })
  .map(({ rows, values }) => {
    const data = rows.map(([m, [code, , name], y], i) => [m, String(y), code, name, values[i] ?? "20"]);
    return {
      files: [
        {
          name: "lait.csv",
          text: csvText([["measure_short", "year_label", "la_number", "area_name", "value_raw"], ...data]),
          rows: data.length,
        },
      ],
      identifiers: [],
    };
  });

/** An improvement plan's action sheet, as a CSV. */
export const planCsv: fc.Arbitrary<Sample> = fc
  .record({
    actions: fc.array(
      fc.record({
        text,
        owner: freeText,
        due: date(2019, 2024),
        status: fc.constantFrom("Not started", "In progress", "Complete", "On hold"),
        pct: fc.integer({ min: 0, max: 100 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    title: fc.boolean(),
  })
  .map(({ actions, title }) => {
    const rows = [
      ...(title ? [["Improvement plan 2019/20", "", "", "", "", ""]] : []),
      ["Action Ref", "Action", "Lead Officer", "Due", "Status", "% Complete"],
      ...actions.map((a, i) => [
        `${Math.floor(i / 3) + 1}.${(i % 3) + 1}`,
        a.text,
        a.owner,
        a.due.uk,
        a.status,
        `${a.pct}%`,
      ]),
    ];
    return { files: [{ name: "plan.csv", text: csvText(rows), rows: actions.length }], identifiers: [] };
  });
