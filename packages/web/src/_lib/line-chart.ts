import { html, type SafeHtml } from "../html/safe-html.js";
import { c, formatTick, niceTicks } from "./format.js";
import { PALETTE } from "./labels.js";

export interface LinePoint {
  readonly label: string;
  readonly value: number | null;
  /** Marker drawn at the point (default a small dark-blue circle). */
  readonly marker?: { readonly fill: string; readonly shape: "circle" | "square" | "triangle" | "diamond" };
}

export interface RefLine {
  readonly name: string;
  readonly value: number;
  readonly colour: string;
  readonly dash?: string;
  readonly width?: number;
}

export interface LineChartSpec {
  readonly label: string;
  readonly points: readonly LinePoint[];
  readonly refs: readonly RefLine[];
  readonly decimals: number;
  readonly className: string;
  /** Draw the connecting line (default true). */
  readonly line?: boolean;
}

export function marker(
  shape: "circle" | "square" | "triangle" | "diamond",
  x: number,
  y: number,
  fill: string,
  r = 4,
): SafeHtml {
  const stroke = "#0b0c0c";
  switch (shape) {
    case "circle":
      return html`<circle cx="${c(x)}" cy="${c(y)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="0.75"/>`;
    case "square":
      return html`<rect x="${c(x - r)}" y="${c(y - r)}" width="${2 * r}" height="${2 * r}" fill="${fill}" stroke="${stroke}" stroke-width="0.75"/>`;
    case "triangle":
      return html`<path d="M${c(x)} ${c(y - r - 1)}L${c(x + r + 1)} ${c(y + r)}L${c(x - r - 1)} ${c(y + r)}Z" fill="${fill}" stroke="${stroke}" stroke-width="0.75"/>`;
    case "diamond":
      return html`<path d="M${c(x)} ${c(y - r - 1)}L${c(x + r + 1)} ${c(y)}L${c(x)} ${c(y + r + 1)}L${c(x - r - 1)} ${c(y)}Z" fill="${fill}" stroke="${stroke}" stroke-width="0.75"/>`;
  }
}

/** The row's target as a dashed dark-pink reference line, or nothing when there is no numeric target. */
export function targetRef(
  target: { readonly value: number | null; readonly display: string } | null | undefined,
  dash: string,
  width?: number,
): RefLine[] {
  if (!target || typeof target.value !== "number" || !Number.isFinite(target.value)) return [];
  return [
    {
      name: `Target ${target.display}`,
      value: target.value,
      colour: PALETTE.darkPink,
      dash,
      ...(width === undefined ? {} : { width }),
    },
  ];
}

/** A time-series line chart in SVG: y axis with nice ticks, thinned x labels, reference lines with a legend. */
export function lineChartSvg(spec: LineChartSpec): SafeHtml {
  const width = 420;
  const left = 44;
  const right = 10;
  const top = 12;
  const plotH = 170;
  const named = spec.refs.filter((r) => r.name !== "");
  const legendRows = Math.ceil(named.length / 2);
  const height = top + plotH + 34 + legendRows * 18;
  const values = [...spec.points.map((p) => p.value), ...spec.refs.map((r) => r.value)].filter(
    (v): v is number => typeof v === "number" && Number.isFinite(v),
  );
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0] ?? 0;
  const hi = Math.max(ticks[ticks.length - 1] ?? 1, lo + 1e-9);
  const n = spec.points.length;
  const x = (i: number) =>
    n <= 1 ? left + (width - left - right) / 2 : left + 28 + (i * (width - left - right - 44)) / (n - 1);
  const y = (v: number) => top + ((hi - v) * plotH) / (hi - lo);
  const tickDec = Math.max(0, -Math.floor(Math.log10(Math.abs((ticks[1] ?? 1) - (ticks[0] ?? 0)) || 1)));
  const grid = ticks.map(
    (t) =>
      html`<line x1="${left}" x2="${width - right}" y1="${c(y(t))}" y2="${c(y(t))}" stroke="#d9d9d9"/><text x="${left - 6}" y="${c(y(t))}" dy="0.35em" text-anchor="end">${formatTick(t, tickDec)}</text>`,
  );
  const every = Math.max(1, Math.ceil(n / 5));
  // About 6.6 units per character at font-size 12: a thinned label is dropped when it would touch the last.
  const lastLabel = spec.points[n - 1]?.label ?? "";
  const clear = (i: number) =>
    x(n - 1) - x(i) >= ((spec.points[i]?.label.length ?? 0) + lastLabel.length) * 3.3 + 8;
  const xLabels = spec.points.map((p, i) =>
    i === n - 1 || (i % every === 0 && clear(i))
      ? x(i) + p.label.length * 3.3 > width
        ? html`<text x="${width}" y="${top + plotH + 16}" text-anchor="end">${p.label}</text>`
        : html`<text x="${c(x(i))}" y="${top + plotH + 16}" text-anchor="middle">${p.label}</text>`
      : "",
  );
  let d = "";
  let pen = false;
  spec.points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${c(x(i))} ${c(y(p.value))}`;
    pen = true;
  });
  const refs = spec.refs.map(
    (r) =>
      html`<line x1="${left}" x2="${width - right}" y1="${c(y(r.value))}" y2="${c(y(r.value))}" stroke="${r.colour}" stroke-width="${r.width ?? 1.5}"${r.dash ? html` stroke-dasharray="${r.dash}"` : ""}/>`,
  );
  const legend = named.map((r, i) => {
    const lx = 6 + (i % 2) * 210;
    const ly = top + plotH + 34 + Math.floor(i / 2) * 18;
    return html`<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${r.colour}" stroke-width="${r.width ?? 1.5}"${r.dash ? html` stroke-dasharray="${r.dash}"` : ""}/><text x="${lx + 30}" y="${ly}" dy="0.35em">${r.name}</text>`;
  });
  const dots = spec.points.map((p, i) =>
    p.value === null || !Number.isFinite(p.value)
      ? ""
      : marker(
          p.marker?.shape ?? "circle",
          x(i),
          y(p.value),
          p.marker?.fill ?? PALETTE.darkBlue,
          p.marker ? 4 : 3,
        ),
  );
  const path =
    d && spec.line !== false
      ? html`<path d="${d}" fill="none" stroke="${PALETTE.darkBlue}" stroke-width="2" stroke-linejoin="round"/>`
      : "";
  return html`<svg class="kpi-chart ${spec.className}" role="img" aria-label="${spec.label}" viewBox="0 0 ${width} ${height}" font-size="12" fill="currentColor" focusable="false">${grid}${refs}${path}${dots}${xLabels}${legend}</svg>`;
}
