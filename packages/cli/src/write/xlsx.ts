import type { RagStatus, Scorecard, Unit } from "@kpikit/core";
import { RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { flatRow } from "./row-fields.js";
import type { Cell, Fill } from "./xlsx-cell.js";
import { planSheets } from "./xlsx-plan.js";
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

/** The Scorecard as an XLSX workbook: Scorecard (frozen header, rated cells filled and labelled), Key, Glossary, Data, the plan's sheets when there is one, Notes. */
export async function scorecardXlsx(scorecard: Scorecard): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const header = [
    "Section",
    "Indicator",
    "Polarity",
    "Period",
    "Value",
    "Previous period",
    "Previous value",
    "Change",
    "Direction of travel",
    "Neighbour average",
    "Region",
    "England",
    "Top quartile threshold",
    "National rank",
    "Band",
    "Target",
    "Rating",
    "Why this rating",
    "Direction reason",
  ];
  const main: Cell[][] = [header.map(head)];
  for (const row of scorecard.rows) {
    const f = flatRow(row);
    const fmt = numberFormat(row.indicator.unit, row.indicator.decimals);
    main.push([
      text(f.section),
      text(f.title),
      text(f.polarity),
      text(f.currentPeriod),
      f.currentValue === null ? text(f.current) : num(f.currentValue, fmt),
      text(f.previousPeriod),
      f.previousValue === null ? text(f.previous) : num(f.previousValue, fmt),
      text(f.change),
      text(f.direction),
      num(f.neighboursValue, fmt),
      num(f.regionValue, fmt),
      num(f.englandValue, fmt),
      num(f.topQuartileValue, fmt),
      text(f.rank),
      text(f.band),
      num(f.targetValue, fmt),
      { value: f.rag, type: String, fontWeight: "bold", ...RAG_FILL[f.ragStatus] },
      text(f.ragReason, { wrap: true }),
      text(f.directionReason, { wrap: true }),
    ]);
  }
  const key: Cell[][] = [
    [head("Rating"), head("Meaning")],
    ...scorecard.key.map((k) => [
      { value: k.label, type: String, fontWeight: "bold" as const, ...RAG_FILL[k.status] },
      text(k.meaning, { wrap: true }),
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
    ],
  ];
  for (const row of scorecard.rows) {
    const fmt = numberFormat(row.indicator.unit, row.indicator.decimals);
    for (const p of row.trend) {
      data.push([
        text(row.indicator.id),
        text(row.indicator.title),
        text(p.period.label),
        text(p.period.start),
        text(p.period.end),
        num(p.value, fmt),
        text(p.display),
        text(p.status),
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
        columns: widths([18, 40, 16, 14, 10, 14, 10, 11, 16, 11, 10, 10, 12, 12, 6, 10, 11, 50, 50]),
      },
      { data: key as never, sheet: "Key", stickyRowsCount: 1, columns: widths([12, 80]) },
      { data: glossary as never, sheet: "Glossary", stickyRowsCount: 1, columns: widths([12, 45, 70]) },
      {
        data: data as never,
        sheet: "Data",
        stickyRowsCount: 1,
        columns: widths([28, 40, 18, 11, 11, 10, 12, 14]),
      },
      ...(scorecard.plan ? planSheets(scorecard.plan, RAG_FILL) : []),
      { data: notes as never, sheet: "Notes", columns: widths([20, 100]) },
    ],
    { fontFamily: "Arial", fontSize: 11 },
  ).toBuffer();
  // The ZIP container stamps each part with the clock; use the Scorecard's date instead (deterministic output).
  return fixZipDates(new Uint8Array(buffer), scorecard.generated);
}
