// benchmark: public exports of this area (listed on purpose).

export { type AggregateInput, type AggregateOptions, type AggregateResult, aggregate } from "./aggregate.js";
export { bestOf } from "./best-of.js";
export { type ComparisonWord, comparisonWord } from "./comparison-word.js";
export { nationalRanks, type RankEntry } from "./national-ranks.js";
export { quantileType7 } from "./quantile-type7.js";
export { quartileBand } from "./quartile-band.js";
export { type QuartileCuts, quartileCuts } from "./quartile-cuts.js";
export { type RankAndBand, type RankAndBandOptions, rankAndBand } from "./rank-and-band.js";
export { topQuartileThreshold } from "./top-quartile-threshold.js";
