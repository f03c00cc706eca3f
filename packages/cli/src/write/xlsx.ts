import type { RagStatus, Scorecard, Unit } from "@kpikit/core";
import { CHANGE_LABEL, CHANGE_MEANING, CHANGE_ORDER, RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { flatRow } from "./row-fields.js";
import type { Cell, Fill } from "./xlsx-cell.js";
import { planSheets } from "./xlsx-plan.js";
import { printAndFilterFeature } from "./xlsx-print.js";
import { fixZipDates } from "./zip-dates.js";

/** Cell fills for ratings: a tint with dark text (the label is always written too). */
export const RAG_FILL: Readonly<Record<RagStatus, Fill>> = {
  red: { backgroundColor: "#F4CDC6", textColor: "#2A0B06" },
  amber: { backgroundColor: "#FFE9A8", textColor: "#3D2A00" },
  green: { backgroundColor: "#CCE2D8", textColor: "#005A30" },
  blue: { backgroundColor: "#D2E2F1", textColor: "#0B0C0C" },
  "not-rated": { backgroundColor: "#F3F2F1", textColor: "#0B0C0C" },
};

/**
 * Excel number format for a unit, keeping values on the Scorecard's scale (18.9 for 18.9%).
 * @example
 * numberFormat("percent", 1) //=> '0.0"%"'
 */
export function numberFormat(unit: Unit, decimals: number): string {
  const base = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  switch (unit) {
    case "percent":
      return `${decimals > 0 ? `0.${"0".repeat(decimals)}` : "0"}"%"`;
    case "days":
      return `${base}" days"`;
    case "weeks":
      return `${base}" weeks"`;
    default:
      return base;
  }
}

const text = (value: string, extra: Partial<Exclude<Cell, null>> = {}): Cell =>
  value === "" ? null : { value, type: String, ...extra };
const num = (value: number | null, format: string): Cell =>
  value === null ? null : { value, type: Number, format };
const head = (value: string): Cell => ({
  value,
  type: String,
  fontWeight: "bold",
  backgroundColor: "#DDDDDD",
});

/**
 * The Scorecard as an XLSX workbook: Scorecard (frozen header, autofilter, A4 landscape one page wide with the header
 * repeated; both ratings labelled, the figure's filled; change, rank and "of N" as numbers; a notes column), Key (the
 * rules in the policy's order), Glossary, Data (every figure the Scorecard holds for the area, with counts, source
 * and note), the plan's sheets when there is one, Notes.
 */
export async function scorecardXlsx(scorecard: Scorecard): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const header = [
    "Section",
    "Indicator",
    "Polarity",
    "Rating",
    "Why this rating",
    "Period",
    "Value",
    "Previous period",
    "Previous value",
    "Change",
    "Change rating",
    "Why this change rating",
    "Benchmarks for",
    "Neighbour average",
    "Region",
    "England",
    "High performers",
    "Top quartile threshold",
    "Best neighbour",
    "National rank",
    "Of",
    "Band",
    "Target",
    "Notes",
  ];
  const main: Cell[][] = [header.map(head)];
  for (const row of scorecard.rows) {
    const f = flatRow(row);
    const fmt = numberFormat(row.indicator.unit, row.indicator.decimals);
    // The change as a number in the indicator's unit (points for percentages, so no % format).
    const changeFmt = numberFormat(
      row.indicator.unit === "percent" ? "ratio" : row.indicator.unit,
      row.indicator.decimals,
    );
    main.push([
      text(f.section),
      text(f.title),
      text(f.polarity),
      { value: f.rag, type: String, fontWeight: "bold", ...RAG_FILL[f.ragStatus] },
      text(f.ragReason, { wrap: true }),
      text(f.currentPeriod),
      f.currentValue === null ? text(f.current) : num(f.currentValue, fmt),
      text(f.previousPeriod),
      f.previousValue === null ? text(f.previous) : num(f.previousValue, fmt),
      num(f.changeValue, changeFmt),
      text(f.changeRating, { fontWeight: "bold" }),
      text(f.changeRatingReason, { wrap: true }),
      text(f.benchmarkPeriod),
      num(f.neighboursValue, fmt),
      num(f.regionValue, fmt),
      num(f.englandValue, fmt),
      num(f.highPerformersValue, fmt),
      num(f.topQuartileValue, fmt),
      num(f.bestNeighbourValue, fmt),
      num(f.rankValue, "0"),
      num(f.rankOf, "0"),
      text(f.band),
      num(f.targetValue, fmt),
      text(f.notes, { wrap: true }),
    ]);
  }
  // The figure's rating rules in the order the policy applies them, then what each change rating means.
  const rules = scorecard.keyRules ?? [];
  const key: Cell[][] = [
    [head("Rule"), head("Rating"), head("Meaning")],
    ...(rules.length > 0
      ? rules.flatMap((r, i) =>
          r.entries.map((e) => [
            text(`${i + 1}. ${r.title}`),
            { value: e.label, type: String, fontWeight: "bold" as const, ...RAG_FILL[e.status] },
            text(e.meaning, { wrap: true }),
          ]),
        )
      : scorecard.key.map((k) => [
          text("Figure"),
          { value: k.label, type: String, fontWeight: "bold" as const, ...RAG_FILL[k.status] },
          text(k.meaning.replace(`${k.label}: `, ""), { wrap: true }),
        ])),
    ...(rules.length > 0
      ? scorecard.key
          .filter((k) => k.status === "not-rated")
          .map((k) => [
            text("Otherwise"),
            { value: k.label, type: String, fontWeight: "bold" as const, ...RAG_FILL[k.status] },
            text(k.meaning.replace(`${k.label}: `, ""), { wrap: true }),
          ])
      : []),
    ...CHANGE_ORDER.map((s) => [
      text("Change"),
      text(CHANGE_LABEL[s], { fontWeight: "bold" }),
      text(CHANGE_MEANING[s], { wrap: true }),
    ]),
  ];
  const glossary: Cell[][] = [
    [head("Term"), head("Meaning"), head("Description")],
    ...scorecard.glossary.map((g) => [
      text(g.term),
      text(g.expansion),
      text(g.description ?? "", { wrap: true }),
    ]),
  ];
  const data: Cell[][] = [
    [
      head("Indicator id"),
      head("Indicator"),
      head("Period"),
      head("Start"),
      head("End"),
      head("Value"),
      head("Shown as"),
      head("Status"),
      head("Numerator"),
      head("Denominator"),
      head("Source"),
      head("Note"),
    ],
  ];
  // Every figure of the area's the Scorecard holds: the trend, and the current and previous figures where the
  // trend leaves them out (a baseline of another kind of period), oldest first.
  for (const row of scorecard.rows) {
    const fmt = numberFormat(row.indicator.unit, row.indicator.decimals);
    const seen = new Set<string>();
    const figures: {
      period: (typeof row.trend)[number]["period"];
      value: number | null;
      display: string;
      status: string;
      numerator?: number;
      denominator?: number;
      source?: string;
      note?: string;
    }[] = [];
    const add = (p: (typeof figures)[number]) => {
      const k = `${p.period.kind}|${p.period.start}|${p.period.end}`;
      if (seen.has(k)) {
        const i = figures.findIndex((x) => `${x.period.kind}|${x.period.start}|${x.period.end}` === k);
        if (i >= 0) figures[i] = { ...figures[i]!, ...p };
        return;
      }
      seen.add(k);
      figures.push(p);
    };
    for (const p of row.trend) add(p);
    if (row.previous) add(row.previous);
    if (row.current) add(row.current);
    figures.sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
    for (const p of figures) {
      data.push([
        text(row.indicator.id),
        text(row.indicator.title),
        text(p.period.label),
        text(p.period.start),
        text(p.period.end),
        num(p.value, fmt),
        text(p.display),
        text(p.status),
        num(p.numerator ?? null, "#,##0"),
        num(p.denominator ?? null, "#,##0"),
        text(p.source ?? ""),
        text(p.note ?? "", { wrap: true }),
      ]);
    }
  }
  const notes: Cell[][] = [
    [head("About"), head("")],
    [text("Title"), text(scorecard.title)],
    [text("Area"), text(`${scorecard.area.name} (${scorecard.area.code})`)],
    [text("As at"), text(scorecard.period?.label ?? "")],
    [text("Generated"), text(scorecard.generated)],
    [
      text("Counts"),
      text(RAG_ORDER.map((s) => `${RAG_LABEL[s]}: ${scorecard.summary.counts[s]}`).join(", ")),
    ],
    ...scorecard.provenance.map((p) => [
      text(`Source (${p.kind})`),
      text(`${p.name}${p.date ? ` (${p.date})` : ""}${p.description ? `: ${p.description}` : ""}`, {
        wrap: true,
      }),
    ]),
    ...scorecard.dataQuality.map((d) => [
      text("Data quality"),
      text(`${d.message}${d.source ? ` (${d.source}${d.row ? ` row ${d.row}` : ""})` : ""}`, { wrap: true }),
    ]),
  ];
  const widths = (ws: number[]) => ws.map((width) => ({ width }));
  const buffer = await writeXlsxFile(
    [
      {
        data: main as never,
        sheet: "Scorecard",
        stickyRowsCount: 1,
        columns: widths([
          18, 40, 16, 11, 50, 14, 10, 14, 10, 9, 14, 50, 14, 11, 10, 10, 11, 11, 11, 9, 6, 6, 10, 40,
        ]),
        orientation: "landscape",
      },
      { data: key as never, sheet: "Key", stickyRowsCount: 1, columns: widths([28, 22, 80]) },
      { data: glossary as never, sheet: "Glossary", stickyRowsCount: 1, columns: widths([12, 45, 70]) },
      {
        data: data as never,
        sheet: "Data",
        stickyRowsCount: 1,
        columns: widths([28, 40, 18, 11, 11, 10, 12, 14, 11, 11, 30, 40]),
        orientation: "landscape",
      },
      ...(scorecard.plan ? planSheets(scorecard.plan, RAG_FILL) : []),
      { data: notes as never, sheet: "Notes", columns: widths([20, 100]) },
    ],
    {
      fontFamily: "Arial",
      fontSize: 11,
      features: [
        printAndFilterFeature([
          { sheet: "Scorecard", rows: main.length, columns: header.length },
          { sheet: "Data", rows: data.length, columns: data[0]!.length },
        ]),
      ] as never,
    },
  ).toBuffer();
  // The ZIP container stamps each part with the clock; use the Scorecard's date instead (deterministic output).
  return fixZipDates(new Uint8Array(buffer), scorecard.generated);
}
