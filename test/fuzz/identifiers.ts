// Child-level identifiers for generated returns, and the check that no message ever quotes one.
//
// Generated identifiers are distinctive on purpose (a child ID, UPN, date of birth or postcode never collides with
// words or line numbers in a message), so any occurrence in a message is a leak. A mutation may cut a cell in two,
// so a leak is also any six-character piece of a longer identifier.
import fc from "fast-check";

const CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";
const char = (set: string) => fc.constantFrom(...set.split(""));
const word = (set: string, min: number, max: number) =>
  fc.array(char(set), { minLength: min, maxLength: max }).map((a) => a.join(""));

/** A child ID as councils write them: digits (`566910`) or letters and digits (`QX7K2M9`). */
export const childId = fc.oneof(
  fc.integer({ min: 100_000, max: 999_999_999 }).map(String),
  fc.tuple(word(CONSONANTS, 2, 3), word("0123456789", 4, 6)).map(([a, b]) => `${a}${b}`),
);

/** A UPN: a letter and twelve digits. */
export const upn = fc
  .tuple(char("ABCDEFGHJKLMNPQRTUVWXYZ"), word("0123456789", 12, 12))
  .map(([a, b]) => a + b);

/** A postcode such as `QX7 9ZW`. */
export const postcode = fc
  .tuple(word("BCDGHJKMNQSTWXZ", 1, 2), fc.integer({ min: 1, max: 29 }), fc.integer({ min: 0, max: 9 }))
  .chain(([area, district, sector]) =>
    word("BDFGHJLNPQRSTUWXYZ", 2, 2).map((unit) => `${area}${district} ${sector}${unit}`),
  );

/** A date between `from` and `to` (years), as `{ iso, uk }`. */
export const date = (from: number, to: number) =>
  fc
    .record({
      y: fc.integer({ min: from, max: to }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => {
      const mm = String(m).padStart(2, "0");
      const dd = String(d).padStart(2, "0");
      return { iso: `${y}-${mm}-${dd}`, uk: `${dd}/${mm}/${y}` };
    });

/** Every form of an identifier a message could quote: itself, its six-character pieces, a date's other form. */
export function leakForms(identifiers: readonly string[]): readonly string[] {
  const forms = new Set<string>();
  for (const raw of identifiers) {
    const id = raw.trim();
    if (id.length < 6) continue;
    forms.add(id);
    const uk = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(id);
    const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(id);
    if (uk) forms.add(`${uk[3]}-${uk[2]}-${uk[1]}`);
    if (iso) forms.add(`${iso[3]}/${iso[2]}/${iso[1]}`);
    // Pieces of a cut cell; dates are checked whole (their pieces are as common as "2019").
    if (!uk && !iso && id.length > 6) for (let i = 0; i + 6 <= id.length; i++) forms.add(id.slice(i, i + 6));
  }
  return [...forms];
}

/** The identifier forms that `text` contains. */
export function leaksIn(text: string, forms: readonly string[]): readonly string[] {
  return forms.filter((f) => text.includes(f));
}
