// Internal: the parsed returns of every year flattened into the plain rows both engines read (the TypeScript
// measures and the SQL oracle): one row per record, tagged with the collection year of the file it came from,
// with each end date marked when the reader found it present but unreadable (the readers give null for both).
import type { Issue } from "@kpikit/core";
import type { CinChild } from "../cin-types.js";
import type { ReturnYear } from "../measure-types.js";
import type { Ssda903Row, Ssda903Table } from "../read-ssda903.js";

/** A child in a year's CIN census (key: LAchildID, or the file's position when it has none). */
export interface CinChildRow {
  readonly year: number;
  readonly child: string;
}
export interface CinReferralRow {
  readonly year: number;
  readonly child: string;
  readonly referral: string | null;
  readonly closure: string | null;
  readonly closureInvalid: boolean;
  readonly nfa: boolean | null;
  /** `DateOfInitialCPC` on the referral (a transfer-in conference when no section 47 enquiry has that date). */
  readonly icpc: string | null;
}
export interface CinAssessmentRow {
  readonly year: number;
  readonly child: string;
  readonly start: string | null;
  readonly authorised: string | null;
}
export interface CinSection47Row {
  readonly year: number;
  readonly child: string;
  readonly start: string | null;
  readonly icpc: string | null;
}
export interface CinPlanRow {
  readonly year: number;
  readonly child: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly endInvalid: boolean;
  readonly previous: number | null;
}
export interface HeaderRow {
  readonly year: number;
  readonly child: string;
  readonly dob: string | null;
}
export interface EpisodeRow {
  readonly year: number;
  readonly child: string;
  readonly decom: string | null;
  readonly dec: string | null;
  readonly decInvalid: boolean;
  readonly rne: string | null;
  readonly ls: string | null;
  readonly place: string | null;
  readonly rec: string | null;
  readonly homePost: string | null;
  readonly plPost: string | null;
  /** `PL_DISTANCE` in miles when the file has it. */
  readonly distance: number | null;
  /** `PL_LOCATION` (`IN`/`OUT`) when the file has it. */
  readonly location: string | null;
}
export interface MissingRow {
  readonly year: number;
  readonly child: string;
  readonly missing: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly endInvalid: boolean;
}
export interface AdoptionRow {
  readonly year: number;
  readonly child: string;
  readonly matched: string | null;
}
export interface AnnexARow {
  readonly year: number;
  readonly child: string;
  readonly missingEpisodes: number | null;
  readonly offered: boolean | null;
  readonly accepted: boolean | null;
  readonly invalid: boolean;
}

/** Every year's records, flattened. Child-level: keep in memory, never output. */
export interface FlatTables {
  readonly years: readonly number[];
  readonly cinYears: readonly number[];
  readonly ssda903Years: readonly number[];
  readonly cinChildren: readonly CinChildRow[];
  readonly referrals: readonly CinReferralRow[];
  readonly assessments: readonly CinAssessmentRow[];
  readonly section47: readonly CinSection47Row[];
  readonly plans: readonly CinPlanRow[];
  readonly header: readonly HeaderRow[];
  readonly episodes: readonly EpisodeRow[];
  readonly missing: readonly MissingRow[];
  readonly adoptions: readonly AdoptionRow[];
  readonly annexA: readonly AnnexARow[];
}

/** The paths (joined with `/`) of the CIN dates written but unreadable, from a census's issues. */
export const invalidCinDates = (issues: readonly Issue[] | undefined): Set<string> =>
  new Set(
    (issues ?? [])
      .filter((i) => i.code === "cin-invalid-date" && i.path)
      .map((i) => (i.path ?? []).join("/")),
  );

const invalid903 = (issues: readonly Issue[] | undefined): Set<string> =>
  new Set(
    (issues ?? [])
      .filter((i) => i.code === "ssda903-invalid-date")
      .map((i) => `${i.file ?? ""}\u0000${i.row ?? ""}\u0000${i.column ?? ""}`),
  );

