// Internal: the SSDA903 measures over stitched years (see computeReturnsMeasures for the conventions).
import type { Period } from "@kpikit/core";
import { addMonths, addYears, ageOn, daysBetween } from "../dates.js";
import type { ReturnsMeasureOptions } from "../measure-types.js";
import { Figure } from "./figure.js";
import type { EpisodeRow } from "./flat-tables.js";
import { lookBackNotes } from "./look-back.js";
import type { Stitched } from "./stitch.js";

/** Reasons for a new episode that start a placement with a new carer; L, T and U continue the placement. */
export const NEW_CARER_RNE: ReadonlySet<string> = new Set(["S", "P", "B"]);
const CONTINUES = new Set(["L", "T", "U"]);
const SHORT_BREAKS = new Set(["V3", "V4"]);
const ADOPTION_PLACEMENTS = new Set(["A3", "A4", "A5", "A6"]);
const ADOPTED = new Set(["E11", "E12"]);

const isShortBreak = (e: EpisodeRow) => e.ls !== null && SHORT_BREAKS.has(e.ls);
const contiguous = (prev: EpisodeRow, next: EpisodeRow) => prev.dec !== null && prev.dec === next.decom;

/** Index of the first episode of the period of care holding `list[i]`. */
function careStartIndex(list: readonly EpisodeRow[], i: number): number {
  let j = i;
  while (j > 0 && list[j]!.rne !== "S" && contiguous(list[j - 1]!, list[j]!)) j--;
  return j;
}

/** Temporary placements (a hospital stay, a holiday, a carer's holiday, 7 days or less): PLACE T0–T4. */
const TEMPORARY = new Set(["T0", "T1", "T2", "T3", "T4"]);
const isTemporary = (e: EpisodeRow) => e.place !== null && TEMPORARY.has(e.place);
/** `list[j]` follows the episode before it directly, in the same period of care. */
const followsOn = (list: readonly EpisodeRow[], j: number) =>
  j > 0 && list[j]!.rne !== "S" && contiguous(list[j - 1]!, list[j]!);
/** Postcodes compare without their spaces and case (a council's systems may space them differently). */
const samePostcode = (a: string | null, b: string | null) =>
  a === null || b === null || a.replaceAll(" ", "").toUpperCase() === b.replaceAll(" ", "").toUpperCase();

/**
 * Whether `list[j]` is the return from a run of temporary placements to the placement before them: each
 * episode straight after the one before (none an S), back to a placement with the same PLACE and, where both
 * have one, the same PL_POST. (URN would be compared too, but the episode rows do not carry it.)
 */
function returnsAcrossTemporary(list: readonly EpisodeRow[], j: number): boolean {
  const e = list[j]!;
  if (isTemporary(e) || j === 0 || !isTemporary(list[j - 1]!)) return false;
  let k = j;
  while (k > 0 && isTemporary(list[k - 1]!)) {
    if (!followsOn(list, k)) return false;
    k--;
  }
  if (!followsOn(list, k)) return false;
  const before = list[k - 1]!;
  return e.place !== null && e.place === before.place && samePostcode(before.plPost, e.plPost);
}

/**
 * Index of the episode that began the placement holding `list[i]` (back through L, T, U). With temporary
 * placements continued, also back through a temporary placement that follows on (the child is in the placement
 * before it) and from a return across temporary ones to the placement before them.
 */
function placementStartIndex(list: readonly EpisodeRow[], i: number, continueTemporary: boolean): number {
  let j = i;
  for (;;) {
    const e = list[j]!;
    const continues = e.rne !== null && CONTINUES.has(e.rne) && j > 0 && contiguous(list[j - 1]!, e);
    const throughTemporary =
      continueTemporary && ((isTemporary(e) && followsOn(list, j)) || returnsAcrossTemporary(list, j));
    if (!continues && !throughTemporary) return j;
    j--;
  }
}

