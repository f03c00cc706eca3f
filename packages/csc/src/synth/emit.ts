// Internal: the synthetic records cut into one collection year's files, as a council's system writes them: a
// CIN census XML of the referrals open at any time in the year, and SSDA903 CSVs of the episodes and missing
// incidents open at any time in the year; dates after 31 March are not known yet, so they are blank.
import { codesForYear } from "../returns/ssda903-code-years.js";
import type { SynthReferral, SynthWorld } from "./model.js";
import { ukDate } from "./model.js";

/**
 * A code of another collection year's list in the nearest code of the year's own list, as a council's system
 * recodes an episode that runs on into a year with a new code list: the 2019 schema's moves into independent
 * living (E45–E48) are E44 before it; semi-independent accommodation (H5) is supported accommodation (K3) from
 * 2024-25, and the reverse before.
 */
const EQUIVALENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REC: { E45: "E44", E46: "E44", E47: "E44", E48: "E44", E43: "E45", E44: "E45" },
  PLACE: { H5: "K3", K3: "H5" },
};
function codeOfYear(column: string, code: string, year: number): string {
  const allowed = codesForYear("episodes", column, year);
  if (allowed === undefined || code === "" || allowed.includes(code)) return code;
  const other = EQUIVALENT[column]?.[code];
  return other !== undefined && allowed.includes(other) ? other : code;
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const GENDER_CURRENT: Readonly<Record<string, string>> = { M: "1", F: "2", U: "0" };

/** The CIN census XML of the year starting in `year`. */
export function cinCensusXml(world: SynthWorld, year: number, la: string): string {
  const start = `${year}-04-01`;
  const end = `${year + 1}-03-31`;
  const known = (d: string | null) => (d !== null && d <= end ? d : null);
  // Booleans: 1 and 0 only from the 2025 schema (2024-25); true and false before, as councils wrote them.
  const flag = (b: boolean) => (year >= 2024 ? (b ? "1" : "0") : b ? "true" : "false");
  const byChild = new Map<string, SynthReferral[]>();
  for (const r of world.referrals) {
    if (r.date > end || (r.closure !== null && r.closure < start)) continue;
    const list = byChild.get(r.child) ?? [];
    list.push(r);
    byChild.set(r.child, list);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<Message>",
    "  <Header>",
    "    <CollectionDetails>",
    "      <Collection>CIN</Collection>",
    `      <Year>${year + 1}</Year>`,
    `      <ReferenceDate>${end}</ReferenceDate>`,
    "    </CollectionDetails>",
    "    <Source>",
    "      <SourceLevel>L</SourceLevel>",
    `      <LEA>${xmlText(la)}</LEA>`,
    "      <SoftwareCode>kpikit synth</SoftwareCode>",
    "      <Release>1</Release>",
    "      <SerialNo>001</SerialNo>",
    `      <DateTime>${year + 1}-05-01T09:00:00</DateTime>`,
    "    </Source>",
    "  </Header>",
    "  <Children>",
  ];
  const el = (indent: number, name: string, value: string | null) => {
    if (value !== null) out.push(`${" ".repeat(indent)}<${name}>${xmlText(value)}</${name}>`);
  };
  for (const child of world.cinChildren) {
    const referrals = byChild.get(child.id);
    if (!referrals) continue;
    out.push("    <Child>", "      <ChildIdentifiers>");
    el(8, "LAchildID", child.id);
    el(8, "UPNunknown", "UN5");
    el(8, "PersonBirthDate", child.dob);
    // The 2025 schema's <Sex> from 2024-25; <GenderCurrent> (1 male, 2 female, 0 not known) before it.
    if (year >= 2024) el(8, "Sex", child.sex);
    else el(8, "GenderCurrent", GENDER_CURRENT[child.sex] ?? "0");
    out.push("      </ChildIdentifiers>", "      <ChildCharacteristics>");
    el(8, "Ethnicity", child.ethnicity);
    out.push("        <Disabilities>", "          <Disability>NONE</Disability>", "        </Disabilities>");
    out.push("      </ChildCharacteristics>");
    for (const r of referrals) {
      const closure = known(r.closure);
      out.push("      <CINdetails>");
      el(8, "CINreferralDate", r.date);
      el(8, "ReferralSource", r.source);
      el(8, "PrimaryNeedCode", r.need);
      el(8, "CINclosureDate", closure);
      el(8, "ReasonForClosure", closure === null ? null : r.reason);
      el(
        8,
        "DateOfInitialCPC",
        known(r.icpcOnReferral ?? r.section47.find((s) => s.icpc !== null)?.icpc ?? null),
      );
      for (const a of r.assessments) {
        if (a.start > end) continue;
        out.push("        <Assessments>");
        el(10, "AssessmentActualStartDate", a.start);
        const authorised = known(a.authorised);
        el(10, "AssessmentAuthorisationDate", authorised);
        if (authorised !== null) {
          out.push("          <FactorsIdentifiedAtAssessment>");
          for (const f of a.factors) el(12, "AssessmentFactors", f);
          out.push("          </FactorsIdentifiedAtAssessment>");
        }
        out.push("        </Assessments>");
      }
      for (const p of r.cinPlans) {
        if (p.start > end) continue;
        out.push("        <CINPlanDates>");
        el(10, "CINPlanStartDate", p.start);
        el(10, "CINPlanEndDate", known(p.end));
        out.push("        </CINPlanDates>");
      }
      for (const s of r.section47) {
        if (s.start > end) continue;
        out.push("        <Section47>");
        el(10, "S47ActualStartDate", s.start);
        el(10, "InitialCPCtarget", s.target);
        const icpc = known(s.icpc);
        el(10, "DateOfInitialCPC", icpc);
        el(10, "ICPCnotRequired", flag(icpc === null && s.icpc === null));
        out.push("        </Section47>");
      }
      el(8, "ReferralNFA", flag(r.nfa));
      for (const p of r.plans) {
        if (p.start > end) continue;
        const planEnd = known(p.end);
        out.push("        <ChildProtectionPlans>");
        el(10, "CPPstartDate", p.start);
        el(10, "CPPendDate", planEnd);
        el(10, "InitialCategoryOfAbuse", p.category);
        el(10, "LatestCategoryOfAbuse", p.category);
        el(10, "NumberOfPreviousCPP", String(p.previous));
        out.push("        </ChildProtectionPlans>");
      }
      out.push("      </CINdetails>");
    }
    out.push("    </Child>");
  }
  out.push("  </Children>", "</Message>", "");
  return out.join("\n");
}

/** A UPN with its check letter (DfE: weights 2–13 on characters 2–13, the sum mod 23 picks the letter). */
function upn(la: string, serial: number): string {
  const body = `${la.padStart(3, "0").slice(-3)}${String(serial % 1_000_000_000).padStart(9, "0")}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i + 2);
  return `${"ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23]}${body}`;
}

/** The SSDA903 CSVs (header, episodes, missing, ad1) of the year starting in `year`: file name → text. */
export function ssda903Csvs(world: SynthWorld, year: number, la: string): Record<string, string> {
  const start = `${year}-04-01`;
  const end = `${year + 1}-03-31`;
  const known = (d: string | null) => (d !== null && d <= end ? d : null);
  const episodes = world.episodes.filter((e) => e.decom <= end && (e.dec === null || e.dec >= start));
  const inYear = new Set(episodes.map((e) => e.child));
  const dob = new Map(world.lacChildren.map((c) => [c.id, c.dob]));
  const header = ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"];
  world.lacChildren.forEach((c, i) => {
    if (inYear.has(c.id)) header.push(`${c.id},${c.sex},${ukDate(c.dob)},${c.ethnicity},${upn(la, i + 1)},,`);
  });
  const ep = [
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
  ];
  for (const e of episodes) {
    const dec = known(e.dec);
    const closed = dec !== null;
    ep.push(
      [
        e.child,
        ukDate(e.decom),
        e.rne,
        e.ls,
        e.cin,
        codeOfYear("PLACE", e.place, year),
        e.provider,
        ukDate(dec),
        closed ? codeOfYear("REC", e.rec ?? "", year) : "",
        "",
        e.homePost ?? "",
        e.plPost ?? "",
        "",
      ].join(","),
    );
  }
  const missing = ["CHILD,DOB,MISSING,MIS_START,MIS_END"];
  for (const m of world.missing) {
    if (m.start > end || (m.end !== null && m.end < start) || !dob.has(m.child)) continue;
    missing.push(
      `${m.child},${ukDate(dob.get(m.child) ?? null)},${m.kind},${ukDate(m.start)},${ukDate(known(m.end))}`,
    );
  }
  const ceased = new Map(
    episodes.filter((e) => e.rec === "E11" || e.rec === "E12").map((e) => [e.child, e.dec]),
  );
  const ad1 = ["CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR"];
  for (const a of world.adoptions) {
    const dec = ceased.get(a.child);
    if (dec === undefined || dec === null || dec < start || dec > end) continue;
    ad1.push(
      `${a.child},${ukDate(dob.get(a.child) ?? null)},${ukDate(a.dateInt)},${ukDate(a.dateMatch)},0,2,MF,L12`,
    );
  }
  const csv = (rows: string[]) => `${rows.join("\n")}\n`;
  return {
    "header.csv": csv(header),
    "episodes.csv": csv(ep),
    "missing.csv": csv(missing),
    "ad1.csv": csv(ad1),
  };
}
