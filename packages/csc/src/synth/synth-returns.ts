import { kpikitError } from "@kpikit/core";
import { addEdgeCases } from "./edge-cases.js";
import { cinCensusXml, ssda903Csvs } from "./emit.js";
import type { SynthWorld } from "./model.js";
import { postcodeLookupCsv } from "./postcodes.js";
import { Random } from "./random.js";
import { simulate } from "./simulate.js";

/** Options for {@link synthReturns}. */
export interface SynthReturnsOptions {
  /** DfE 3-digit LA code written in the CIN census header and the UPNs. */
  readonly la: string;
  /** First and last collection years as start years: `2021` is 2021-22. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Volume: 1 is about 1/150 of England a year (4,300 referrals, 220 children starting care). Default 1. */
  readonly scale?: number;
  /** Default 1. The same seed gives the same files. */
  readonly seed?: number;
  /** Add the hand-placed edge cases to every year (default true). With `scale: 0` the files hold only them. */
  readonly edgeCases?: boolean;
  /**
   * Add `postcodes.csv`: every postcode the episodes use (all fake, in the ZZ area) with a grid reference and
   * district in the ONS directory's columns, the lookup `cla-distance-20m` needs. Default false: it is not a
   * return, so it is kept out of the returns folder unless asked for.
   */
  readonly postcodes?: boolean;
}

/** One synthetic file: a path relative to the output folder, and its text. */
export interface SynthFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Synthetic CIN census and SSDA903 returns of one LA for consecutive collection years, as a council's system
 * would write them: per year a folder `2023-24/` with `cin-census-2023-24.xml` and `ssda903/` (`header.csv`,
 * `episodes.csv`, `missing.csv`, `ad1.csv`), and with `postcodes: true` a postcode lookup `postcodes.csv`. The same children continue from year to year (a referral or episode
 * open on 31 March reappears in the next year's file, closed when it has closed). Each year holds the edge cases
 * `docs/measures.md` lists (same-day and 45/46-working-day assessments over Christmas and the 2022/2023 one-off
 * bank holidays, 12-month re-referrals across 29 February, 729/730-day plans, RNE T/U/B chains, short breaks,
 * episodes ending on 31 March and 1 April, adoptions on the window's edges). Deterministic for a seed; fake data
 * only. Throws a kpikitError `invalid-synth-options` for years out of order or outside 2013–2026, or a
 * negative scale.
 * @example
 * const files = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.01, seed: 7 });
 * files.map((f) => f.path).slice(0, 2) //=> ["2022-23/cin-census-2022-23.xml", "2022-23/ssda903/header.csv"]
 * synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.01, seed: 7 })[1]?.text === files[1]?.text //=> true
 */
export function synthReturns(options: SynthReturnsOptions): SynthFile[] {
  const { la, firstYear: first, lastYear: last } = options;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last || first < 2013 || last > 2026)
    throw kpikitError(
      "invalid-synth-options",
      `years must run forwards within 2013-14 to 2026-27; got ${first} to ${last}.`,
    );
  if (!(scale >= 0) || !Number.isFinite(scale))
    throw kpikitError("invalid-synth-options", `scale must be 0 or more; got ${String(scale)}.`);
  const world: SynthWorld = {
    cinChildren: [],
    referrals: [],
    lacChildren: [],
    episodes: [],
    missing: [],
    adoptions: [],
    postcodes: [],
  };
  simulate(world, new Random(options.seed ?? 1), { first, last, scale });
  if (options.edgeCases !== false) for (let y = first; y <= last; y++) addEdgeCases(world, y);
  world.episodes.sort((a, b) =>
    a.child < b.child ? -1 : a.child > b.child ? 1 : a.decom < b.decom ? -1 : 1,
  );
  const files: SynthFile[] = [];
  for (let y = first; y <= last; y++) {
    const label = `${y}-${String(y + 1).slice(2)}`;
    files.push({ path: `${label}/cin-census-${label}.xml`, text: cinCensusXml(world, y, la) });
    for (const [name, text] of Object.entries(ssda903Csvs(world, y, la)))
      files.push({ path: `${label}/ssda903/${name}`, text });
  }
  if (options.postcodes === true)
    files.push({ path: "postcodes.csv", text: postcodeLookupCsv(world.postcodes) });
  return files;
}
