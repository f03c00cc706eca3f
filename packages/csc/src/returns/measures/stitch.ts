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
  readonly referrals: RowsByChild<CinReferralRow>;
  readonly assessments: RowsByChild<CinAssessmentRow>;
  readonly section47: RowsByChild<CinSection47Row>;
  readonly plans: RowsByChild<CinPlanRow>;
  /** Episodes by child, sorted by DECOM. */
  readonly episodes: RowsByChild<EpisodeRow>;
  readonly missing: RowsByChild<MissingRow>;
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
 * The children of every stitched table, in their identifiers' order, each with its place in that order: one
 * index for all the tables (a national census has about 700,000 children; a map to one array per child in each
 * table held about 120 bytes per child per table, the shared index about 45 in all).
 */
class ChildIndex {
  readonly children: readonly string[];
  readonly #place = new Map<string, number>();

  constructor(children: readonly string[]) {
    this.children = children;
    children.forEach((c, i) => {
      this.#place.set(c, i);
    });
  }

  place(child: string): number | undefined {
    return this.#place.get(child);
  }
}

/**
 * One table's rows grouped by child, held compactly: one array of every child's rows, each child's rows one run
 * in it, found through the {@link ChildIndex} all the tables share. `get` gives a child's rows as a new array.
 */
export class RowsByChild<T> implements Iterable<[string, readonly T[]]> {
  readonly #rows: readonly T[];
  readonly #index: ChildIndex;
  /** The run of the index's child `i` is `#rows[#starts[i]]` up to (not including) `#rows[#starts[i + 1]]`. */
  readonly #starts: Int32Array;

  constructor(runs: Runs<T>, index: ChildIndex) {
    this.#rows = runs.rows;
    this.#index = index;
    // Each child's run starts where the runs of the children before it in the index end.
    const starts = new Int32Array(index.children.length + 1);
    let run = 0;
    index.children.forEach((child, i) => {
      starts[i] = runs.starts[run] as number;
      if (runs.children[run] === child) run++;
    });
    starts[index.children.length] = runs.rows.length;
    this.#starts = starts;
  }

  /** The child's rows, in key order, or undefined when it has none. */
  get(child: string): readonly T[] | undefined {
    const i = this.#index.place(child);
    if (i === undefined || this.#starts[i] === this.#starts[i + 1]) return undefined;
    return this.#run(i);
  }

  #run(i: number): T[] {
    return this.#rows.slice(this.#starts[i], this.#starts[i + 1]);
  }

  /** Each child that has rows, with its rows, children in their identifiers' order. */
  *[Symbol.iterator](): Iterator<[string, readonly T[]]> {
    const children = this.#index.children;
    for (let i = 0; i < children.length; i++)
      if (this.#starts[i] !== this.#starts[i + 1]) yield [children[i] as string, this.#run(i)];
  }
}

/** A table's rows sorted by child, with each child's identifier and where its run starts, in order. */
interface Runs<T> {
  readonly rows: readonly T[];
  readonly children: readonly string[];
  /** One for each child, and the number of rows after the last. */
  readonly starts: readonly number[];
}

/** The identifiers in sorted lists `a` and `b`, each once, sorted. */
function merged(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as string);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

/** `<` on strings, as a sort comparison. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows of years up to `year`, one per key (the latest year's; of two in one year, the later row), grouped by
 * child, in key order: children in their identifiers' order, each child's rows in their keys' order (as `<`
 * compares strings). Only the keys that are not already a field of the row (assessments' and enquiries' start
 * and end joined) are made, one for each row, and dropped after.
 */
function latest<T extends { readonly year: number; readonly child: string }>(
  rows: readonly T[],
  year: number,
  key: (row: T) => string | null,
  repeated: { count: number } = { count: 0 },
): Runs<T> {
  // The rows kept and their keys, side by side; sorted by their places in these lists.
  const kept: T[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const k = row.year > year ? null : key(row);
    if (k === null) continue;
    kept.push(row);
    keys.push(k);
  }
  const order = Int32Array.from(kept.keys()).sort((i, j) => {
    const a = kept[i] as T;
    const b = kept[j] as T;
    return (
      compare(a.child, b.child) || compare(keys[i] as string, keys[j] as string) || a.year - b.year || i - j
    );
  });
  const out: T[] = [];
  const children: string[] = [];
  const starts: number[] = [];
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    const row = kept[i] as T;
    const next = n + 1 < order.length ? (order[n + 1] as number) : -1;
    const nextRow = next >= 0 ? kept[next] : undefined;
    // The last of a child's rows with this key is the one taken; one of the year's own before it is counted.
    if (nextRow && nextRow.child === row.child && keys[next] === keys[i]) {
      if (row.year === year && nextRow.year === year) repeated.count++;
      continue;
    }
    if (children.at(-1) !== row.child) {
      children.push(row.child);
      starts.push(out.length);
    }
    out.push(row);
  }
  starts.push(out.length);
  return { rows: out, children, starts };
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
  const runs = {
    referrals: latest(flat.referrals, year, (r) => r.referral, repeated.referrals),
    assessments: latest(flat.assessments, year, (a) =>
      a.authorised === null ? null : `${a.start ?? ""}|${a.authorised}`,
    ),
    section47: latest(flat.section47, year, (s) => (s.icpc === null ? null : `${s.start ?? ""}|${s.icpc}`)),
    plans: latest(flat.plans, year, (p) => p.start, repeated.plans),
    episodes: latest(flat.episodes, year, (e) => e.decom, repeated.episodes),
    missing: latest(flat.missing, year, (m) => m.start),
  };
  const index = new ChildIndex(
    Object.values(runs)
      .map((r) => r.children)
      .reduce(merged, []),
  );
  return {
    year,
    cinCurrent: inCurrent(flat.cinChildren),
    lacCurrent: inCurrent(flat.episodes),
    referrals: new RowsByChild(runs.referrals, index),
    assessments: new RowsByChild(runs.assessments, index),
    section47: new RowsByChild(runs.section47, index),
    plans: new RowsByChild(runs.plans, index),
    episodes: new RowsByChild(runs.episodes, index),
    missing: new RowsByChild(runs.missing, index),
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
