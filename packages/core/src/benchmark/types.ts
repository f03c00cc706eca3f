// The words of the benchmark area: quartile bands and how comparator groups are aggregated.

/** LAIT quartile band: A is the best quarter of LAs (by polarity), D the worst. */
export type QuartileBand = "A" | "B" | "C" | "D";

/** How a comparator group's values are combined into one figure. */
export type AggregateMethod = "mean" | "median" | "pooled";
