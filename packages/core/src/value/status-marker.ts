import type { ObservationStatus } from "../observation/types.js";

/**
 * The GSS shorthand for a status: suppressed `[c]`, not available `[x]`, not applicable `[z]`,
 * low reliability `[u]`; `ok` has none.
 * @example
 * statusMarker("suppressed") //=> "[c]"
 */
export function statusMarker(status: ObservationStatus): "[c]" | "[x]" | "[z]" | "[u]" | "" {
  switch (status) {
    case "suppressed":
      return "[c]";
    case "not-available":
      return "[x]";
    case "not-applicable":
      return "[z]";
    case "low-reliability":
      return "[u]";
    case "ok":
      return "";
    default: {
      const never: never = status;
      return never;
    }
  }
}
