// reference: public exports of this area (listed on purpose).

export type { CscArea } from "../_data/types.js";
export { type FormerAreaNote, formerAreaNote, readableAreaName } from "./area-names.js";
export { getArea, type ListAreasOptions, listAreas } from "./areas.js";
export { type AreaMatch, type FindAreaOptions, findArea } from "./find-area.js";
export { type OfstedGrade, type OfstedJudgement, ofstedJudgement } from "./ofsted-judgement.js";
export {
  type NeighbourModel,
  type StatisticalNeighbour,
  statisticalNeighbourRanks,
  statisticalNeighbours,
} from "./statistical-neighbours.js";
