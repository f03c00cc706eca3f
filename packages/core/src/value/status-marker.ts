import { STATUS_MARKER, type StatusMarker } from "../labels/labels.js";
import type { ObservationStatus } from "../observation/types.js";

/**
 * The GSS shorthand for a status: suppressed `[c]`, not available `[x]`, not applicable `[z]`,
 * low reliability `[u]`; `ok` has none (an unknown status from bad data has none either).
 * @example
 * statusMarker("suppressed") //=> "[c]"
 */
export function statusMarker(status: ObservationStatus): StatusMarker {
  return STATUS_MARKER[status] ?? "";
}
