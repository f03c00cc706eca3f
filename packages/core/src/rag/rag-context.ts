import type { QuartileBand } from "../benchmark/types.js";
import type { Direction } from "../direction/types.js";
import type { Polarity, Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";
import type { Period } from "../period/types.js";
import type { RagTolerance } from "./policy.js";

/** A comparator value for RAG: the number and what to call it ("England", "South West"). */
export interface RagBenchmark {
  readonly value: number | null;
  /** Words for the reason; defaults: "England", "the region", "the statistical neighbour average". */
  readonly label?: string;
}

/** Everything a RAG rule may look at for one row. */
export interface RagContext {
  readonly indicator: {
    readonly id: string;
    readonly shortTitle?: string;
    readonly polarity: Polarity;
    readonly unit: Unit;
    readonly decimals: number;
  };
  /** The value being rated; `lower`/`upper` are its confidence interval (for significance rules). */
  readonly current: {
    readonly value: number | null;
    readonly status: ObservationStatus;
    readonly period?: Period;
    readonly lower?: number | null;
    readonly upper?: number | null;
    /** Confidence level of `lower`/`upper`, for the reason. Default 0.95. */
    readonly confidence?: number;
  } | null;
  readonly target?: number | null;
  readonly stretch?: number | null;
  /** The row's own amber tolerance; overrides the rule's. */
  readonly tolerance?: RagTolerance | null;
  readonly benchmarks?: {
    readonly england?: RagBenchmark | null;
    readonly region?: RagBenchmark | null;
    readonly neighbours?: RagBenchmark | null;
  };
  readonly band?: QuartileBand | null;
  readonly rank?: number | null;
  readonly rankOf?: number | null;
  readonly direction?: { readonly direction: Direction; readonly reason: string } | null;
}
