import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { catalogue } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { resolveLa } from "../_lib/resolve.js";
import { csvText } from "../write/csv.js";
import { fixZipDates } from "../write/zip-dates.js";

/** The starter config `kpikit init` writes. */
export function starterConfig(la: { code: string; name: string }): string {
  return `# kpikit report config for ${la.name}. Every key is optional; see docs/cli.md.
title: ${la.name} children's services performance
la: "${la.code}"   # ${la.name}

# Rows in order, under section headings. Ids, LAIT ids, titles or aliases all work
# (\`kpikit catalogue\` lists them). Leave sections out to show every indicator with data.
sections:
  - title: Contact, referral and assessment
    indicators:
      - re-referrals-12m
      - { id: assessments-45wd, target: 85%, tolerance: 5 }
  - title: Child protection
    indicators:
      - cpp-repeat
      - cpp-ceased-2y
  - title: Children looked after
    indicators:
      - cla-long-term-stability
      - cla-distance-20m

comparators:
  neighbourModel: 2025      # or 2021
  aggregate: mean           # or median
  highPerformers: ofsted-outstanding   # or top-quartile, best-neighbour, or a list of LAs

# RAG rules, tried in order until one can rate a row.
rag:
  defaults:
    - { kind: target }
    - { kind: quartile }
    - { kind: direction }

# Your own acronyms, explained in the report's glossary.
glossary: []
`;
}

/** The sheets of the plan template: each header as `kpikit plan` reads it, and what goes under it. */
export const PLAN_TEMPLATE: readonly {
  readonly sheet: string;
  readonly columns: readonly (readonly [string, string])[];
}[] = [
  {
    sheet: "Actions",
    columns: [
      ["Action ref", "Hierarchical, e.g. 1.2; milestones, updates and indicators are joined on it"],
      [
        "Theme",
        "The priority or workstream (or put a heading row such as Priority 1: Workforce above its actions)",
      ],
      ["Source", "ILACS recommendation, monitoring visit, improvement notice, peer review or local"],
      ["Action", "What will be done"],
      ["Lead officer", "A role, e.g. Head of Service, Children in Care"],
      ["Start date", "31/03/2020, 2020-03-31, Mar 2020 (its first day) or Q4 2019/20"],
      ["Due date", "As the start date; a month or quarter means its last day; TBC when not set"],
      [
        "Status",
        "Not started, in progress, complete, ceased or deferred (done, on hold, withdrawn … are read)",
      ],
      ["% complete", "0 to 100"],
      ["RAG", "Your own rating (red, amber, green, blue), compared with the one kpikit computes"],
      ["Evidence of impact", "What has changed because of the action"],
      ["Latest update", "Progress in words"],
      ["Update date", "When the update was written"],
    ],
  },
  {
    sheet: "Milestones",
    columns: [
      ["Action ref", "The action the milestone belongs to"],
      ["Milestone", "A dated checkpoint"],
      ["Due", "Its due date"],
      ["Done", "Yes or no"],
    ],
  },
  {
    sheet: "Updates",
    columns: [
      ["Action ref", "The action"],
      ["Date", "When"],
      ["Update", "Progress in words"],
    ],
  },
  {
    sheet: "Indicators",
    columns: [
      ["Action ref", "The action meant to move the indicator"],
      ["Indicator", "An id, LAIT id, title or alias (kpikit catalogue lists them)"],
      ["Target", "Where it should be, in its unit (18 for 18%)"],
      ["Target date", "By when"],
      [
        "Tolerance",
        "How far behind the trajectory is still amber (default 2 points for a percentage, else 5% of the target)",
      ],
    ],
  },
];

