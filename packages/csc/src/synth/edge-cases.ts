// Internal: the hand-placed children of the synthetic returns, one set for each collection year, so that every
// year's files hold the cases where measures go wrong. docs/measures.md lists them; the tests count them by hand.
import { addWorkingDays } from "@kpikit/core";
import { addDays, type SynthEpisode, type SynthReferral, type SynthWorld } from "./model.js";
import { EDGE_POSTCODES } from "./postcodes.js";

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Adds the edge cases of the collection year starting in `year` (its dates lie in or before that year). */
export function addEdgeCases(world: SynthWorld, year: number): void {
  const y = year;
  const census = `${y + 1}-03-31`;
  let n = 0;
  const cin = (dob: string) => {
    const id = `E${y}${String(++n).padStart(2, "0")}`;
    world.cinChildren.push({ id, dob, sex: n % 2 === 0 ? "F" : "M", ethnicity: "WBRI" });
    return id;
  };
  const referral = (child: string, date: string, more: Partial<SynthReferral> = {}): void => {
    world.referrals.push({
      child,
      date,
      source: "1A",
      need: "N1",
      nfa: false,
      closure: null,
      reason: null,
      icpcOnReferral: null,
      assessments: [],
      cinPlans: [],
      section47: [],
      plans: [],
      ...more,
      ...(more.closure ? { reason: more.reason ?? "RC1" } : {}),
    });
  };
  const assessed = (start: string, authorised: string) => ({
    closure: addDays(authorised, 3),
    assessments: [{ start, authorised, factors: ["21"] }],
  });

  // Assessments: same day (0 working days); exactly 45 and 46 working days over Christmas; and over the spring
  // bank holidays, which in 2022 include the Platinum Jubilee (2 and 3 June) and in 2023 the Coronation (8 May).
  referral(cin(`${y - 5}-02-01`), `${y}-06-01`, assessed(`${y}-06-05`, `${y}-06-05`));
  const christmas = `${y}-11-01`;
  referral(cin(`${y - 6}-03-01`), christmas, assessed(christmas, addWorkingDays(christmas, 45)));
  referral(cin(`${y - 7}-04-01`), christmas, assessed(christmas, addWorkingDays(christmas, 46)));
  const spring = y === 2022 ? "2022-05-16" : y === 2023 ? "2023-04-17" : `${y}-04-20`;
  referral(cin(`${y - 8}-05-01`), spring, assessed(spring, addWorkingDays(spring, 45)));
  referral(cin(`${y - 9}-06-01`), spring, assessed(spring, addWorkingDays(spring, 46)));
  if (y === 2022) {
    // Across the Queen's funeral (19 September 2022).
    referral(cin("2014-07-01"), "2022-08-22", assessed("2022-08-22", addWorkingDays("2022-08-22", 45)));
    referral(cin("2014-08-01"), "2022-08-22", assessed("2022-08-22", addWorkingDays("2022-08-22", 46)));
  }

  // Re-referrals: exactly 12 calendar months after an earlier referral (29 February minus 12 months is
  // 28 February) is a re-referral; one day more is not. The earlier referrals are in the previous year's file.
  const late = isLeap(y + 1) ? `${y + 1}-02-29` : `${y + 1}-02-28`;
  const twelveBack = `${y}-02-28`;
  const r1 = cin(`${y - 4}-01-15`);
  referral(r1, twelveBack, { closure: addDays(twelveBack, 10) });
  referral(r1, late, {});
  const r2 = cin(`${y - 4}-02-15`);
  referral(r2, addDays(twelveBack, -1), { closure: addDays(twelveBack, 10) });
  referral(r2, late, {});
  // A referral with no further action counts in the denominator.
  referral(cin(`${y - 3}-03-15`), `${y}-07-01`, { nfa: true, closure: `${y}-07-01`, reason: "RC8" });

  // Child protection plans of 730 and 729 days (end − start + 1), ended in the year and open at 31 March.
  const plan = (start: string, end: string | null, previous = 0) => {
    const child = cin(addDays(start, -2000));
    const s47Start = addDays(start, -10);
    referral(child, addDays(start, -20), {
      closure: end === null ? null : addDays(end, 5),
      section47: [{ start: s47Start, target: addDays(s47Start, 21), icpc: start }],
      plans: [{ start, end, category: "NEG", previous }],
    });
  };
  plan(addDays(`${y}-05-01`, -729), `${y}-05-01`);
  plan(addDays(`${y}-05-02`, -728), `${y}-05-02`);
  plan(addDays(census, -729), null);
  plan(addDays(census, -728), null, 2);
  // A plan ending on 31 March is not open then.
  plan(`${y}-06-01`, census);

  // Initial conferences 15 and 16 working days after the section 47 enquiry started, over Christmas.
  for (const days of [15, 16]) {
    const s47Start = `${y}-12-10`;
    const icpc = addWorkingDays(s47Start, days);
    referral(cin(`${y - 2}-09-09`), addDays(s47Start, -3), {
      closure: addDays(icpc, 3),
      section47: [{ start: s47Start, target: addDays(s47Start, 21), icpc }],
    });
  }
  // A transfer-in conference, recorded on the referral with no section 47 enquiry; a repeat plan.
  referral(cin(`${y - 10}-10-10`), `${y}-09-01`, {
    icpcOnReferral: `${y}-09-10`,
    plans: [{ start: `${y}-09-10`, end: null, category: "EMO", previous: 1 }],
  });

  // Looked-after children.
  let m = 0;
  const lac = (dob: string) => {
    const id = `9${y}${String(++m).padStart(2, "0")}`;
    world.lacChildren.push({ id, dob, sex: m % 2 === 0 ? "2" : "1", ethnicity: "WBRI" });
    return id;
  };
  const run = (
    child: string,
    steps: readonly (readonly [string, string, string, string])[],
    end: string | null,
    rec: string | null,
    plPost = "ZZ0 0AE",
  ) => {
    steps.forEach(([decom, rne, ls, place], i) => {
      const next = steps[i + 1];
      const e: SynthEpisode = {
        child,
        decom,
        dec: next ? next[0] : end,
        rne,
        ls,
        cin: "N1",
        place,
        provider: "PR1",
        rec: next ? "X1" : rec,
        reasonChange: rne === "P" || rne === "B" ? "CARPL" : null,
        homePost: "ZZ0 0AA",
        plPost,
      };
      world.episodes.push(e);
    });
  };
  // RNE chains: S, T, U, B is two placements (T and U keep the carer; B is a new carer); S, P, B is three.
  run(
    lac(`${y - 9}-01-01`),
    [
      [`${y - 1}-06-01`, "S", "C2", "U1"],
      [`${y}-05-01`, "T", "C1", "U1"],
      [`${y}-07-01`, "U", "C1", "U3"],
      [`${y}-09-01`, "B", "C2", "U4"],
    ],
    null,
    null,
  );
  run(
    lac(`${y - 9}-02-01`),
    [
      [`${y}-04-10`, "S", "C2", "U1"],
      [`${y}-06-01`, "P", "C2", "U2"],
      [`${y}-08-01`, "B", "C1", "U3"],
    ],
    null,
    null,
  );
  // Short breaks: only V3 at 31 March (left out); V4 breaks beside a care episode (ignored in placements).
  run(lac(`${y - 10}-03-01`), [[`${y - 1}-10-01`, "S", "V3", "K1"]], null, null);
  const breaks = lac(`${y - 10}-04-01`);
  run(breaks, [[`${y}-04-05`, "S", "V4", "K1"]], `${y}-04-08`, "E8");
  run(breaks, [[`${y}-04-20`, "S", "V4", "K1"]], `${y}-04-23`, "E8");
  run(
    breaks,
    [
      [`${y}-06-01`, "S", "C2", "U1"],
      [`${y}-09-01`, "P", "C2", "U2"],
    ],
    null,
    null,
  );
  // An episode ending on 31 March is not open then; one ending on 1 April after it is (open in this year's file).
  run(lac(`${y - 11}-05-01`), [[`${y}-05-01`, "S", "C2", "U1"]], census, "E13");
  run(lac(`${y - 11}-06-01`), [[`${y}-06-01`, "S", "C2", "U1"]], `${y + 1}-04-01`, "E13");
  // Long-term stability: in care since 3 years before; the same carers through T (yes); a new carer (no);
  // placed for adoption with new carers, counted with the placement before (yes).
  run(
    lac(`${y - 8}-01-01`),
    [
      [`${y - 3}-03-01`, "S", "C2", "U1"],
      [`${y - 2}-05-01`, "T", "C1", "U1"],
    ],
    null,
    null,
  );
  run(
    lac(`${y - 8}-02-01`),
    [
      [`${y - 3}-03-01`, "S", "C2", "U1"],
      [`${y - 1}-06-01`, "P", "C2", "U2"],
    ],
    null,
    null,
  );
  run(
    lac(`${y - 4}-03-01`),
    [
      [`${y - 3}-01-01`, "S", "C2", "U1"],
      [`${y - 2}-01-01`, "L", "E1", "U1"],
      [`${y - 2}-12-01`, "P", "E1", "A6"],
    ],
    null,
    null,
  );
  // Adoptions on the 3-year window's edges: on 1 April and on 31 March.
  for (const [dec, rec] of [
    [`${y}-04-01`, "E11"],
    [census, "E12"],
  ] as const) {
    const child = lac(`${y - 3}-01-01`);
    const start = addDays(dec, -500);
    const order = addDays(dec, -300);
    const placed = addDays(dec, -150);
    run(
      child,
      [
        [start, "S", "C2", "U1"],
        [order, "L", "E1", "U1"],
        [placed, "P", "E1", "A6"],
      ],
      dec,
      rec,
    );
    world.adoptions.push({ child, dateInt: addDays(order, 10), dateMatch: addDays(order, 40) });
  }
  // Distance from home at 31 March: 20.0 miles outside the LA (not more than 20), 20.1 outside (counted), 24.9
  // inside the LA (not counted).
  for (const plPost of ["ZZ0 0AB", "ZZ0 0AC", "ZZ0 0AD"])
    run(lac(`${y - 6}-05-01`), [[`${y}-06-01`, "S", "C2", "U1"]], null, null, plPost);
  for (const p of EDGE_POSTCODES) if (!world.postcodes.includes(p)) world.postcodes.push(p);
  // Missing: an incident ongoing on 1 April; "away" only (not missing); one starting on 31 March, still open.
  const ongoing = lac(`${y - 14}-01-01`);
  run(ongoing, [[`${y - 1}-05-01`, "S", "C2", "U1"]], null, null);
  world.missing.push({ child: ongoing, kind: "M", start: `${y}-03-25`, end: `${y}-04-03` });
  const away = lac(`${y - 14}-02-01`);
  run(away, [[`${y - 1}-05-01`, "S", "C2", "U1"]], null, null);
  world.missing.push({ child: away, kind: "A", start: `${y}-06-25`, end: `${y}-06-26` });
  const open = lac(`${y - 14}-03-01`);
  run(open, [[`${y - 1}-05-01`, "S", "C2", "U1"]], null, null);
  world.missing.push({ child: open, kind: "M", start: census, end: null });
}