function numberOrNull(text: string | null | undefined): number | null {
  if (text === null || text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return null;
  return Number(text);
}

/**
 * A CIN census's records as the measures read them, for one collection year: what {@link flattenReturns} makes of
 * its children, or what the census reader kept in their place (`parseCinCensusStream` with `keep: "measure-rows"`,
 * for a census too large to hold whole).
 */
export interface CinMeasureRows {
  /** The collection year the rows are tagged with (start year). */
  readonly year: number;
  readonly cinChildren: readonly CinChildRow[];
  readonly referrals: readonly CinReferralRow[];
  readonly assessments: readonly CinAssessmentRow[];
  readonly section47: readonly CinSection47Row[];
  readonly plans: readonly CinPlanRow[];
}

/** Mutable {@link CinMeasureRows}, filled child by child. */
export interface CinMeasureRowsBuilder extends CinMeasureRows {
  readonly cinChildren: CinChildRow[];
  readonly referrals: CinReferralRow[];
  readonly assessments: CinAssessmentRow[];
  readonly section47: CinSection47Row[];
  readonly plans: CinPlanRow[];
}

/** An empty {@link CinMeasureRowsBuilder} for the collection year `year`. */
export const emptyCinMeasureRows = (year: number): CinMeasureRowsBuilder => ({
  year,
  cinChildren: [],
  referrals: [],
  assessments: [],
  section47: [],
  plans: [],
});

/** The key of a CIN child: its LAchildID, or its place in the year's file when it has none. */
const cinChildKey = (c: CinChild, year: number): string =>
  c.identifiers.laChildId ?? `#${year}#${c.position}`;

/**
 * Adds one child's records to `out`. `bad` holds the element paths (joined with `/`) of the dates the reader
 * found written but unreadable, among the child's issues or the whole census's.
 */
export function addCinChildRows(out: CinMeasureRowsBuilder, c: CinChild, bad: ReadonlySet<string>): void {
  const year = out.year;
  const child = cinChildKey(c, year);
  const base = ["Message", "Children", "Child", c.position];
  const invalid = (path: readonly (string | number)[]) => bad.size > 0 && bad.has(path.join("/"));
  out.cinChildren.push({ year, child });
  c.details.forEach((d, i) => {
    const at = [...base, "CINdetails", i + 1];
    out.referrals.push({
      year,
      child,
      referral: d.referralDate,
      closure: d.closureDate,
      closureInvalid: invalid([...at, "CINclosureDate"]),
      nfa: d.referralNfa,
      icpc: d.dateOfInitialCpc,
    });
    for (const a of d.assessments)
      out.assessments.push({ year, child, start: a.startDate, authorised: a.authorisationDate });
    for (const s of d.section47)
      out.section47.push({ year, child, start: s.startDate, icpc: s.dateOfInitialCpc });
    d.protectionPlans.forEach((p, j) => {
      out.plans.push({
        year,
        child,
        start: p.startDate,
        end: p.endDate,
        endInvalid: invalid([...at, "ChildProtectionPlans", j + 1, "CPPendDate"]),
        previous: p.numberOfPreviousCpp,
      });
    });
  });
}

/** The measure rows of a census's children, for the collection year `year`. */
function cinMeasureRows(
  children: readonly CinChild[],
  year: number,
  issues?: readonly Issue[],
): CinMeasureRows {
  const out = emptyCinMeasureRows(year);
  const bad = invalidCinDates(issues);
  for (const c of children) addCinChildRows(out, c, bad);
  return out;
}

/**
 * Rows kept for one year and placed in another (a census whose header gives no year, placed by its name): each
 * row tagged again, and a child known by its place in the file keyed by the new year.
 */
function retagged(rows: CinMeasureRows, year: number): CinMeasureRows {
  const from = `#${rows.year}#`;
  const again = <T extends { readonly child: string }>(list: readonly T[]): T[] =>
    list.map((r) => ({
      ...r,
      year,
      child: r.child.startsWith(from) ? `#${year}#${r.child.slice(from.length)}` : r.child,
    }));
  return {
    year,
    cinChildren: again(rows.cinChildren),
    referrals: again(rows.referrals),
    assessments: again(rows.assessments),
    section47: again(rows.section47),
    plans: again(rows.plans),
  };
}

/** Flattens the parsed returns of every year into {@link FlatTables}. */
export function flattenReturns(years: readonly ReturnYear[]): FlatTables {
  const cinChildren: CinChildRow[] = [];
  const referrals: CinReferralRow[] = [];
  const assessments: CinAssessmentRow[] = [];
  const section47: CinSection47Row[] = [];
  const plans: CinPlanRow[] = [];
  const header: HeaderRow[] = [];
  const episodes: EpisodeRow[] = [];
  const missing: MissingRow[] = [];
  const adoptions: AdoptionRow[] = [];
  const annexA: AnnexARow[] = [];
  for (const y of years) {
    const year = y.year;
    if (y.cin) {
      const rows = y.cin.measureRows ?? cinMeasureRows(y.cin.children, year, y.cin.issues);
      const add = <T>(to: T[], from: readonly T[]) => {
        for (const row of from) to.push(row);
      };
      const tagged = rows.year === year ? rows : retagged(rows, year);
      add(cinChildren, tagged.cinChildren);
      add(referrals, tagged.referrals);
      add(assessments, tagged.assessments);
      add(section47, tagged.section47);
      add(plans, tagged.plans);
    }
    if (y.ssda903) {
      const bad = invalid903(y.ssda903.issues);
      // The reader marks unreadable values on the row; its issues say the same for rows read without the mark.
      const isBad = (t: Ssda903Table, row: Ssda903Row, column: string) =>
        (row.invalid?.includes(column) ?? false) || bad.has(`${t.file}\u0000${row.line}\u0000${column}`);
      const t = y.ssda903.tables;
      for (const row of t.header?.rows ?? []) {
        const child = row.values.CHILD;
        if (child) header.push({ year, child, dob: row.values.DOB ?? null });
      }
      const ep = t.episodes;
      for (const row of ep?.rows ?? []) {
        const v = row.values;
        if (!v.CHILD || !ep) continue;
        episodes.push({
          year,
          child: v.CHILD,
          decom: v.DECOM ?? null,
          dec: v.DEC ?? null,
          decInvalid: isBad(ep, row, "DEC"),
          rne: v.RNE ?? null,
          ls: v.LS ?? null,
          place: v.PLACE ?? null,
          rec: v.REC ?? null,
          homePost: v.HOME_POST ?? null,
          plPost: v.PL_POST ?? null,
          distance: numberOrNull(v.PL_DISTANCE),
          location: v.PL_LOCATION ?? null,
        });
      }
      const mt = t.missing;
      for (const row of mt?.rows ?? []) {
        const v = row.values;
        if (!v.CHILD || !mt) continue;
        missing.push({
          year,
          child: v.CHILD,
          missing: v.MISSING ?? null,
          start: v.MIS_START ?? null,
          end: v.MIS_END ?? null,
          endInvalid: isBad(mt, row, "MIS_END"),
        });
      }
      for (const row of t.ad1?.rows ?? []) {
        const child = row.values.CHILD;
        if (child) adoptions.push({ year, child, matched: row.values.DATE_MATCH ?? null });
      }
    }
    for (const c of y.annexA?.children ?? []) {
      annexA.push({
        year,
        child: c.child,
        missingEpisodes: c.missingEpisodes,
        offered: c.interviewOffered,
        accepted: c.interviewAccepted,
        invalid: (c.invalid?.length ?? 0) > 0,
      });
    }
  }
  const yearsOf = (pick: (y: ReturnYear) => unknown) =>
    [...new Set(years.filter(pick).map((y) => y.year))].sort((a, b) => a - b);
  return {
    years: yearsOf(() => true),
    cinYears: yearsOf((y) => y.cin),
    ssda903Years: yearsOf((y) => y.ssda903),
    cinChildren,
    referrals,
    assessments,
    section47,
    plans,
    header,
    episodes,
    missing,
    adoptions,
    annexA,
  };
}
