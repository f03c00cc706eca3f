import type { Scorecard } from "@kpikit/core";
import { checkScorecard } from "./check-scorecard.js";

const cache = new Map<string, Promise<Scorecard>>();

/** Fetches and checks a scorecard; elements naming the same URL share one request. */
export function loadScorecard(url: string): Promise<Scorecard> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } })
      .then((res) => {
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        return res.json() as Promise<unknown>;
      })
      .then((json) => {
        const checked = checkScorecard(json);
        if (!checked.ok) throw new Error(`the file is not a kpikit scorecard: ${checked.message}`);
        return checked.scorecard;
      });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
