import { ofstedRecords } from "../_data/ofsted.generated.js";
import { getArea } from "./areas.js";

/** An Ofsted grade as Ofsted words it. */
export type OfstedGrade = "Outstanding" | "Good" | "Requires improvement to be good" | "Inadequate";

/** An LA's latest Ofsted ILACS (inspection of local authority children's services) judgement. */
export interface OfstedJudgement {
  readonly kind: "ilacs";
  /** DfE code of the LA. */
  readonly laCode: string;
  readonly overallEffectiveness: OfstedGrade;
  /** ISO dates. */
  readonly inspectionDate: string;
  readonly publicationDate: string;
  /** `ILACS Standard Inspection` or `ILACS Short Inspection`. */
  readonly inspectionType: string;
  /** The sub-judgements; `careLeavers` only for inspections from 2023. */
  readonly leadership: OfstedGrade;
  readonly helpAndProtection: OfstedGrade;
  readonly childrenInCare: OfstedGrade;
  readonly careLeavers?: OfstedGrade;
}

/**
 * The latest Ofsted ILACS judgement for an LA (inspections up to 31 March 2025, from Ofsted's published
 * tables); `undefined` for an unknown code or an LA with no graded inspection.
 * @param code DfE or ONS code of an LA.
 * @example
 * ofstedJudgement("865")?.overallEffectiveness //=> "Outstanding"
 * ofstedJudgement("865")?.inspectionDate //=> "2023-09-25"
 * ofstedJudgement("970") //=> undefined
 */
export function ofstedJudgement(code: string): OfstedJudgement | undefined {
  const area = getArea(code);
  const rec = area ? ofstedRecords[area.code] : undefined;
  if (!area || !rec) return undefined;
  const grade = (s: string) => s as OfstedGrade;
  return {
    kind: "ilacs",
    laCode: area.code,
    overallEffectiveness: grade(rec.overallEffectiveness),
    inspectionDate: rec.inspectionDate,
    publicationDate: rec.publicationDate,
    inspectionType: rec.inspectionType,
    leadership: grade(rec.leadership),
    helpAndProtection: grade(rec.helpAndProtection),
    childrenInCare: grade(rec.childrenInCare),
    ...(rec.careLeavers ? { careLeavers: grade(rec.careLeavers) } : {}),
  };
}
