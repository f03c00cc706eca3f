// Internal: which measures need years the files do not cover, and the note that says so. Both engines use it.

const label = (y: number) => `${y}-${String(y + 1).slice(2)}`;

/** Indicator id → the note for a look-back the given years do not cover. */
export function lookBackNotes(
  year: number,
  cinYears: readonly number[],
  ssda903Years: readonly number[],
): Map<string, string> {
  const notes = new Map<string, string>();
  if (!cinYears.includes(year - 1))
    notes.set(
      "re-referrals-12m",
      `The look-back needs the ${label(year - 1)} CIN census, which was not given: re-referrals after a case closed before this year are undercounted.`,
    );
  if (!ssda903Years.includes(year - 1))
    notes.set(
      "cla-missing",
      `An incident ongoing on 1 April is in the ${label(year - 1)} SSDA903 missing table, which was not given: such incidents may be missed.`,
    );
  const missing = [year - 1, year - 2].filter((y) => !ssda903Years.includes(y));
  if (missing.length > 0) {
    const which = missing.map(label).join(" and ");
    notes.set(
      "cla-long-term-stability",
      `The 2½-year look-back needs the ${which} SSDA903 episodes, which were not given: children in care since before the files are left out.`,
    );
    for (const id of ["adoption-a1", "adoption-a2"])
      notes.set(
        id,
        `The 3-year window needs the ${which} SSDA903 episodes, which were not given: adoptions then are missing.`,
      );
  }
  return notes;
}
