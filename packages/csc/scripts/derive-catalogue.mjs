#!/usr/bin/env node
// Derives packages/csc/src/_data/lait-measures.generated.ts from DfE's LAIT children's social care
// measure metadata (data/published/lait/lait_csc_indicator_metadata.csv).
//
//   node packages/csc/scripts/derive-catalogue.mjs [--check]
//
// --check exits 1 when the committed file differs from what the script would write.
//
// Rules (documented in the catalogue README section; keep them stable, ids are public API):
// - id: "lait-" + the LAIT measure_short lower-cased, "%" spelt "pct", every other run of characters
//   outside [a-z0-9] replaced by one "-", leading/trailing "-" removed
//   ("CPP_Total_Rateper10,000" -> "lait-cpp-total-rateper10-000", "%_of LAC Adopted" -> "lait-pct-of-lac-adopted").
// - polarity: High -> higher-is-better, Low -> lower-is-better, "-" or blank -> no-judgement.
// - decimals: LAIT's dps when given; otherwise the smallest number of decimal places that covers at least
//   90% of the published values of that measure (LAIT publishes percentages both as 12 and 12.3).
// - periodType: Financial Year -> financial-year, Academic Year -> academic-year, Annual and
//   Annual (end of Sept) -> snapshot (31 March, or the 30 September workforce census).
// - unit: "%" in the axis or chart title -> percent; "rate per 10,000" -> rate-per-10k; caseload -> ratio;
//   FTE -> fte;
//   "Score" -> score; otherwise count.
// - topic: sentence case ("Children Looked After" -> "Children looked after").
// - text: mis-decoded UTF-8 ("â€™", "Â ") is re-decoded by @kpikit/csc's repairMojibake (cp1252/latin-1 bytes
//   read back as UTF-8), not patched from a list; non-breaking spaces become spaces; runs of spaces collapse.
//   It is imported from the built package (dist/: `pnpm --filter @kpikit/csc build` first), as plain Node cannot
//   import the TypeScript source; the run-time loaders and this script repair text the same way.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repairMojibake as fixMojibake } from "@kpikit/csc";
import { parse } from "csv-parse/sync";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const dataRoot = path.resolve(repoRoot, "data");
const metadataFile = path.join(dataRoot, "published/lait/lait_csc_indicator_metadata.csv");
const valuesFile = path.join(dataRoot, "published/lait/lait_csc_indicators_long.csv");
const outFile = path.resolve(here, "../src/_data/lait-measures.generated.ts");

export { fixMojibake };

