// reference: public exports of this area (listed on purpose).
export type { CscArea } from "./csc-area.js";
export { getArea, listAreas, type ListAreasOptions } from "./areas.js";
export { findArea, type AreaMatch, type FindAreaOptions } from "./find-area.js";
export {
  statisticalNeighbours,
  statisticalNeighbourRanks,
  type NeighbourModel,
  type StatisticalNeighbour,
} from "./statistical-neighbours.js";
export { ofstedJudgement, type OfstedGrade, type OfstedJudgement } from "./ofsted-judgement.js";
