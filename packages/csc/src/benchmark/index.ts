// benchmark: public exports of this area (listed on purpose).
export {
  type BenchmarkIndicatorOptions,
  type BenchmarkRow,
  type BenchmarkRowDisplay,
  benchmarkIndicator,
  type IndicatorBenchmark,
} from "./benchmark-indicator.js";
