import type { Scorecard, ScorecardRow } from "@kpikit/core";
import {
  CHANGE_LABEL,
  CHANGE_MEANING,
  CHANGE_ORDER,
  groupDataQuality,
  hasFigure,
  RAG_LABEL,
  RAG_ORDER,
} from "@kpikit/core";
import { planMarkdown } from "./markdown-plan.js";
import { markdownCell as cell } from "./markdown-text.js";
import { bySection, flatRow } from "./row-fields.js";

/** A long date in words, "19 January 2021", from an ISO day. */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

const HEADER =
  "| Indicator | Rating | Current | Previous | Change | Change rating | Neighbour average | Region | England | High performers | Rank | Of | Target | Benchmarks for |";
const ALIGN = "|---|---|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|---|";

/** A rating and its reason in one cell; a reason that starts with the rating's label ("Not rated: …") says it once. */
function ratedCell(label: string, reason: string): string {
  const own = reason.startsWith(`${label}: `) ? reason.slice(label.length + 2) : reason;
  return `**${cell(label)}**: ${cell(own)}`;
}

function rowLine(row: ScorecardRow): string {
  const f = flatRow(row);
  const high = f.highPerformers
    ? `${f.highPerformers} (${f.highPerformersLabel})`
    : [
        f.topQuartile ? `${f.topQuartile} (top quartile)` : "",
        f.bestNeighbour ? `${f.bestNeighbour} (best neighbour: ${f.bestNeighbourName})` : "",
      ]
        .filter(Boolean)
        .join("; ");
  const title = row.smallNumbers ? `${f.title} (${row.smallNumbers.reason})` : f.title;
  return `| ${[
    cell(title),
    ratedCell(f.rag, f.ragReason),
    cell(f.current ? `${f.current} (${f.currentPeriod})` : ""),
    cell(f.previous ? `${f.previous} (${f.previousPeriod})` : ""),
    cell(f.change),
    ratedCell(f.changeRating, f.changeRatingReason),
    cell(f.neighbours),
    cell(f.region ? `${f.region} (${f.regionName})` : ""),
    cell(f.england),
    cell(high),
    cell(f.rankValue === null ? "" : `${f.rankValue}${f.band ? ` (band ${f.band})` : ""}`),
    cell(f.rankOf === null ? "" : String(f.rankOf)),
    cell(f.target),
    cell(f.benchmarkPeriod),
  ].join(" | ")} |`;
}

