import type { IndicatorDefinition, Unit } from "@kpikit/core";
import { catalogue, laitIdRedirects } from "./catalogue.js";
import { nameSimilarity, normaliseName } from "./text-match.js";

/** What a name resolved to: exactly one indicator, or ranked candidates when kpikit is not sure. */
export type IndicatorMatch =
  | {
      readonly ok: true;
      readonly indicator: IndicatorDefinition;
      readonly matchedOn: "id" | "lait" | "title" | "alias";
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** Best first; score 0..1 (1 = the same name after normalisation). Empty when nothing is close. */
      readonly candidates: readonly { readonly indicator: IndicatorDefinition; readonly score: number }[];
    };

type MatchKind = "id" | "lait" | "title" | "alias";
const RANK: Readonly<Record<MatchKind, number>> = { id: 0, lait: 1, title: 2, alias: 3 };

interface NameEntry {
  readonly indicator: IndicatorDefinition;
  readonly kind: MatchKind;
  readonly key: string;
}

/** Lowest score for a candidate to be listed. */
export const CANDIDATE_THRESHOLD = 0.35;
/** At most this many candidates are returned. */
export const MAX_CANDIDATES = 10;
/** A candidate this close is offered as "did you mean". */
const SUGGEST_THRESHOLD = 0.85;

let index:
  | {
      /** Ids and LAIT ids, lower-cased: matched as written, not as words ("CIN" the measure, not "children in need"). */
      readonly codes: Map<string, NameEntry>;
      /** Normalised titles and aliases. */
      readonly exact: Map<string, NameEntry[]>;
      readonly names: readonly NameEntry[];
    }
  | undefined;

const codeKey = (text: string): string => text.trim().toLowerCase();

function buildIndex(): NonNullable<typeof index> {
  const codes = new Map<string, NameEntry>();
  const exact = new Map<string, NameEntry[]>();
  const names: NameEntry[] = [];
  const addCode = (indicator: IndicatorDefinition, kind: "id" | "lait", text: string) => {
    const key = codeKey(text);
    const prev = codes.get(key);
    if (prev === undefined || RANK[kind] < RANK[prev.kind]) codes.set(key, { indicator, kind, key });
  };
  const addName = (indicator: IndicatorDefinition, kind: "title" | "alias", text: string) => {
    const key = normaliseName(text);
    if (key === "") return;
    const entry: NameEntry = { indicator, kind, key };
    const list = exact.get(key);
    if (list === undefined) exact.set(key, [entry]);
    else list.push(entry);
    names.push(entry);
  };
  for (const d of catalogue) {
    addCode(d, "id", d.id);
    if (d.lait !== undefined) addCode(d, "lait", d.lait);
    addName(d, "title", d.title);
    addName(d, "title", d.shortTitle);
    for (const a of d.aliases) addName(d, "alias", a);
  }
  for (const [id, d] of laitIdRedirects) addCode(d, "id", id);
  return { codes, exact, names };
}

function getIndex(): NonNullable<typeof index> {
  if (index === undefined) index = buildIndex();
  return index;
}

