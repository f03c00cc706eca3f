import type { ObservationStatus } from "@kpikit/core";

/** What a published cell holds: a number, or a status with the marker that stood in for it. */
export type CellValue =
  | { readonly kind: "number"; readonly value: number }
  | {
      readonly kind: "status";
      readonly status: ObservationStatus;
      readonly marker: string;
      readonly meaning: string;
    }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly text: string };

// GSS/EES shorthand and LAIT's placeholders. `k`/`low` (rounds to zero but is not zero) has no usable number.
const MARKERS: Readonly<Record<string, { readonly status: ObservationStatus; readonly meaning: string }>> = {
  c: { status: "suppressed", meaning: "suppressed to protect confidentiality" },
  x: { status: "not-available", meaning: "not available" },
  z: { status: "not-applicable", meaning: "not applicable" },
  u: { status: "low-reliability", meaning: "low reliability" },
  k: { status: "suppressed", meaning: "rounds to zero but is not zero" },
  low: { status: "suppressed", meaning: "rounds to zero but is not zero" },
  "-": { status: "not-available", meaning: "missing or suppressed (LAIT '-')" },
  "..": { status: "not-available", meaning: "not available ('..')" },
  ":": { status: "not-available", meaning: "not available (':')" },
  na: { status: "not-available", meaning: "not available (NA)" },
  "n/a": { status: "not-available", meaning: "not available (N/A)" },
  "*": { status: "suppressed", meaning: "suppressed ('*')" },
  supp: { status: "suppressed", meaning: "suppressed" },
  dnr: { status: "not-available", meaning: "did not return" },
};

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads one published cell: a number (thousands separators and a trailing `%` allowed), a special-value
 * marker (`c`, `x`, `z`, `u`, `k`, `low`, `-`, `..`, `:`, `NA`), empty, or invalid. Markers are never numbers.
 * @example
 * readCell("22.6") //=> { kind: "number", value: 22.6 }
 * readCell("c").kind === "status" && readCell("c").status //=> "suppressed"
 * readCell("1,234") //=> { kind: "number", value: 1234 }
 * readCell("abc").kind //=> "invalid"
 */
export function readCell(raw: string): CellValue {
  const text = raw.trim().replace(/^\[(.*)\]$/, "$1");
  if (text === "") return { kind: "empty" };
  const marker = MARKERS[text.toLowerCase()];
  if (marker) return { kind: "status", status: marker.status, marker: text, meaning: marker.meaning };
  const t = text.endsWith("%") ? text.slice(0, -1).trim() : text;
  if (NUMBER.test(t)) return { kind: "number", value: Number(t) };
  if (GROUPED.test(t)) return { kind: "number", value: Number(t.replace(/,/g, "")) };
  return { kind: "invalid", text };
}
