// Internal: the Annex A return-interview figure (see computeReturnsMeasures for the convention).
import { Figure } from "./figure.js";
import type { AnnexARow } from "./flat-tables.js";

/**
 * Of List 8's children with a missing episode in the 12 months before the list, those who accepted a return
 * interview after their last one. Annex A records the last episode's interview only, per child: the figure
 * counts children, and "accepted" is as near to "completed" as the list goes.
 */
export function annexAFigures(rows: readonly AnnexARow[], year: number): Figure[] {
  const accepted = new Figure("missing-rhi-completed");
  const latest = new Map<string, AnnexARow>();
  for (const r of rows) if (r.year === year) latest.set(r.child, r);
  let notOffered = 0;
  for (const r of latest.values()) {
    if (r.invalid) accepted.exclude("an Annex A value unreadable");
    else if (r.missingEpisodes === null) accepted.exclude("number of missing episodes not recorded");
    else if (r.missingEpisodes === 0) continue;
    else if (r.accepted === true && r.offered === false)
      accepted.exclude("return interview accepted but recorded as not offered");
    else if (r.accepted === null && r.offered !== false)
      accepted.exclude("return interview acceptance not recorded");
    else {
      if (r.offered === false) notOffered++;
      accepted.count(r.accepted === true);
    }
  }
  accepted.note(
    `From Annex A List 8: children with a missing episode in the 12 months before the list who accepted a return interview after their last one (Annex A records acceptance after the last episode only, so this counts children, not episodes); ${notOffered} not offered one.`,
  );
  return [accepted];
}
