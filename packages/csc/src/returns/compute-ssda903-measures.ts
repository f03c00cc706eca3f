import { financialYear, kpikitError } from "@kpikit/core";
import { addMonths, addYears, ageOn } from "./dates.js";
import type { MeasureOptions, MeasureResult } from "./measure-types.js";
import type { Ssda903Row, Ssda903Tables } from "./read-ssda903.js";
import { Tally } from "./tally.js";

/** Options for {@link computeSsda903Measures}. */
export interface Ssda903MeasureOptions extends MeasureOptions {
  /**
   * The start year of the return's year: `2023` is the 2023-24 return, 1 April 2023 to 31 March 2024 (as
   * `financialYear(2023)` and the `2023-episodes.csv` file prefix).
   */
  readonly year: number;
  /**
   * Earlier years' tables (from `readSsda903`, one call per year). Their episodes fill in the history a single
   * return lacks (long-term stability looks back 2.5 years); an episode in both, same child and start date, is
   * taken from the latest year. Their header rows supply dates of birth missing from this year's header.
   */
  readonly previousYears?: readonly Ssda903Tables[];
}

/**
 * The SSDA903 measures {@link computeSsda903Measures} returns, in this order (catalogue ids).
 * @example
 * SSDA903_MEASURE_IDS //=> ["cla-3-placements", "cla-long-term-stability"]
 */
export const SSDA903_MEASURE_IDS = ["cla-3-placements", "cla-long-term-stability"] as const;

const TEMPORARY = new Set(["T0", "T1", "T2", "T3", "T4"]);
/** New episode reasons that mean a new carer: started care (S), placement change (P), both with legal status (B). */
const NEW_CARER = new Set(["S", "P", "B"]);
/** Short breaks (a series of short-term placements): excluded from both measures, as DfE does. */
const SHORT_BREAKS = new Set(["V3", "V4"]);

interface Episode {
  readonly start: string;
  readonly end: string | null;
  readonly rne: string | null;
  readonly place: string | null;
  readonly ls: string | null;
  /** Where: PLACE, URN and placement postcode (compared, never output). */
  readonly where: string;
}

/**
 * Computes the DfE SSDA903 placement stability measures for one year from the episodes (and header for dates
 * of birth), as percentages with numerator and denominator (counts only):
 *
 * - `cla-3-placements`: of children looked after on 31 March (an episode started on or before it whose DEC is
 *   blank or after it), the percentage with 3 or more placements during the year. Placements are counted, not episodes:
 *   the placement held on 1 April counts once, then each later episode that starts with a new carer (RNE S, P or
 *   B); a change of legal status only (L) or a placement change with the same carers (T, U) does not count;
 *   temporary placements (PLACE T0–T4) are not counted, nor is the return to the placement held before them.
 * - `cla-long-term-stability`: of children looked after on 31 March, aged under 16 then, who had been looked
 *   after continuously for 2.5 years or more, the percentage who had been in the same placement for 2 years or
 *   more. A placement lasts across changes that keep the same carers (RNE L, T, U) and temporary absences, so a
 *   child placed for adoption with their foster carers (PLACE A3–A6) is counted when that placement and the one
 *   before it with the same carers together last 2 years, as DfE defines it.
 *
 * Both leave out children looked after on 31 March under short breaks only (LS V3, V4). Children who cannot be
 * placed (no valid episode dates; for long-term stability, no date of birth in header) are counted in
 * `exclusions`. The period is `financialYear(year)`. Throws a kpikitError `invalid-year` for a year that is not
 * a whole number between 2000 and 2100.
 * @example
 * const ep = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
 * const { tables } = readSsda903({
 *   "episodes.csv": ep + "1,01/05/2023,S,C2,N1,U1,PR1,01/06/2023,X1,CARPL,,,\n" +
 *     "1,01/06/2023,P,C2,N1,U1,PR1,01/09/2023,X1,CARPL,,,\n1,01/09/2023,P,C2,N1,U1,PR1,,,,,,\n" +
 *     "2,01/01/2020,S,C2,N1,U1,PR1,,,,,,\n",
 *   "header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,UN1,,\n2,2,01/01/2012,WBRI,UN1,,\n",
 * });
 * const m = computeSsda903Measures(tables, { year: 2023 });
 * m.observations.map((o) => [o.indicatorId, o.numerator, o.denominator])
 * //=> [["cla-3-placements", 1, 2], ["cla-long-term-stability", 1, 1]]
 */