async function writePlanTemplate(ctx: CommandContext, dir: string): Promise<number> {
  const path = join(dir, "improvement-plan.xlsx");
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && ctx.values.force !== true)
    throw usageError(`${path} already exists; use --force to overwrite it`);
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const bold = (value: string) => ({ value, type: String, fontWeight: "bold" as const });
  const sheets = [
    ...PLAN_TEMPLATE.map((t) => ({
      sheet: t.sheet,
      data: [t.columns.map(([name]) => bold(name))],
      stickyRowsCount: 1,
      columns: t.columns.map(([name]) => ({ width: Math.max(14, name.length + 4) })),
    })),
    {
      sheet: "Guide",
      data: [
        [bold("Sheet"), bold("Column"), bold("What goes in it")],
        ...PLAN_TEMPLATE.flatMap((t) =>
          t.columns.map(([name, what]) => [t.sheet, name, what].map((value) => ({ value, type: String }))),
        ),
      ],
      columns: [{ width: 12 }, { width: 20 }, { width: 100 }],
    },
  ];
  const xlsx = await writeXlsxFile(sheets as never).toBuffer();
  await writeFilesAtomically([{ path, content: fixZipDates(new Uint8Array(xlsx), "2000-01-01") }]);
  if (ctx.globals.json) ctx.io.stdout(`${JSON.stringify({ files: [path] }, null, 2)}\n`);
  else if (!ctx.globals.quiet) {
    ctx.io.stderr(`Wrote ${path} (sheets Actions, Milestones, Updates, Indicators and a Guide)\n`);
    ctx.io.stderr(`Then: kpikit plan ${path} --today <meeting date>\n`);
  }
  return 0;
}

/**
 * `kpikit init --la <la>`: a starter config and local-figures templates (CSV and XLSX); `--from <table>`: the
 * council's own table as local-figures.csv and a config for its rows; `--plan`: a plan template.
 */
export async function run(ctx: CommandContext): Promise<number> {
  if (ctx.values.plan === true) {
    return writePlanTemplate(
      ctx,
      resolve(ctx.io.cwd, typeof ctx.values.dir === "string" ? ctx.values.dir : "."),
    );
  }
  if (typeof ctx.values.la !== "string")
    throw usageError("init: give --la <code|name> (or --plan for a plan template)");
  const la = resolveLa(ctx.values.la);
  const dir = resolve(ctx.io.cwd, typeof ctx.values.dir === "string" ? ctx.values.dir : ".");
  if (typeof ctx.values.from === "string") {
    const { initFrom } = await import("./init-from.js");
    return initFrom(ctx, la, ctx.values.from, resolve(ctx.io.cwd, ctx.values.from), dir);
  }
  const paths = {
    config: join(dir, "kpikit.config.yaml"),
    csv: join(dir, "local-figures.csv"),
    xlsx: join(dir, "local-figures.xlsx"),
  };
  if (ctx.values.force !== true) {
    for (const p of Object.values(paths)) {
      if (
        await access(p).then(
          () => true,
          () => false,
        )
      )
        throw usageError(`${p} already exists; use --force to overwrite it`);
    }
  }
  const header = ["indicator", "period", "value", "numerator", "denominator", "target", "note"];
  const rows = catalogue.map((d) => [d.id, "", "", "", "", "", d.title]);
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const head = header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const }));
  const textCell = (value: string) => ({ value, type: String, format: "@" });
  const sheet = [
    head,
    ...catalogue.map((d) => [
      textCell(d.id),
      textCell(""),
      textCell(""),
      null,
      null,
      textCell(""),
      textCell(d.title),
    ]),
  ];
  const xlsx = await writeXlsxFile(sheet as never, {
    sheet: "Local figures",
    stickyRowsCount: 1,
    columns: [
      { width: 30 },
      { width: 16 },
      { width: 10 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 70 },
    ],
  }).toBuffer();
  await writeFilesAtomically([
    { path: paths.config, content: starterConfig(la) },
    { path: paths.csv, content: csvText(header, rows) },
    { path: paths.xlsx, content: fixZipDates(new Uint8Array(xlsx), "2000-01-01") },
  ]);
  if (ctx.globals.json)
    ctx.io.stdout(
      `${JSON.stringify({ la: { code: la.code, name: la.name }, files: Object.values(paths) }, null, 2)}\n`,
    );
  else if (!ctx.globals.quiet) {
    ctx.io.stderr(
      `Wrote ${paths.config}\nWrote ${paths.csv} and ${paths.xlsx} (${catalogue.length} indicators: fill in period and value; rows left empty are ignored)\n`,
    );
    ctx.io.stderr(
      `Then: kpikit report --la ${la.code} --local ${paths.csv} --config ${paths.config} --out report.html\n`,
    );
  }
  return 0;
}
