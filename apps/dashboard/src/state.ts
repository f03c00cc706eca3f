/** What the dashboard shows; kept in the URL so that a view can be bookmarked and shared. */
export interface DashboardState {
  /** DfE LA code, e.g. `865`. */
  readonly la?: string;
  /** Indicator id (catalogue id or LAIT id): shows the all-LA view of that indicator. */
  readonly indicator?: string;
  /** Period label, e.g. `2023/24`. */
  readonly period?: string;
  /** URL of a scorecard JSON made by `kpikit report --format json`. */
  readonly src?: string;
  /** `returns`: the "Your own returns" view (CIN census and SSDA903 files read in the page). */
  readonly view?: string;
}

const KEYS = ["view", "la", "indicator", "period", "src"] as const;

/**
 * Reads the state from a query string; unknown keys and empty values are ignored.
 *
 * @example
 * parseState("?la=865&indicator=re-referrals-12m&period=2023%2F24") //=> { la: "865", indicator: "re-referrals-12m", period: "2023/24" }
 */
export function parseState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const k of KEYS) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v.slice(0, 500);
  }
  return out;
}

/**
 * Writes the state as a query string (keys in a fixed order; `/` kept readable).
 *
 * @example
 * formatState({ period: "2023/24", la: "865" }) //=> "?la=865&period=2023/24"
 */
export function formatState(state: DashboardState): string {
  const params = new URLSearchParams();
  for (const k of KEYS) {
    const v = state[k];
    if (v) params.set(k, v);
  }
  const s = params.toString().replace(/%2F/g, "/");
  return s ? `?${s}` : "";
}
