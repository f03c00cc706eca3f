// stats: public exports of this area (listed on purpose).

export { byarInterval } from "./byar-interval.js";
export {
  type BenchmarkComparison,
  compareWithBenchmark,
  compareWithBenchmarkTwoLevel,
  type TwoLevelBenchmarkComparison,
  type ValueWithInterval,
} from "./compare-with-benchmark.js";
export {
  chiSquareQuantile,
  gammaQuantile,
  normalCdf,
  normalQuantile,
  studentTQuantile,
} from "./distributions.js";
export { exactPoissonInterval } from "./exact-poisson-interval.js";
export { meanWithCI } from "./mean-with-ci.js";
export { proportionWithCI } from "./proportion-with-ci.js";
export { rateWithCI } from "./rate-with-ci.js";
export type {
  ConfidenceInterval,
  MeanResult,
  ProportionResult,
  RateResult,
  StatisticOptions,
  StatisticStatus,
} from "./types.js";
export { wilsonInterval } from "./wilson-interval.js";