export function cleanText(text) {
  return fixMojibake(text ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// English words LAIT writes in capitals for emphasis; in a report they would read as unexplained acronyms.
const SHOUTED = { NOT: "not", NOTE: "Note", "OFFICIAL STATISTICS": "official statistics" };
export function unshout(text) {
  return text.replace(/\b(?:OFFICIAL STATISTICS|NOTE|NOT)\b/g, (w) => SHOUTED[w]);
}

/** "Children Looked After" -> "Children looked after", to match the curated topics. */
export function sentenceCase(text) {
  return text.replace(/(?<=\S\s+)([A-Z])([a-z'’]*)\b/g, (w) => w.toLowerCase());
}

export function laitSlug(measureShort) {
  return `lait-${measureShort
    .toLowerCase()
    .replace(/%/g, " pct ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")}`;
}

const POLARITY = {
  High: "higher-is-better",
  Low: "lower-is-better",
  "-": "no-judgement",
  "": "no-judgement",
};
const PERIOD = {
  "Financial Year": "financial-year",
  "Academic Year": "academic-year",
  Annual: "snapshot",
  "Annual (end of Sept)": "snapshot",
};

function unitOf(m) {
  const axis = m.y_axis_name.toLowerCase();
  const chart = m.chart_title.toLowerCase();
  const name = m.measure.toLowerCase();
  if (axis.includes("%") || /\(%\)/.test(chart) || chart.includes("(%)")) return "percent";
  if (/rate per 10,?000/.test(`${axis} ${chart} ${name}`)) return "rate-per-10k";
  if (/\(rate\)|- rate$/.test(chart)) return "rate-per-10k";
  if (/case ?load|number of cases per/.test(`${axis} ${name}`)) return "ratio";
  if (/\bfte\b/.test(`${axis} ${name}`)) return "fte";
  if (axis.includes("score")) return "score";
  if (/percent|%/.test(name)) return "percent";
  return "count";
}

function sourceOf(m) {
  const s = `${m.source_table} ${m.source_link}`.toLowerCase();
  if (s.includes("absence")) return "school-census";
  if (s.includes("cafcass")) return "other";
  if (s.includes("workforce") || s.includes("csww")) return "csww";
  if (s.includes("children-in-need")) return "cin-census";
  if (s.includes("children-looked-after") || s.includes("stability-measures")) return "ssda903";
  if (s.includes("childrens-social-care-statistics")) return "ofsted";
  return "other";
}

const STOP = new Set(["NOTE", "NOT", "OFFICIAL", "STATISTICS", "IV", "AND", "OR", "NO", "ALL"]);
// Glossary terms that are not all capitals (the csc glossary test checks the catalogue against the glossary).
const MIXED_CASE_TERMS = ["Cafcass", "CiC", "CiCC", "DfE", "DoLS", "Ofsted"];
export function acronymsIn(text) {
  const out = new Set();
  for (const term of MIXED_CASE_TERMS) if (new RegExp(`\\b${term}(?:s|'s|’s)?\\b`).test(text)) out.add(term);
  for (const m of text.matchAll(/\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|[A-Z]\d+[A-Za-z]?)\b/g)) {
    let t = m[0];
    if (/[A-Z]{2,}s$/.test(t)) t = t.slice(0, -1);
    if (!STOP.has(t)) out.add(t);
  }
  return [...out].sort();
}

function inferDecimals(values) {
  if (values.length === 0) return 1;
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const v of values) {
    const d = v.includes(".") ? v.split(".")[1].length : 0;
    counts[Math.min(d, 7)]++;
  }
  let covered = 0;
  for (let d = 0; d < counts.length; d++) {
    covered += counts[d];
    if (covered >= 0.9 * values.length) return d;
  }
  return 1;
}

export function deriveDefinitions(metadataCsv, valuesCsv) {
  const rows = parse(metadataCsv, { columns: true, bom: true, skip_empty_lines: true });
  const values = new Map();
  for (const r of parse(valuesCsv, { columns: true, bom: true, skip_empty_lines: true })) {
    if (!/^-?\d+(\.\d+)?$/.test(r.value_raw)) continue;
    if (!values.has(r.measure_short)) values.set(r.measure_short, []);
    values.get(r.measure_short).push(r.value_raw);
  }
  const ids = new Set();
  const defs = [];
  for (const m of rows) {
    const lait = m.measure_short.trim();
    const id = laitSlug(lait);
    if (ids.has(id)) throw new Error(`duplicate generated id ${id} (${lait})`);
    ids.add(id);
    const polarity = POLARITY[m.polarity.trim()];
    if (polarity === undefined) throw new Error(`unknown polarity ${JSON.stringify(m.polarity)} for ${lait}`);
    const periodType = PERIOD[m.year_type.trim()];
    if (periodType === undefined)
      throw new Error(`unknown year type ${JSON.stringify(m.year_type)} for ${lait}`);
    const title = unshout(cleanText(m.chart_title) || cleanText(m.measure));
    const shortTitle = unshout(cleanText(m.measure)) || title;
    const description = unshout(cleanText(m.description)) || title;
    const methodology = cleanText(m.methodology);
    const sourceNote = [cleanText(m.source_table), cleanText(m.source_link)].filter(Boolean).join(", ");
    const method = `${
      methodology && methodology !== description
        ? methodology
        : "Taken as published by DfE in LAIT; see the description."
    }${sourceNote ? `\nPublished source: ${sourceNote}.` : ""}`;
    const unit = unitOf(m);
    const dps = m.dps.trim();
    const decimals = dps === "" ? inferDecimals(values.get(lait) ?? []) : Math.round(Number(dps));
    const aliases = [...new Set([cleanText(m.measure), cleanText(m.chart_title)])].filter(
      (a) => a && a !== title && a !== shortTitle,
    );
    const def = {
      id,
      title,
      shortTitle,
      description,
      unit,
      polarity,
      ...(polarity === "no-judgement"
        ? {
            polarityReason:
              "LAIT gives this measure no polarity: it is shown with comparators, but not ranked, banded or rated.",
          }
        : {}),
      decimals,
      periodType,
      source: sourceOf(m),
      lait,
      aliases,
      acronyms: acronymsIn(`${title} ${shortTitle} ${description}`),
      method,
      topic: sentenceCase(cleanText(m.topic)),
      ...(m.no_quartile.trim().toUpperCase() === "N" ? { noQuartile: true } : {}),
    };
    defs.push(def);
  }
  return defs;
}

export function render(defs) {
  const body = defs.map((d) => `  ${JSON.stringify(d)},`).join("\n");
  return `// GENERATED by packages/csc/scripts/derive-catalogue.mjs from DfE LAIT measure metadata
// (lait_csc_indicator_metadata.csv, Open Government Licence v3.0). Do not edit by hand: run
// \`node packages/csc/scripts/derive-catalogue.mjs\`.
import type { IndicatorDefinition } from "@kpikit/core";

/** One definition per LAIT children's social care measure (${defs.length}), before curated definitions replace some. */
export const laitMeasureDefinitions: readonly IndicatorDefinition[] = [
${body}
];
`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const defs = deriveDefinitions(readFileSync(metadataFile, "utf8"), readFileSync(valuesFile, "utf8"));
  const text = render(defs);
  if (process.argv.includes("--check")) {
    const current = readFileSync(outFile, "utf8");
    if (current !== text) {
      console.error(`${path.relative(repoRoot, outFile)} is out of date; run the script`);
      process.exit(1);
    }
    console.log(`${path.relative(repoRoot, outFile)} is up to date (${defs.length} measures)`);
  } else {
    writeFileSync(outFile, text);
    console.log(`wrote ${path.relative(repoRoot, outFile)} (${defs.length} measures)`);
  }
}
