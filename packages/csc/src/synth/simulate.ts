// Internal: the random part of the synthetic returns: referrals and what follows them, periods of care with
// their placements and legal statuses, missing incidents and adoptions, at about 1/150 of England a year at
// scale 1 (England: about 650,000 referrals, 33,000 children starting care a year).

import {
  addDays,
  daysFrom,
  type SynthAssessment,
  type SynthEpisode,
  type SynthPlan,
  type SynthReferral,
  type SynthSection47,
  type SynthWorld,
} from "./model.js";
import { postcodePool, type SynthPostcode } from "./postcodes.js";
import type { Random } from "./random.js";

const REFERRALS_PER_YEAR = 4300;
const CARE_STARTS_PER_YEAR = 220;
const ETHNICITIES = [
  "WBRI",
  "WBRI",
  "WBRI",
  "WBRI",
  "WOTH",
  "MWBC",
  "MOTH",
  "AIND",
  "APKN",
  "BAFR",
  "BCRB",
  "OOTH",
];
const SOURCES = ["1A", "1B", "2A", "2B", "3A", "3B", "3E", "4", "5A", "5C", "6", "7", "8", "9", "10"];
const NEEDS = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"];
const FACTORS = ["1C", "2B", "3B", "4B", "6B", "7A", "8B", "9A", "10A", "11A", "16A", "21", "22A"];
const CATEGORIES = ["NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];
const FOSTER = ["U1", "U2", "U3", "U4", "U5", "U6"];
const OTHER_PLACES = ["R1", "K2", "P1", "H5", "S1", "R2", "Z1"];
const LEAVING = ["E13", "E41", "E45", "E4A", "E8", "E17", "E15"];
const CHANGE_REASONS = [
  "CARPL",
  "CLOSE",
  "ALLEG",
  "STAND",
  "APPRR",
  "CREQB",
  "CREQO",
  "CHILD",
  "LAREQ",
  "PLACE",
];

export interface SimulateOptions {
  readonly first: number;
  readonly last: number;
  readonly scale: number;
}

/** Simulates referrals from 4 years and care from 8 years before `first`, so the first year has history. */
export function simulate(world: SynthWorld, random: Random, options: SimulateOptions): void {
  const end = `${options.last + 1}-03-31`;
  simulateCin(world, random, options.first - 4, options.last, options.scale, end);
  simulateCare(world, random, options.first - 8, options.last, options.scale, end);
}

function simulateCin(world: SynthWorld, r: Random, from: number, to: number, scale: number, end: string) {
  const busy = new Map<string, string>();
  // The children referred most recently (a ring, so that keeping it costs nothing per referral).
  const size = Math.max(1, Math.round(3000 * Math.max(scale, 0.05)));
  const recent: string[] = [];
  let oldest = 0;
  let next = 1;
  for (let year = from; year <= to; year++) {
    const n = Math.round(REFERRALS_PER_YEAR * scale);
    const dates = Array.from({ length: n }, () => addDays(`${year}-04-01`, r.int(0, 364))).sort();
    for (const date of dates) {
      let child: string | null = null;
      if (recent.length > 0 && r.chance(0.4)) {
        const candidate = r.pick(recent);
        const until = busy.get(candidate);
        if (until !== undefined && until < date) child = candidate;
      }
      if (child === null) {
        child = `C${String(next++).padStart(7, "0")}`;
        world.cinChildren.push({
          id: child,
          dob: addDays(date, -r.int(0, 17 * 365)),
          sex: r.chance(0.5) ? "M" : "F",
          ethnicity: r.pick(ETHNICITIES),
        });
      }
      const referral = randomReferral(r, child, date);
      world.referrals.push(referral);
      busy.set(child, referral.closure ?? end);
      if (recent.length < size) recent.push(child);
      else {
        recent[oldest] = child;
        oldest = (oldest + 1) % size;
      }
    }
  }
}

function randomReferral(r: Random, child: string, date: string): SynthReferral {
  const base = { child, date, source: r.pick(SOURCES), need: r.pick(NEEDS), icpcOnReferral: null };
  if (r.chance(0.07))
    return {
      ...base,
      nfa: true,
      closure: date,
      reason: "RC8",
      assessments: [],
      cinPlans: [],
      section47: [],
      plans: [],
    };
  const start = addDays(date, r.int(0, 7));
  const length = r.chance(0.03) ? 0 : r.chance(0.8) ? r.int(5, 60) : r.int(61, 110);
  const authorised = addDays(start, length);
  const assessment: SynthAssessment = {
    start,
    authorised,
    factors: [r.pick(FACTORS), r.pick(FACTORS)].filter((f, i, a) => a.indexOf(f) === i),
  };
  const outcome = r.next();
  if (outcome < 0.5) {
    return {
      ...base,
      nfa: false,
      closure: addDays(authorised, r.int(0, 20)),
      reason: "RC8",
      assessments: [assessment],
      cinPlans: [],
      section47: [],
      plans: [],
    };
  }
  if (outcome < 0.8) {
    const planStart = addDays(authorised, r.int(1, 10));
    const planEnd = addDays(planStart, r.int(60, 500));
    return {
      ...base,
      nfa: false,
      closure: addDays(planEnd, r.int(0, 30)),
      reason: "RC1",
      assessments: [assessment],
      cinPlans: [{ start: planStart, end: planEnd }],
      section47: [],
      plans: [],
    };
  }
  const s47Start = addDays(start, r.int(0, 10));
  const icpc = r.chance(0.65) ? addDays(s47Start, r.int(3, 30)) : null;
  const s47: SynthSection47 = { start: s47Start, target: addDays(s47Start, 21), icpc };
  const plans: SynthPlan[] = [];
  let closure = addDays([authorised, s47Start].sort()[1]!, r.int(0, 30));
  if (icpc !== null && r.chance(0.85)) {
    const long = r.chance(0.04);
    const planEnd = addDays(icpc, long ? r.int(730, 1000) : r.int(30, 540));
    plans.push({
      start: icpc,
      end: planEnd,
      category: r.pick(CATEGORIES),
      previous: r.chance(0.8) ? 0 : r.int(1, 3),
    });
    closure = addDays(planEnd, r.int(0, 60));
  } else if (icpc !== null && icpc > closure) closure = icpc;
  return {
    ...base,
    nfa: false,
    closure,
    reason: "RC2",
    assessments: [assessment],
    cinPlans: [],
    section47: [s47],
    plans,
  };
}

function simulateCare(world: SynthWorld, r: Random, from: number, to: number, scale: number, end: string) {
  let next = 1;
  const pool = postcodePool(r, 1500, 500);
  const used = new Set<SynthPostcode>();
  // Home mostly in the LA; about a fifth of placements outside it; a few postcodes not recorded.
  const postcode = (outside: number): string | null => {
    if (r.chance(0.04)) return null;
    const p = r.chance(outside) ? r.pick(pool.outside) : r.pick(pool.inside);
    used.add(p);
    return p.postcode;
  };
  for (let year = from; year <= to; year++) {
    const n = Math.round(CARE_STARTS_PER_YEAR * scale);
    for (let i = 0; i < n; i++) {
      const child = String(100000 + next++);
      const start = addDays(`${year}-04-01`, r.int(0, 364));
      const ageBand = r.next();
      const ageDays =
        ageBand < 0.2
          ? r.int(0, 364)
          : ageBand < 0.4
            ? r.int(365, 5 * 365)
            : ageBand < 0.6
              ? r.int(5 * 365, 10 * 365)
              : ageBand < 0.9
                ? r.int(10 * 365, 16 * 365)
                : r.int(16 * 365, 17 * 365 + 300);
      const dob = addDays(start, -ageDays);
      world.lacChildren.push({
        id: child,
        dob,
        sex: r.chance(0.55) ? "1" : "2",
        ethnicity: r.pick(ETHNICITIES),
      });
      const adult = addDays(dob, 18 * 365 + 4);
      const d = r.next();
      let length = d < 0.35 ? r.int(5, 180) : d < 0.6 ? r.int(181, 730) : r.int(731, 3000);
      if (daysFrom(start, adult) < length) length = Math.max(1, daysFrom(start, adult));
      let ceased: string | null = addDays(start, length);
      if (ceased > end) ceased = null;
      if (r.chance(0.03)) {
        world.episodes.push(
          episode(child, start, ceased, "S", "V3", "K1", ceased === null ? null : "E8", null, r),
        );
        continue;
      }
      const adopted = ageDays < 5 * 365 && length >= 400 && r.chance(0.45);
      // Adoptions take about 15 months from entering care to moving in with the adopters (DfE's A1), then months more.
      if (adopted && ceased !== null) {
        length = r.int(420, 800);
        ceased = addDays(start, length);
        if (ceased > end) ceased = null;
      }
      world.episodes.push(...periodOfCare(r, child, start, ceased, adopted, world, postcode));
      const careEnd = ceased ?? end;
      const incidents = r.chance(0.22) ? r.poisson(2) + 1 : 0;
      for (let k = 0; k < incidents && ageDays > 3650; k++) {
        const at = addDays(start, r.int(0, Math.max(0, daysFrom(start, careEnd) - 1)));
        const back = addDays(at, r.int(0, 7));
        world.missing.push({
          child,
          kind: r.chance(0.75) ? "M" : "A",
          start: at,
          end: back > end ? null : back,
        });
      }
    }
  }
  world.postcodes.push(...used);
  // Missing incidents in time order per child; overlapping ones dropped.
  const byChild = new Map<string, typeof world.missing>();
  for (const m of world.missing) byChild.set(m.child, [...(byChild.get(m.child) ?? []), m]);
  world.missing.length = 0;
  for (const list of byChild.values()) {
    list.sort((a, b) => (a.start < b.start ? -1 : 1));
    let last = "";
    for (const m of list) {
      if (m.start <= last) continue;
      world.missing.push(m);
      last = m.end ?? "9999-12-31";
    }
  }
}

function episode(
  child: string,
  decom: string,
  dec: string | null,
  rne: string,
  ls: string,
  place: string,
  rec: string | null,
  reasonChange: string | null,
  r: Random,
): SynthEpisode {
  return {
    child,
    decom,
    dec,
    rne,
    ls,
    cin: r.pick(["N1", "N1", "N2", "N3", "N4", "N5"]),
    place,
    provider: place.startsWith("U") ? r.pick(["PR1", "PR4"]) : "PR1",
    rec,
    reasonChange,
    homePost: null,
    plPost: null,
  };
}

function periodOfCare(
  r: Random,
  child: string,
  start: string,
  ceased: string | null,
  adopted: boolean,
  world: SynthWorld,
  postcode: (outside: number) => string | null,
): SynthEpisode[] {
  const home = postcode(0.05);
  let carerPost = postcode(0.22);
  const last = ceased ?? addDays(start, 4000);
  const span = daysFrom(start, last);
  const moves = Math.min(12, r.poisson((span / 365) * 0.7));
  const cut = new Set<number>();
  for (let i = 0; i < moves; i++) cut.add(r.int(1, Math.max(1, span - 1)));
  // About a quarter of children move two or three times in their first months in care.
  if (span > 60 && r.chance(0.25))
    for (let i = r.int(2, 3); i > 0; i--) cut.add(r.int(1, Math.min(span - 1, 240)));
  let adoptionAt = -1;
  let orderAt = -1;
  if (adopted && ceased !== null) {
    adoptionAt = span - r.int(120, 300);
    orderAt = adoptionAt - r.int(60, 200);
    for (const c of [...cut]) if (c >= orderAt) cut.delete(c);
    if (orderAt > 0) cut.add(orderAt);
    if (adoptionAt > 0) cut.add(adoptionAt);
  }
  const days = [0, ...[...cut].filter((c) => c > 0 && c < span).sort((a, b) => a - b)];
  const out: SynthEpisode[] = [];
  let place = r.chance(0.75) ? r.pick(FOSTER) : r.pick(OTHER_PLACES);
  let ls = r.chance(0.7) ? "C2" : r.chance(0.6) ? "V2" : "C1";
  days.forEach((offset, i) => {
    let rne = "S";
    let reasonChange: string | null = null;
    if (i > 0) {
      if (offset === orderAt) {
        rne = "L";
        ls = "E1";
      } else if (offset === adoptionAt) {
        // With new carers (P), or with the foster carers who adopt (U: same carers, new placement type).
        rne = r.chance(0.7) ? "P" : "U";
        place = rne === "U" ? "A4" : "A6";
        if (rne === "P") carerPost = postcode(0.3);
        reasonChange = rne === "U" ? null : "PLACE";
      } else {
        const x = r.next();
        rne = x < 0.55 ? "P" : x < 0.65 ? "B" : x < 0.75 ? "T" : x < 0.85 ? "U" : "L";
        if (rne === "P" || rne === "B") {
          place = r.chance(0.75) ? r.pick(FOSTER) : r.pick(OTHER_PLACES);
          reasonChange = r.pick(CHANGE_REASONS);
          carerPost = postcode(0.22);
        }
        if (rne === "U") place = place.startsWith("U") ? r.pick(FOSTER) : r.pick(OTHER_PLACES);
        if (rne === "L" || rne === "B" || rne === "T") ls = ls === "C2" ? "C1" : "C2";
      }
    }
    const nextOffset = days[i + 1];
    const dec = nextOffset === undefined ? ceased : addDays(start, nextOffset);
    const rec =
      nextOffset === undefined ? (ceased === null ? null : adopted ? "E11" : r.pick(LEAVING)) : "X1";
    out.push({
      ...episode(child, addDays(start, offset), dec, rne, ls, place, rec, reasonChange, r),
      homePost: home,
      plPost: carerPost,
    });
  });
  if (adopted && ceased !== null && orderAt > 0) {
    const dateInt = addDays(start, orderAt + r.int(0, 30));
    const placed = addDays(start, adoptionAt);
    const match = addDays(dateInt, r.int(0, Math.max(0, daysFrom(dateInt, placed) - 1)));
    world.adoptions.push({ child, dateInt, dateMatch: match < placed ? match : dateInt });
  }
  return out;
}
