// Internal: name normalisation shared by findArea and the file loaders (not exported from the package).

const LEADING =
  /^(the |london borough of |royal borough of |borough of |county of (?!london)|city of (?!london)|council of the )+/;
const TRAILING =
  / (metropolitan borough council|metropolitan district council|county council|city council|borough council|district council|unitary authority|council|city of|county of|city|mbc|mdc|bc|cc|ua|la)$/;
// Short forms councils and officers write.
const TOKENS: Readonly<Record<string, string>> = {
  n: "north",
  s: "south",
  e: "east",
  w: "west",
  ne: "north east",
  nw: "north west",
  se: "south east",
  sw: "south west",
  beds: "bedfordshire",
  bucks: "buckinghamshire",
  cambs: "cambridgeshire",
  derbys: "derbyshire",
  glos: "gloucestershire",
  hants: "hampshire",
  herts: "hertfordshire",
  lancs: "lancashire",
  leics: "leicestershire",
  lincs: "lincolnshire",
  northants: "northamptonshire",
  notts: "nottinghamshire",
  oxon: "oxfordshire",
  staffs: "staffordshire",
  warks: "warwickshire",
  wilts: "wiltshire",
  worcs: "worcestershire",
  yorks: "yorkshire",
};

/** Folds case, accents, punctuation, `&`/`and`, `St.`/`St`, short forms and council-type words so spellings compare equal. */
export function normalizeName(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bst\.\s*/g, "st ")
    .replace(/[.,'’‘`"()\-_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s
    .split(" ")
    .map((t) => (Object.hasOwn(TOKENS, t) ? TOKENS[t] : undefined) ?? t)
    .join(" ");
  for (let i = 0; i < 2; i++) s = s.replace(LEADING, "").replace(TRAILING, "").trim();
  return s;
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}
