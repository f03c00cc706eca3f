// Promises the fuzz suite finds broken in code other engineers own, each reported with a reproducing input:
// `pnpm test` does not fail on them (`pnpm fuzz` still counts them). An empty list is the goal.
import type { Finding } from "./invariants.js";

export const OPEN: readonly {
  readonly target: string;
  readonly kind: Finding["kind"];
  readonly why: string;
}[] = [
  {
    target: "report",
    kind: "unreadable-output",
    why: "the XLSX writer (write-excel-file's shared strings) breaks a cell whose text is an Object property name such as constructor or valueOf",
  },
];
