/** One LAIT measure as stored in the generated bundle. */
export interface LaitMeasureRecord {
  /** LAIT `measure_short`. */
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  /** LAIT polarity: `High` (higher is better), `Low`, or `-` (no judgement). */
  readonly polarity: "High" | "Low" | "-";
  /** LAIT year type: `Financial Year`, `Annual`, `Annual (end of Sept)`, `Academic Year`. */
  readonly yearType: string;
  /** LAIT says quartile banding is not meaningful. */
  readonly noQuartile: boolean;
  readonly dps?: number;
  readonly chartTitle: string;
  readonly yAxis: string;
  readonly sourceTable: string;
  /** Year labels, comma-separated, ascending. */
  readonly years: string;
  /** Raw values: `|` between years, `,` between areas (in `laitAreaCodes` order); `""` = no row. */
  readonly values: string;
}
