// returns: public exports of this area (listed on purpose). Statutory returns: CIN census XML, SSDA903 CSV.

export type {
  CinAssessment,
  CinChild,
  CinChildCharacteristics,
  CinChildIdentifiers,
  CinDetails,
  CinHeader,
  CinPlanDates,
  CinProtectionPlan,
  CinSection47,
} from "./cin-types.js";
export {
  type CinCensusResult,
  type ParseCinCensusOptions,
  parseCinCensusXml,
} from "./parse-cin-census-xml.js";
