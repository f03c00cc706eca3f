import type { AreaKind } from "@kpikit/core";
import type { CscArea } from "../_data/types.js";
import { allAreas, getArea } from "./areas.js";
import { editDistance, normalizeName } from "./normalize-name.js";

/** The result of {@link findArea}: the area, or a message with ranked candidates when the query is unclear. */
export type AreaMatch =
  | {
      readonly ok: true;
      readonly area: CscArea;
      readonly matchedOn: "code" | "ons-code" | "name" | "variant" | "fuzzy";
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly candidates: readonly { readonly area: CscArea; readonly score: number }[];
    };

/** Options for {@link findArea}. */
export interface FindAreaOptions {
  /** Restrict to these kinds (default: LAs, regions and England). */
  readonly kinds?: readonly Exclude<AreaKind, "group">[];
}

interface NameEntry {
  readonly key: string;
  readonly area: CscArea;
  readonly official: boolean;
}
let index: readonly NameEntry[] | undefined;
const nameIndex = (): readonly NameEntry[] => {
  if (!index) {
    const out: NameEntry[] = [];
    for (const area of allAreas()) {
      out.push({ key: normalizeName(area.name), area, official: true });
      for (const v of area.variants) out.push({ key: normalizeName(v), area, official: false });
    }
    index = out;
  }
  return index;
};

const describe = (a: CscArea): string => (a.current ? a.name : `${a.name} (former LA ${a.code})`);

/**
 * Finds an area by DfE code, ONS code (current or former), official name or a common variant
 * (`Bristol`, `City of Bristol`, `Hull`, `St Helens`, `Brighton & Hove`), case- and punctuation-insensitively.
 * A name shared by a current and a legacy LA (Dorset) gives the current one. When the query matches no name
 * exactly, a close spelling is accepted only if it is the single clear candidate; otherwise the result is
 * `ok: false` with up to 5 ranked candidates.
 * @example
 * const m = findArea("wiltshire");
 * m.ok && m.area.code //=> "865"
 * findArea("865").ok //=> true
 * const e = findArea("E06000054");
 * e.ok && e.area.name //=> "Wiltshire"
 * const b = findArea("City of Bristol");
 * b.ok && b.area.code //=> "801"
 * const n = findArea("Northampton");
 * n.ok //=> false
 * n.ok || n.candidates.length > 1 //=> true
 */
export function findArea(query: string, options: FindAreaOptions = {}): AreaMatch {
  const kinds: readonly string[] = options.kinds ?? ["la", "region", "england"];
  const q = query.trim();
  if (q === "") return { ok: false, message: "No area given.", candidates: [] };
  if (/^\d{3}$/.test(q) || /^[EW]\d{8}$/i.test(q)) {
    const area = getArea(q);
    if (area && kinds.includes(area.kind))
      return { ok: true, area, matchedOn: /^\d/.test(q) ? "code" : "ons-code" };
    return {
      ok: false,
      message: `No ${/^\d/.test(q) ? "DfE" : "ONS"} area code ${q} is known.`,
      candidates: [],
    };
  }
  const key = normalizeName(q);
  const entries = nameIndex().filter((e) => kinds.includes(e.area.kind));
  const exact = entries.filter((e) => e.key === key);
  const exactAreas = [...new Set(exact.map((e) => e.area))];
  const current = exactAreas.filter((a) => a.current);
  const pick = current.length === 1 ? current[0] : exactAreas.length === 1 ? exactAreas[0] : undefined;
  if (pick) {
    const official = exact.some((e) => e.area === pick && e.official);
    return { ok: true, area: pick, matchedOn: official ? "name" : "variant" };
  }
  // Fuzzy: best score per area over its names. A start or a part of a name counts more than a near spelling.
  const scores = new Map<CscArea, { score: number; sure: boolean }>();
  for (const e of entries) {
    let score: number;
    let sure: boolean;
    if (key.length >= 3 && e.key.startsWith(key)) {
      score = 0.9 - 0.05 * Math.min(1, (e.key.length - key.length) / 10);
      sure = true;
    } else if (key.length >= 4 && e.key.includes(key)) {
      score = 0.8 - 0.05 * Math.min(1, (e.key.length - key.length) / 10);
      sure = true;
    } else {
      const d = editDistance(key, e.key);
      score = 1 - d / Math.max(key.length, e.key.length, 1);
      // Accept a near spelling only for a typo or two, never for a different word ("N Somerset" is not Somerset).
      sure = d <= (Math.min(key.length, e.key.length) >= 9 ? 2 : 1);
    }
    const prior = scores.get(e.area);
    if (!prior || score > prior.score) scores.set(e.area, { score, sure });
  }
  for (const a of exactAreas) scores.set(a, { score: 1, sure: false });
  const ranked = [...scores]
    .map(([area, s]) => ({ area, score: Math.round(s.score * 1000) / 1000, sure: s.sure }))
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => b.score - a.score || Number(a.area.code) - Number(b.area.code))
    .slice(0, 5);
  const [top, second] = ranked;
  if (top && exactAreas.length === 0 && top.sure && top.score >= 0.75 && (!second || second.score < 0.75)) {
    return { ok: true, area: top.area, matchedOn: "fuzzy" };
  }
  const candidates = ranked.map(({ area, score }) => ({ area, score }));
  const names = candidates.map((c) => describe(c.area));
  const hint =
    names.length === 0
      ? ""
      : ` Did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`}?`;
  return {
    ok: false,
    message:
      exactAreas.length > 1 ? `"${q}" names more than one area.${hint}` : `No area is called "${q}".${hint}`,
    candidates,
  };
}
