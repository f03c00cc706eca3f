// Internal: text normalisation and similarity scoring for findIndicator. Not exported from the package.

const WORD_SUBSTITUTIONS: Readonly<Record<string, string>> = {
  percentage: "percent",
  pct: "percent",
  nos: "number",
  num: "number",
  yrs: "year",
  yr: "year",
  wd: "working day",
  wds: "working day",
};

// Phrases that councils and DfE write in several ways, compared in one form (applied to singular tokens).
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [
    / (?:looked after children|looked after child|children looked after|child looked after|children in care|child in care|lac) /g,
    " cla ",
  ],
  [/ child protection plan /g, " cp plan "],
  [/ child protection /g, " cp "],
  [/ cpp /g, " cp plan "],
  [/ initial cp conference /g, " icpc "],
  [/ review cp conference /g, " rcpc "],
  [/ section 47 /g, " s47 "],
  [/ (?:children in need|child in need) /g, " cin "],
  [/ return home interview /g, " rhi "],
  [/ elective home education /g, " ehe "],
  [/ education (?:employment|training) (?:and|or) (?:training|employment) /g, " eet "],
  [/ education employment training /g, " eet "],
];

/** Singular form used for matching: "reviews" → "review", "enquiries" → "enquiry", "S47s" → "s47". */
function singular(token: string): string {
  if (token.length > 4 && token.endsWith("ies")) return `${token.slice(0, -3)}y`;
  if (token.length >= 4 && token.endsWith("s") && !/(?:ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/**
 * Normalises a name for matching: case, punctuation, "&"/"and", "%"/"percent"/"percentage", "no."/"number",
 * "+"/"plus", apostrophes and plural "s" all compare equal.
 */
export function normaliseName(text: string): string {
  const spaced = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/\+/g, " plus ")
    .replace(/\bper cent\b/g, " percent ")
    .replace(/\bno\.(?=\s|\d|$)/g, " number ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (spaced === "") return "";
  const out: string[] = [];
  for (const raw of spaced.split(" ")) {
    const sub = Object.hasOwn(WORD_SUBSTITUTIONS, raw) ? WORD_SUBSTITUTIONS[raw] : undefined;
    for (const t of (sub ?? raw).split(" ")) out.push(singular(t));
  }
  let joined = ` ${out.join(" ")} `;
  for (const [pattern, replacement] of PHRASES) {
    // Run twice so overlapping neighbours ("lac lac") are both replaced.
    joined = joined.replace(pattern, replacement).replace(pattern, replacement);
  }
  return joined.trim().replace(/ +/g, " ");
}

/** Levenshtein edit distance (insert, delete, substitute), two-row dynamic programme. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** How well two normalised tokens match: 1 equal, 0.8 a small typo, 0.6 a prefix, else 0. */
function tokenSimilarity(q: string, n: string): number {
  if (q === n) return 1;
  const shorter = Math.min(q.length, n.length);
  if (shorter >= 4) {
    const allowed = shorter >= 8 ? 2 : 1;
    if (Math.abs(q.length - n.length) <= allowed && editDistance(q, n) <= allowed) return 0.8;
    if (n.startsWith(q) || q.startsWith(n)) return 0.6;
  }
  return 0;
}

/**
 * Similarity of a normalised query to a normalised name, 0..1: the better of a token score (how many query
 * words the name contains, allowing typos, balanced against the name's length) and a whole-string
 * edit-distance score.
 */
export function nameSimilarity(query: string, name: string): number {
  if (query === name) return 1;
  const qTokens = [...new Set(query.split(" "))];
  const nTokens = [...new Set(name.split(" "))];
  let matched = 0;
  for (const q of qTokens) {
    let best = 0;
    for (const n of nTokens) {
      const s = tokenSimilarity(q, n);
      if (s > best) best = s;
      if (best === 1) break;
    }
    matched += best;
  }
  const coverage = matched / qTokens.length;
  const dice = (2 * matched) / (qTokens.length + nTokens.length);
  const tokenScore = 0.5 * coverage + 0.5 * dice;
  const longer = Math.max(query.length, name.length);
  let charScore = 0;
  if (Math.min(query.length, name.length) / longer >= 0.6) charScore = 1 - editDistance(query, name) / longer;
  return Math.max(tokenScore, charScore);
}
