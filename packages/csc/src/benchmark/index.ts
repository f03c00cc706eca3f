// benchmark: public exports of this area (listed on purpose).
export {
  benchmarkIndicator,
  type BenchmarkIndicatorOptions,
  type BenchmarkRow,
  type IndicatorBenchmark,
} from "./benchmark-indicator.js";
