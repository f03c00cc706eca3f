// benchmark: public exports of this area (listed on purpose).
export { quantileType7 } from "./quantile-type7.js";
export { quartileCuts, type QuartileCuts } from "./quartile-cuts.js";
export { quartileBand } from "./quartile-band.js";
export { nationalRanks, type RankEntry } from "./national-ranks.js";
export { rankAndBand, type RankAndBand, type RankAndBandOptions } from "./rank-and-band.js";
export { topQuartileThreshold } from "./top-quartile-threshold.js";
export { aggregate, type AggregateInput, type AggregateOptions, type AggregateResult } from "./aggregate.js";
export { bestOf } from "./best-of.js";
