// Internal: the parsed returns of every year flattened into the plain rows both engines read (the TypeScript
// measures and the SQL oracle): one row per record, tagged with the collection year of the file it came from,
// with each end date marked when the reader found it present but unreadable (the readers give null for both).
import type { Issue } from "@kpikit/core";
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

const invalidCin = (issues: readonly Issue[] | undefined): Set<string> =>
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
      const bad = invalidCin(y.cin.issues);
      for (const c of y.cin.children) {
        const child = c.identifiers.laChildId ?? `#${year}#${c.position}`;
        const base = ["Message", "Children", "Child", c.position];
        cinChildren.push({ year, child });
        c.details.forEach((d, i) => {
          const at = [...base, "CINdetails", i + 1];
          referrals.push({
            year,
            child,
            referral: d.referralDate,
            closure: d.closureDate,
            closureInvalid: bad.has([...at, "CINclosureDate"].join("/")),
            nfa: d.referralNfa,
            icpc: d.dateOfInitialCpc,
          });
          for (const a of d.assessments)
            assessments.push({ year, child, start: a.startDate, authorised: a.authorisationDate });
          for (const s of d.section47)
            section47.push({ year, child, start: s.startDate, icpc: s.dateOfInitialCpc });
          d.protectionPlans.forEach((p, j) => {
            plans.push({
              year,
              child,
              start: p.startDate,
              end: p.endDate,
              endInvalid: bad.has([...at, "ChildProtectionPlans", j + 1, "CPPendDate"].join("/")),
              previous: p.numberOfPreviousCpp,
            });
          });
        });
      }
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
