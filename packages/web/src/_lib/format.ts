/** Formats an axis number with thousands separators and at most `decimals` places (deterministic, no Intl). */
export function formatTick(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "";
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(decimals, 6)));
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = frac ? frac.replace(/0+$/, "") : "";
  const sign = value < 0 && Number(fixed) !== 0 ? "\u2212" : "";
  return sign + grouped + (trimmed ? `.${trimmed}` : "");
}

/** A coordinate for SVG: at most 2 decimals, no trailing zeros, never `-0`. */
export function c(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** "Nice" axis ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm >= 5 ? 10 : norm >= 2 ? 5 : norm >= 1 ? 2 : 1) * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 0.5 && ticks.length < 20; v += step)
    ticks.push(Math.round(v / step) * step);
  if ((ticks[ticks.length - 1] ?? -Infinity) < max) ticks.push((ticks[ticks.length - 1] ?? start) + step);
  return ticks;
}

/** Makes a string safe for an `id` attribute and a URL fragment. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "x";
}
