// Internal: the synthetic returns' records with full dates, before they are cut into yearly files.
import type { SynthPostcode } from "./postcodes.js";

export interface SynthCinChild {
  readonly id: string;
  readonly dob: string;
  readonly sex: "M" | "F";
  readonly ethnicity: string;
}
export interface SynthAssessment {
  readonly start: string;
  readonly authorised: string | null;
  readonly factors: readonly string[];
}
export interface SynthSection47 {
  readonly start: string;
  readonly target: string;
  readonly icpc: string | null;
}
export interface SynthPlan {
  readonly start: string;
  readonly end: string | null;
  readonly category: string;
  readonly previous: number;
}
export interface SynthReferral {
  readonly child: string;
  readonly date: string;
  readonly source: string;
  readonly need: string;
  readonly nfa: boolean;
  readonly closure: string | null;
  readonly reason: string | null;
  /** A transfer-in conference recorded on the referral (no section 47). */
  readonly icpcOnReferral: string | null;
  readonly assessments: readonly SynthAssessment[];
  readonly cinPlans: readonly { readonly start: string; readonly end: string | null }[];
  readonly section47: readonly SynthSection47[];
  readonly plans: readonly SynthPlan[];
}
export interface SynthLacChild {
  readonly id: string;
  readonly dob: string;
  readonly sex: "1" | "2";
  readonly ethnicity: string;
}
export interface SynthEpisode {
  readonly child: string;
  readonly decom: string;
  readonly dec: string | null;
  readonly rne: string;
  readonly ls: string;
  readonly cin: string;
  readonly place: string;
  readonly provider: string;
  readonly rec: string | null;
  readonly reasonChange: string | null;
  /** Home and placement postcodes (fake, in the ZZ area); null when not recorded. */
  readonly homePost: string | null;
  readonly plPost: string | null;
}
export interface SynthMissing {
  readonly child: string;
  readonly kind: "M" | "A";
  readonly start: string;
  readonly end: string | null;
}
export interface SynthAdoption {
  readonly child: string;
  readonly dateInt: string;
  readonly dateMatch: string;
}

/** Every record of the synthetic area, over the whole time line. */
export interface SynthWorld {
  readonly cinChildren: SynthCinChild[];
  readonly referrals: SynthReferral[];
  readonly lacChildren: SynthLacChild[];
  readonly episodes: SynthEpisode[];
  readonly missing: SynthMissing[];
  readonly adoptions: SynthAdoption[];
  /** Every postcode the episodes use, for the lookup file. */
  readonly postcodes: SynthPostcode[];
}

export { addDays, daysBetween as daysFrom } from "../returns/dates.js";

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
export const ukDate = (iso: string | null): string =>
  iso === null ? "" : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