export function computeSsda903Measures(tables: Ssda903Tables, options: Ssda903MeasureOptions): MeasureResult {
  const year = options.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw kpikitError(
      "invalid-year",
      `year must be the return's start year (e.g. 2023 for 2023-24); got ${String(year)}.`,
    );
  }
  const period = financialYear(year);
  const census = period.end;
  const area = options.area ?? "local";
  const source = `SSDA903 ${year}-${String(year + 1).slice(2)}`;
  const three = new Tally("cla-3-placements");
  const stable = new Tally("cla-long-term-stability");

  // Latest year first: its rows win.
  const years = [tables, ...[...(options.previousYears ?? [])].reverse()];
  const dob = new Map<string, string | null>();
  for (const t of years) {
    for (const row of t.header?.rows ?? []) {
      const child = row.values.CHILD;
      if (child && !dob.get(child)) dob.set(child, row.values.DOB ?? null);
    }
  }

  const byChild = new Map<string, Map<string, Episode>>();
  let undated = 0;
  years.forEach((t, yearIndex) => {
    for (const row of t.episodes?.rows ?? []) {
      const child = row.values.CHILD;
      const start = row.values.DECOM;
      if (!child || !start) {
        if (yearIndex === 0) undated++;
        continue;
      }
      const episodes = byChild.get(child) ?? new Map<string, Episode>();
      if (!episodes.has(start)) episodes.set(start, episodeOf(row, start));
      byChild.set(child, episodes);
    }
  });
  for (const t of [three, stable]) t.exclude("episode without a child or a valid start date", undated);

  for (const [child, episodes] of byChild) {
    const list = [...episodes.values()];
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const current = [...list].reverse().find((e) => e.start <= census && (e.end === null || e.end > census));
    if (!current) continue;
    if (current.ls !== null && SHORT_BREAKS.has(current.ls)) {
      three.exclude("looked after on 31 March under short breaks (LS V3/V4)");
      stable.exclude("looked after on 31 March under short breaks (LS V3/V4)");
      continue;
    }
    three.count(placementsInYear(list, period.start, census) >= 3);

    const birth = dob.get(child);
    if (!birth) {
      stable.exclude(
        birth === undefined ? "no header row for the child" : "date of birth missing or invalid",
      );
      continue;
    }
    if (ageOn(birth, census) >= 16) continue;
    const careStart = periodOfCareStart(list, current);
    if (careStart > addMonths(census, -30)) continue;
    stable.count(placementStart(list, current) <= addYears(census, -2));
  }

  const tallies = [three, stable];
  return {
    observations: tallies.map((t) => t.observation(area, period, source)),
    exclusions: tallies.flatMap((t) => t.exclusions()),
  };
}

function episodeOf(row: Ssda903Row, start: string): Episode {
  const v = row.values;
  return {
    start,
    end: v.DEC ?? null,
    rne: v.RNE ?? null,
    place: v.PLACE ?? null,
    ls: v.LS ?? null,
    where: `${v.PLACE ?? ""}|${v.URN ?? ""}|${v.PL_POST ?? ""}`,
  };
}

/** Placements held during [yearStart, census] by a child's episodes (sorted by start). */
function placementsInYear(list: readonly Episode[], yearStart: string, census: string): number {
  let count = 0;
  let held: string | null = null;
  let previousWasTemporary = false;
  for (const e of list) {
    if (e.start > census || (e.end !== null && e.end <= yearStart)) continue;
    const temporary = e.place !== null && TEMPORARY.has(e.place);
    if (temporary) {
      previousWasTemporary = true;
      continue;
    }
    const returning = previousWasTemporary && held === e.where;
    previousWasTemporary = false;
    if (held === null) count = 1;
    else if (!returning && e.rne !== null && NEW_CARER.has(e.rne)) count++;
    held = e.where;
  }
  return count;
}

const isTemporary = (e: Episode): boolean => e.place !== null && TEMPORARY.has(e.place);

/** When the child's current period of care began: walk back while each episode starts the day the one before ends. */
function periodOfCareStart(list: readonly Episode[], current: Episode): string {
  let i = list.indexOf(current);
  let start = current.start;
  while (i > 0) {
    const from = list[i]!;
    const prev = list[i - 1]!;
    if (prev.end !== from.start || from.rne === "S") break;
    start = prev.start;
    i--;
  }
  return start;
}

/**
 * When the current placement began: walk back through changes that keep the same carers (RNE L, T, U) and through
 * temporary placements (T0–T4) that return to the placement held before them.
 */
function placementStart(list: readonly Episode[], current: Episode): string {
  let i = list.indexOf(current);
  let anchor = current;
  if (isTemporary(current)) {
    // On a temporary placement on 31 March: the placement is the one held before it.
    while (i > 0 && isTemporary(list[i]!) && list[i - 1]!.end === list[i]!.start) i--;
    anchor = list[i]!;
  }
  let start = anchor.start;
  while (i > 0) {
    const from = list[i]!;
    const prev = list[i - 1]!;
    if (prev.end !== from.start || from.rne === "S") break;
    if (isTemporary(prev)) {
      i--;
      continue;
    }
    if (
      isTemporary(from)
        ? prev.where !== anchor.where
        : !(from.rne === "L" || from.rne === "T" || from.rne === "U")
    )
      break;
    start = prev.start;
    anchor = prev;
    i--;
  }
  return start;
}