function rankCandidates(key: string): { indicator: IndicatorDefinition; score: number }[] {
  const best = new Map<string, { indicator: IndicatorDefinition; score: number }>();
  for (const entry of getIndex().names) {
    const score = nameSimilarity(key, entry.key);
    if (score < CANDIDATE_THRESHOLD) continue;
    const prev = best.get(entry.indicator.id);
    if (prev === undefined || score > prev.score)
      best.set(entry.indicator.id, { indicator: entry.indicator, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.indicator.id.localeCompare(b.indicator.id))
    .slice(0, MAX_CANDIDATES)
    .map((c) => ({ indicator: c.indicator, score: Math.round(c.score * 1000) / 1000 }));
}

// Unit words councils add to a row name ("% re-referrals", "Agency staff (number)", "… (days)"), with the units
// they are compatible with. The name without them must match one indicator exactly, in a compatible unit.
const UNIT_WORDS: readonly (readonly [RegExp, readonly Unit[]])[] = [
  [/^percent (?:of )?(.+)$/, ["percent"]],
  [/^(.+) percent$/, ["percent"]],
  [/^number (?:of )?(.+)$/, ["count", "fte"]],
  [/^(.+) number$/, ["count", "fte"]],
  [/^(.+) day$/, ["days"]],
  [/^(.+) rate per 10000$/, ["rate-per-10k"]],
  [/^(.+) per 10000$/, ["rate-per-10k"]],
];

function matchIgnoringUnitWords(key: string): IndicatorMatch | undefined {
  for (const [pattern, units] of UNIT_WORDS) {
    const rest = pattern.exec(key)?.[1];
    if (rest === undefined) continue;
    const hits = getIndex().exact.get(rest) ?? [];
    const ids = new Set(hits.filter((h) => units.includes(h.indicator.unit)).map((h) => h.indicator.id));
    const first = hits.find((h) => ids.has(h.indicator.id));
    if (ids.size === 1 && first !== undefined)
      return { ok: true, indicator: first.indicator, matchedOn: first.kind };
  }
  return undefined;
}

/**
 * Resolves the name of an indicator — an id or LAIT measure id (as written, any case), a title or an alias such as the wording in a
 * council's report — to one catalogue definition. Case, punctuation, "&"/"and", plural "s", "%"/"percent"
 * and "no."/"number" do not matter, nor does a unit word ("% …", "… (days)") when the rest of the name matches
 * one indicator in that unit. When the name is not an exact match (or matches more than one
 * definition), it never guesses: it returns `ok: false` with ranked candidates (token overlap with typo
 * tolerance, and edit distance), best first.
 *
 * @example
 * findIndicator("Re-referral rate")
 * //=> { ok: true, indicator: { id: "re-referrals-12m", … }, matchedOn: "alias" }
 */
export function findIndicator(text: string): IndicatorMatch {
  const key = normaliseName(text);
  if (key === "") return { ok: false, message: "No indicator name was given.", candidates: [] };
  const code = getIndex().codes.get(codeKey(text));
  if (code !== undefined) return { ok: true, indicator: code.indicator, matchedOn: code.kind };
  const hits = getIndex().exact.get(key);
  if (hits !== undefined) {
    const top = Math.min(...hits.map((h) => RANK[h.kind]));
    const atTop = hits.filter((h) => RANK[h.kind] === top);
    const ids = new Set(atTop.map((h) => h.indicator.id));
    const first = atTop[0];
    if (ids.size === 1 && first !== undefined)
      return { ok: true, indicator: first.indicator, matchedOn: first.kind };
    const candidates = [...ids].flatMap((id) => {
      const h = atTop.find((x) => x.indicator.id === id);
      return h === undefined ? [] : [{ indicator: h.indicator, score: 1 }];
    });
    return {
      ok: false,
      message: `"${text}" names ${ids.size} indicators: ${[...ids].join(", ")}. Use an id to choose.`,
      candidates,
    };
  }
  const withoutUnit = matchIgnoringUnitWords(key);
  if (withoutUnit !== undefined) return withoutUnit;
  const candidates = rankCandidates(key);
  const best = candidates[0];
  const message =
    best === undefined
      ? `No indicator matches "${text}".`
      : best.score >= SUGGEST_THRESHOLD && (candidates[1] === undefined || candidates[1].score < best.score)
        ? `No indicator is called "${text}". Did you mean "${best.indicator.title}" (${best.indicator.id})?`
        : `No indicator is called "${text}"; ${candidates.length} possible ${candidates.length === 1 ? "match" : "matches"}, best first: ${candidates
            .slice(0, 5)
            .map((c) => c.indicator.id)
            .join(", ")}.`;
  return { ok: false, message, candidates };
}