export function claFigures(
  s: Stitched,
  period: Period,
  ssda903Years: readonly number[],
  options: ReturnsMeasureOptions,
) {
  const start = period.start;
  const census = period.end;
  const year = Number(start.slice(0, 4));
  const three = new Figure("cla-3-placements");
  const stable = new Figure("cla-long-term-stability");
  const distance = new Figure("cla-distance-20m");
  const missing = new Figure("cla-missing");
  const count = new Figure("cla-count", "count");
  const rate = new Figure("cla-rate", "rate");
  const a1 = new Figure("adoption-a1", "mean");
  const a2 = new Figure("adoption-a2", "mean");
  for (const f of [three, stable, distance, missing, count]) {
    f.exclude("episode without a valid start date (DECOM)", s.undated.episodes);
    f.exclude(
      "a second episode of a child with the same start date (DECOM) in the year's return (taken once)",
      s.repeated.episodes,
    );
  }
  const kinds = options.missing ?? "missing";
  const counts = (m: string | null) =>
    kinds === "missing-or-away" ? m === "M" || m === "A" : m === (kinds === "away" ? "A" : "M");
  const continueTemporary = options.temporaryPlacements === "continue";
  let unknownDistance = 0;
  const windowStart = `${year - 2}-04-01`;

  for (const [child, list] of s.episodes) {
    // Adoptions in the 3 years ending 31 March, from any year's file.
    list.forEach((e, i) => {
      if (e.rec === null || !ADOPTED.has(e.rec) || e.dec === null || e.dec < windowStart || e.dec > census)
        return;
      const first = careStartIndex(list, i);
      if (list[first]!.rne !== "S") {
        a1.exclude("period of care began before the files given (its first episode is not an S)");
        a2.exclude("period of care began before the files given (its first episode is not an S)");
        return;
      }
      let placed = i;
      if (!ADOPTION_PLACEMENTS.has(e.place ?? "")) a1.exclude("not placed for adoption (A3–A6) when adopted");
      else {
        while (
          placed > first &&
          CONTINUES.has(list[placed]!.rne ?? "") &&
          ADOPTION_PLACEMENTS.has(list[placed - 1]!.place ?? "")
        )
          placed--;
        a1.add(daysBetween(list[first]!.decom as string, list[placed]!.decom as string));
      }
      const authority = list.slice(first, i + 1).find((x) => x.ls === "E1" || x.ls === "D1");
      const matched = s.adoptions.get(child)?.matched ?? null;
      if (!authority) a2.exclude("no placement order (LS E1 or D1) in the period of care");
      else if (matched === null) a2.exclude("no match date (AD1 DATE_MATCH)");
      else if (matched < (authority.decom as string)) a2.exclude("matched before the placement order");
      else a2.add(daysBetween(authority.decom as string, matched));
    });

    if (!s.lacCurrent.has(child)) continue;
    const upToYear = list.filter((e) => (e.decom as string) <= census);
    const badEnd = upToYear.some((e) => e.decInvalid);
    // Looked after at any time in the year, not only under short breaks: the missing measure.
    const inYear = upToYear.filter((e) => e.decInvalid || e.dec === null || e.dec >= start);
    if (inYear.some((e) => !isShortBreak(e))) {
      if (badEnd) missing.exclude("an episode's end date (DEC) is unreadable");
      else {
        let hit = false;
        let unknown = false;
        for (const m of s.missing.get(child) ?? []) {
          if (!counts(m.missing) || (m.start as string) > census) continue;
          if (m.endInvalid) unknown = true;
          else if (m.end === null || m.end >= start) hit = true;
        }
        if (hit || !unknown) missing.count(hit);
        else missing.exclude("a missing incident's end date (MIS_END) is unreadable");
      }
    }

    // Looked after at 31 March.
    if (badEnd) {
      for (const f of [three, stable, distance, count])
        f.exclude("an episode's end date (DEC) is unreadable");
      continue;
    }
    const openAt = upToYear.filter((e) => e.dec === null || e.dec > census);
    const current = openAt.at(-1);
    if (!current) continue;
    const at = list.indexOf(current);
    if (isShortBreak(current)) {
      for (const f of [three, stable, distance, count])
        f.exclude("looked after at 31 March under short breaks (LS V3/V4)");
      continue;
    }
    count.count(true);
    rate.count(true);

    // Placements in the year: runs of episodes begun with S, P or B; short-break episodes ignored. With temporary
    // placements continued, neither a temporary placement nor the return from one to the placement before it
    // begins a placement.
    const held = inYear.filter((e) => !isShortBreak(e) && (e.dec === null || e.dec > start));
    let placements = 0;
    held.forEach((e, i) => {
      if (i === 0) placements++;
      else if (e.rne !== null && NEW_CARER_RNE.has(e.rne)) {
        if (!continueTemporary || !(isTemporary(e) || returnsAcrossTemporary(list, list.indexOf(e))))
          placements++;
      }
    });
    three.count(placements >= 3);

    // Long-term stability.
    const dob = s.dob.get(child);
    if (dob === undefined) stable.exclude("no header row for the child");
    else if (dob === null) stable.exclude("date of birth missing or unreadable");
    else if (
      ageOn(dob, census) < 16 &&
      (list[careStartIndex(list, at)]!.decom as string) <= addMonths(census, -30)
    ) {
      let p = placementStartIndex(list, at, continueTemporary);
      const first = list[p]!;
      if (
        ADOPTION_PLACEMENTS.has(first.place ?? "") &&
        first.rne !== null &&
        first.rne !== "S" &&
        NEW_CARER_RNE.has(first.rne) &&
        p > 0 &&
        contiguous(list[p - 1]!, first)
      )
        p = placementStartIndex(list, p - 1, continueTemporary);
      stable.count((list[p]!.decom as string) <= addYears(census, -2));
    }

    // Distance from home at 31 March.
    const miles = current.distance ?? postcodeMiles(current, options);
    const outside =
      current.location !== null ? current.location === "OUT" : postcodeOutside(current, options);
    if (miles === null || outside === null) {
      unknownDistance++;
      distance.count(false);
    } else distance.count(outside && miles > 20);
  }
  if (unknownDistance > 0 && unknownDistance === distance.denominator)
    distance.unavailable(
      "No child's distance from home is known (no PL_DISTANCE and PL_LOCATION, and no postcode lookup for both postcodes).",
    );
  else if (unknownDistance > 0)
    distance.note(
      `${unknownDistance} ${unknownDistance === 1 ? "child's" : "children's"} distance or location unknown (no PL_DISTANCE and no postcode lookup for both postcodes); kept in the denominator.`,
    );
  const notes = lookBackNotes(year, [], ssda903Years);
  for (const f of [stable, missing, a1, a2]) {
    const note = notes.get(f.indicatorId);
    if (note !== undefined) f.warn(note);
  }
  return [three, stable, distance, missing, count, rate, a1, a2];
}

const squash = (p: string | null) => (p === null ? "" : p.replace(/\s+/g, "").toUpperCase());

function postcodeMiles(e: EpisodeRow, options: ReturnsMeasureOptions): number | null {
  const home = options.postcodes?.get(squash(e.homePost));
  const placed = options.postcodes?.get(squash(e.plPost));
  if (!home || !placed) return null;
  const metres = Math.hypot(home.easting - placed.easting, home.northing - placed.northing);
  return Math.round((metres / 1609.344) * 10) / 10;
}

function postcodeOutside(e: EpisodeRow, options: ReturnsMeasureOptions): boolean | null {
  const home = options.postcodes?.get(squash(e.homePost));
  const placed = options.postcodes?.get(squash(e.plPost));
  if (!home?.la || !placed?.la) return null;
  return home.la !== placed.la;
}