/** A row's note and its figures' notes (how a local figure was read, a range kept), escaped; "" when none. */
function rowNotes(row: ScorecardRow): string {
  const figure = (label: string, o: ScorecardRow["current"]) =>
    o?.note ? `${label} (${cell(o.period.label)}): ${cell(o.note)}` : "";
  return [
    row.note ? cell(row.note) : "",
    figure("current figure", row.current),
    figure("previous figure", row.previous),
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * The Scorecard as Markdown: summary, a table per section (both ratings with their reasons and the comparisons as
 * columns) with a notes list under each table (the row's note and its figures' notes), indicators with no figure listed once, the key, glossary, sources and data notes one line per
 * indicator (in full in the JSON, CSV and XLSX). Every text from the Scorecard is escaped as the HTML report escapes it (`markdownCell`).
 */
export function scorecardMarkdown(scorecard: Scorecard): string {
  const out: string[] = [];
  out.push(`# ${cell(scorecard.title)}`, "");
  out.push(
    `${cell(scorecard.area.name)} (${cell(scorecard.area.code)}). Report date: ${longDate(scorecard.generated)}.${scorecard.period ? ` Data as at ${cell(scorecard.period.label)}.` : ""}`,
    "",
  );
  const c = scorecard.summary.counts;
  const counts = RAG_ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${RAG_LABEL[s].toLowerCase()}`);
  out.push("## Summary", "");
  out.push(`- Ratings: ${counts.join(", ") || "none"}`);
  out.push(`- Improving: ${scorecard.summary.improving}; worsening: ${scorecard.summary.worsening}`);
  const byId = new Map(scorecard.rows.map((r) => [r.indicator.id, r] as const));
  const title = (id: string) => {
    const r = byId.get(id);
    if (!r) return cell(id);
    return `${cell(r.indicator.shortTitle)}${r.smallNumbers ? ` (${cell(r.smallNumbers.reason)})` : ""}`;
  };
  if (scorecard.summary.biggestImprovements.length > 0)
    out.push(`- Biggest improvements: ${scorecard.summary.biggestImprovements.map(title).join("; ")}`);
  if (scorecard.summary.biggestDeteriorations.length > 0)
    out.push(`- Biggest deteriorations: ${scorecard.summary.biggestDeteriorations.map(title).join("; ")}`);
  out.push("");
  for (const group of bySection(scorecard)) {
    const rows = group.rows.filter(hasFigure);
    if (rows.length === 0) continue;
    out.push(`## ${cell(group.section || "Indicators")}`, "", HEADER, ALIGN);
    for (const row of rows) out.push(rowLine(row));
    out.push("");
    const noted = rows.flatMap((row) => {
      const notes = rowNotes(row);
      return notes ? [`- **${cell(row.indicator.shortTitle)}**: ${notes}`] : [];
    });
    if (noted.length > 0) out.push("Notes:", "", ...noted, "");
  }
  const missing = scorecard.rows.filter((r) => !hasFigure(r));
  if (missing.length > 0)
    out.push(
      `No figure for ${cell(scorecard.area.name)}: ${missing.map((r) => cell(r.indicator.title)).join("; ")}.`,
      "",
    );
  if (scorecard.plan) out.push(...planMarkdown(scorecard.plan));
  out.push("## Key", "");
  if (scorecard.keyRules && scorecard.keyRules.length > 0) {
    out.push(
      "The figure's rating: the rules are tried in this order; the first that can rate an indicator decides.",
      "",
    );
    scorecard.keyRules.forEach((rule, i) => {
      out.push(
        `${i + 1}. ${cell(rule.title)}: ${rule.entries.map((e) => `**${cell(e.label)}** ${cell(e.meaning)}`).join("; ")}`,
      );
    });
    const notRated = scorecard.key.find((k) => k.status === "not-rated");
    if (notRated)
      out.push("", `**${cell(notRated.label)}**: ${cell(notRated.meaning.replace(/^Not rated: /, ""))}`);
  } else {
    for (const k of scorecard.key)
      out.push(`- **${cell(k.label)}**: ${cell(k.meaning.replace(new RegExp(`^${k.label}: `), ""))}`);
  }
  out.push("", "The change's rating:", "");
  for (const s of CHANGE_ORDER) out.push(`- **${CHANGE_LABEL[s]}**: ${cell(CHANGE_MEANING[s])}`);
  out.push("");
  if (scorecard.glossary.length > 0) {
    out.push("## Glossary", "");
    for (const g of scorecard.glossary)
      out.push(
        `- **${cell(g.term)}**: ${cell(g.expansion)}${g.description ? `. ${cell(g.description)}` : ""}`,
      );
    out.push("");
  }
  out.push("## Sources", "");
  for (const p of scorecard.provenance)
    out.push(
      `- ${p.kind === "config" ? "The report's settings" : cell(p.name)}${p.date ? ` (${cell(p.date)})` : ""}${p.description ? `: ${cell(p.description)}` : ""}`,
    );
  out.push("");
  const groups = groupDataQuality(scorecard);
  if (groups.length > 0) {
    out.push("## Data quality notes", "");
    const where = (d: { source?: string; row?: number }) =>
      d.source ? ` (${cell(d.source)}${d.row ? ` row ${d.row}` : ""})` : "";
    for (const g of groups) {
      if (g.indicatorId === undefined) {
        for (const d of g.notes) out.push(`- ${cell(d.message)}${where(d)}`);
        continue;
      }
      out.push(`- **${cell(g.title ?? g.indicatorId)}**: ${cell(g.summary)}`);
    }
    out.push("");
  }
  return out.join("\n");
}
