// Promises the fuzz suite finds broken in readers other engineers own, each with a reproducing input in the
// issue tracker: `pnpm test` counts them but does not fail on them. An empty list is the goal.
import type { Finding } from "./invariants.js";

export const OPEN: readonly {
  readonly target: string;
  readonly kind: Finding["kind"];
  readonly why: string;
}[] = [];
