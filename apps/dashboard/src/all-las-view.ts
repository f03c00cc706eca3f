import { GSS_SHORTHAND, POLARITY_LABEL } from "@kpikit/core";
import type { IndicatorBenchmark } from "@kpikit/csc";
import { html, type SafeHtml } from "@kpikit/web";
import { formatState } from "./state.js";

/**
 * The LAIT "All LAs" view of one indicator: every LA's value, national rank and band, neighbour average,
 * region, the year before and the change; sorted by rank (LAs without a rank last, by name). The chosen LA's
 * row is marked; each LA name links to its scorecard.
 */
export function renderAllLasView(b: IndicatorBenchmark, selectedLa?: string): SafeHtml {
  const title = b.definition?.title ?? b.indicator.name;
  const rows = [...b.rows].sort(
    (a, c) => (a.rank ?? Infinity) - (c.rank ?? Infinity) || a.laName.localeCompare(c.laName),
  );
  const caption = `${title}: every local authority, ${b.period.label}`;
  return html`<section class="all-las" aria-labelledby="all-las-h">
<h2 id="all-las-h">${title}</h2>
<p class="lede">${b.period.label}. England: ${b.england.display}. ${POLARITY_LABEL[b.polarity] ?? ""}. Rank 1 is the best; band A is the best quarter of local authorities. Neighbour average: ${b.aggregate} of the ${b.neighbourModel} statistical neighbours with a value.</p>
<div class="kpi-scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table" id="all-las-table"><caption><span class="caption">${caption}</span></caption>
<thead><tr><th scope="col">Local authority</th><th scope="col" class="kpi-num">Value</th><th scope="col" class="kpi-num">National rank</th><th scope="col">Band</th><th scope="col" class="kpi-num">Neighbour average</th><th scope="col">Region</th><th scope="col" class="kpi-num">${b.previousPeriod.label}</th><th scope="col" class="kpi-num">Change</th></tr></thead>
<tbody>${rows.map((r) => {
    const selected = r.laCode === selectedLa;
    const d = r.display;
    return html`<tr${selected ? html` class="is-selected" aria-current="true"` : ""} data-la="${r.laCode}"><th scope="row"><a href="${formatState({ la: r.laCode, period: b.period.label }) || "?"}">${r.laName}</a>${selected ? html` <span class="tag">Selected</span>` : ""}</th><td class="kpi-num">${d.value}</td><td class="kpi-num">${d.rank}</td><td>${d.band}</td><td class="kpi-num">${d.neighbourAverage} <span class="muted">(${d.neighbourCount})</span></td><td>${r.regionName ?? ""}: ${d.regionValue}</td><td class="kpi-num">${d.previousValue}</td><td class="kpi-num">${d.change}</td></tr>`;
  })}</tbody></table></div>
<p class="muted">Source: ${b.source}. ${GSS_SHORTHAND.map((s) => `${s.marker} ${s.meaning}`).join("; ")}.</p>
</section>`;
}

/** Every LA as a link to its scorecard, grouped by region (the landing view). */
export function renderAreaIndex(
  areas: readonly { readonly code: string; readonly name: string; readonly regionName?: string }[],
): SafeHtml {
  const byRegion = new Map<string, { code: string; name: string }[]>();
  for (const a of areas) {
    const region = a.regionName ?? "Other";
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region)?.push({ code: a.code, name: a.name });
  }
  const regions = [...byRegion.keys()].sort((a, b) => a.localeCompare(b));
  return html`<section class="area-index" aria-labelledby="area-index-h"><h2 id="area-index-h">All ${areas.length} local authorities</h2>${regions.map(
    (r) =>
      html`<h3>${r}</h3><ul class="area-list">${(byRegion.get(r) ?? [])
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => html`<li><a href="${formatState({ la: a.code })}">${a.name}</a></li>`)}</ul>`,
  )}</section>`;
}
