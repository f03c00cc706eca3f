// returns: public exports of this area (listed on purpose). Statutory returns: CIN census XML, SSDA903 CSV.

export {
  type AnnexAWorkbook,
  isAnnexAWorkbook,
  readAnnexA,
} from "./annex-a/read-annex-a.js";
export { returnsInputOf, workbookPlanSheets } from "./annex-a/workbook-input.js";
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
export { DFE_RULES, type DfeRuleNumbers, dfeRuleOf } from "./dfe-rules.js";
export type {
  AnnexAChild,
  MeasureExclusion,
  MeasureOptions,
  MeasureResult,
  ReturnsMeasureOptions,
  ReturnYear,
  ReturnYearAnnexA,
  ReturnYearCin,
  ReturnYearSsda903,
} from "./measure-types.js";
export {
  computeReturnsMeasures,
  RETURNS_CIN_MEASURE_IDS,
  RETURNS_SSDA903_MEASURE_IDS,
} from "./measures/compute-returns-measures.js";
export {
  type PostcodeLocation,
  type PostcodeLookup,
  readPostcodeLookup,
} from "./measures/read-postcode-lookup.js";
export {
  computeReturnsMeasuresSql,
  RETURNS_SQL_FILES,
  type SqlCell,
  type SqlConnection,
} from "./measures/sql-engine.js";
export {
  type CinCensusResult,
  type ParseCinCensusOptions,
  parseCinCensusStream,
  parseCinCensusXml,
} from "./parse-cin-census-xml.js";
export {
  type MeasureReturnsOptions,
  type MeasureReturnsResult,
  measureReturns,
  measureReturnsSql,
  type ReturnsComputation,
} from "./pipeline/measure-returns.js";
export {
  isBlockingIssue,
  RETURNS_MAX_BYTES,
  type ReadReturnsOptions,
  type ReadReturnsResult,
  type ReturnKind,
  type ReturnsFile,
  type ReturnsInput,
  type ReturnsYear,
  readReturns,
} from "./pipeline/read-returns.js";
export {
  RETURNS_STREAM_MAX_BYTES,
  type ReadReturnsStreamOptions,
  type ReturnsStreamInput,
  readReturnsStream,
} from "./pipeline/read-returns-stream.js";
export {
  type ReadSsda903Options,
  type ReadSsda903Result,
  readSsda903,
  recogniseSsda903Table,
  type Ssda903Row,
  type Ssda903Table,
  type Ssda903TableName,
  type Ssda903Tables,
} from "./read-ssda903.js";
export { recogniseReturnFile } from "./recognise-return-file.js";
export { recogniseReturnXml } from "./recognise-return-xml.js";
