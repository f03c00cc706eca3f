import type { Scorecard } from "@kpikit/core";
import { RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { planMarkdown } from "./markdown-plan.js";
import { bySection, flatRow } from "./row-fields.js";

const cell = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ") || "–";

/** The Scorecard as Markdown: summary, a table per section, the key, glossary, sources and data notes. */
export function scorecardMarkdown(scorecard: Scorecard): string {
  const out: string[] = [];
  out.push(`# ${scorecard.title}`, "");
  out.push(
    `${scorecard.area.name} (${scorecard.area.code})${scorecard.period ? `, as at ${scorecard.period.label}` : ""}. Generated ${scorecard.generated}.`,
    "",
  );
  const c = scorecard.summary.counts;
  const counts = RAG_ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${RAG_LABEL[s].toLowerCase()}`);
  out.push("## Summary", "");
  out.push(`- Ratings: ${counts.join(", ") || "none"}`);
  out.push(`- Improving: ${scorecard.summary.improving}; worsening: ${scorecard.summary.worsening}`);
  const title = (id: string) => scorecard.rows.find((r) => r.indicator.id === id)?.indicator.shortTitle ?? id;
  if (scorecard.summary.biggestImprovements.length > 0)
    out.push(`- Biggest improvements: ${scorecard.summary.biggestImprovements.map(title).join("; ")}`);
  if (scorecard.summary.biggestDeteriorations.length > 0)
    out.push(`- Biggest deteriorations: ${scorecard.summary.biggestDeteriorations.map(title).join("; ")}`);
  out.push("");
  for (const group of bySection(scorecard)) {
    out.push(`## ${group.section || "Indicators"}`, "");
    out.push(
      "| Indicator | Current | Previous | Change | Direction | Neighbours | England | Rank (band) | Target | Rating |",
    );
    out.push("|---|--:|--:|--:|---|--:|--:|--:|--:|---|");
    for (const row of group.rows) {
      const f = flatRow(row);
      out.push(
        `| ${cell(f.title)} | ${cell(f.current ? `${f.current} (${f.currentPeriod})` : "")} | ${cell(f.previous ? `${f.previous} (${f.previousPeriod})` : "")} | ${cell(f.change)} | ${cell(f.direction)} | ${cell(f.neighbours)} | ${cell(f.england)} | ${cell(f.rank ? `${f.rank}${f.band ? ` (${f.band})` : ""}` : "")} | ${cell(f.target)} | **${f.rag}**: ${cell(f.ragReason)} |`,
      );
    }
    out.push("");
  }
  if (scorecard.plan) out.push(...planMarkdown(scorecard.plan));
  out.push("## Key", "");
  for (const k of scorecard.key) out.push(`- **${k.label}**: ${k.meaning}`);
  out.push("");
  if (scorecard.glossary.length > 0) {
    out.push("## Glossary", "");
    for (const g of scorecard.glossary)
      out.push(`- **${g.term}**: ${g.expansion}${g.description ? `. ${g.description}` : ""}`);
    out.push("");
  }
  out.push("## Sources", "");
  for (const p of scorecard.provenance)
    out.push(`- ${p.name}${p.date ? ` (${p.date})` : ""}${p.description ? `: ${p.description}` : ""}`);
  out.push("");
  if (scorecard.dataQuality.length > 0) {
    out.push("## Data quality notes", "");
    for (const d of scorecard.dataQuality)
      out.push(`- ${d.message}${d.source ? ` (${d.source}${d.row ? ` row ${d.row}` : ""})` : ""}`);
    out.push("");
  }
  return out.join("\n");
}
