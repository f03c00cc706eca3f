import { applyDisclosureControl, type DataQualityEntry, type Observation } from "@kpikit/core";
import type { LocalFigure } from "@kpikit/csc";
import type { KpikitConfig } from "../read/config-schema.js";

/**
 * Disclosure control on the council's own figures (published ones are already controlled by DfE): small
 * numerators and small counts are suppressed, shown as [c], unless the config turns it off. Each
 * suppression is a data-quality note.
 */
export function controlLocalDisclosure(
  observations: readonly Observation[],
  figures: readonly LocalFigure[],
  config: KpikitConfig | undefined,
): { readonly observations: readonly Observation[]; readonly dataQuality: readonly DataQualityEntry[] } {
  if (config?.suppression?.enabled === false || observations.length === 0)
    return { observations, dataQuality: [] };
  const countIndicators = [
    ...new Set(figures.filter((f) => f.indicator.unit === "count").map((f) => f.indicator.id)),
  ];
  const result = applyDisclosureControl(observations, {
    ...(config?.suppression?.threshold === undefined ? {} : { threshold: config.suppression.threshold }),
    countIndicators,
  });
  return {
    observations: result.observations,
    dataQuality: result.suppressed.map((r) => ({
      code: "suppressed",
      message: `${r.indicatorId} ${r.period}: suppressed for disclosure control (${r.reason})`,
      indicatorId: r.indicatorId,
    })),
  };
}
