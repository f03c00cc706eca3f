// Internal: stitching the years' records as DfE builds its tables. A record that appears in several years'
// files (an episode open on 31 March reappears, closed, in the next year's file) is taken once, from the
// latest file; children are joined across years on their identifier (LAchildID, or the 903 CHILD).
import type {
  AdoptionRow,
  CinAssessmentRow,
  CinPlanRow,
  CinReferralRow,
  CinSection47Row,
  EpisodeRow,
  FlatTables,
  HeaderRow,
  MissingRow,
} from "./flat-tables.js";

/** The records of every year, each once (the latest file's version), grouped by child. */
export interface Stitched {
  readonly year: number;
  /** Children with a record in the current year's CIN census. */
  readonly cinCurrent: ReadonlySet<string>;
  /** Children with an episode in the current year's SSDA903 episodes. */
  readonly lacCurrent: ReadonlySet<string>;
  readonly referrals: ReadonlyMap<string, readonly CinReferralRow[]>;
  readonly assessments: ReadonlyMap<string, readonly CinAssessmentRow[]>;
  readonly section47: ReadonlyMap<string, readonly CinSection47Row[]>;
  readonly plans: ReadonlyMap<string, readonly CinPlanRow[]>;
  /** Episodes by child, sorted by DECOM. */
  readonly episodes: ReadonlyMap<string, readonly EpisodeRow[]>;
  readonly missing: ReadonlyMap<string, readonly MissingRow[]>;
  readonly dob: ReadonlyMap<string, string | null>;
  readonly adoptions: ReadonlyMap<string, AdoptionRow>;
  /** Counts of current-year records left out of stitching (no key date), by table. */
  readonly undated: { readonly referrals: number; readonly plans: number; readonly episodes: number };
  /**
   * Counts of current-year records taken once though the year's own return holds them twice (the same child and
   * key date: two referrals of a child on one day, two episodes starting the same day), by table.
   */
  readonly repeated: { readonly referrals: number; readonly plans: number; readonly episodes: number };
}

/**
 * Rows of years up to `year`, one per key (the latest year's), grouped by child, in key order: children in their
 * identifiers' order, each child's rows in their keys' order (the order of the child and key joined by U+0000, as
 * `<` compares strings). Rows are grouped by child first, so that no joined key is made for each row (millions at
 * national scale).
 */
function latest<T extends { readonly year: number; readonly child: string }>(
  rows: readonly T[],
  year: number,
  key: (row: T) => string | null,
  repeated: { count: number } = { count: 0 },
): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    if (row.year > year || key(row) === null) continue;
    const list = grouped.get(row.child);
    if (list) list.push(row);
    else grouped.set(row.child, [row]);
  }
  const byChild = new Map<string, T[]>();
  // The default sort compares strings by their UTF-16 code units, as `<` does; identifiers and keys are unique.
  for (const child of [...grouped.keys()].sort()) {
    const best = new Map<string, T>();
    for (const row of grouped.get(child) as T[]) {
      const k = key(row) as string;
      const had = best.get(k);
      // The same key twice in the year's own return: taken once (the later row, as before), and counted.
      if (had && had.year === row.year && row.year === year) repeated.count++;
      if (!had || row.year >= had.year) best.set(k, row);
    }
    byChild.set(
      child,
      [...best.keys()].sort().map((k) => best.get(k) as T),
    );
  }
  return byChild;
}

/** Stitches the flattened years for the collection year starting in `year`. */
export function stitch(flat: FlatTables, year: number): Stitched {
  const dob = new Map<string, { year: number; dob: string | null }>();
  for (const h of flat.header as readonly HeaderRow[]) {
    if (h.year > year) continue;
    const had = dob.get(h.child);
    // The latest file's date of birth, unless it is blank there and an earlier file has one.
    if (!had || (h.year >= had.year && h.dob !== null) || had.dob === null) dob.set(h.child, h);
  }
  const adoptions = new Map<string, AdoptionRow>();
  for (const a of flat.adoptions) {
    if (a.year > year) continue;
    const had = adoptions.get(a.child);
    if (!had || a.year >= had.year) adoptions.set(a.child, a);
  }
  const inCurrent = (rows: readonly { year: number; child: string }[]) =>
    new Set(rows.filter((r) => r.year === year).map((r) => r.child));
  const undated = (rows: readonly { year: number }[], date: (r: never) => string | null) =>
    rows.filter((r) => r.year === year && date(r as never) === null).length;
  const repeated = { referrals: { count: 0 }, plans: { count: 0 }, episodes: { count: 0 } };
  const referrals = latest(flat.referrals, year, (r) => r.referral, repeated.referrals);
  const plans = latest(flat.plans, year, (p) => p.start, repeated.plans);
  const episodes = latest(flat.episodes, year, (e) => e.decom, repeated.episodes);
  return {
    year,
    cinCurrent: inCurrent(flat.cinChildren),
    lacCurrent: inCurrent(flat.episodes),
    referrals,
    assessments: latest(flat.assessments, year, (a) =>
      a.authorised === null ? null : `${a.start ?? ""}|${a.authorised}`,
    ),
    section47: latest(flat.section47, year, (s) => (s.icpc === null ? null : `${s.start ?? ""}|${s.icpc}`)),
    plans,
    episodes,
    missing: latest(flat.missing, year, (m) => m.start),
    dob: new Map([...dob].map(([k, v]) => [k, v.dob])),
    adoptions,
    undated: {
      referrals: undated(flat.referrals, (r: CinReferralRow) => r.referral),
      plans: undated(flat.plans, (p: CinPlanRow) => p.start),
      episodes: undated(flat.episodes, (e: EpisodeRow) => e.decom),
    },
    repeated: {
      referrals: repeated.referrals.count,
      plans: repeated.plans.count,
      episodes: repeated.episodes.count,
    },
  };
}
