import { basename } from "node:path";
import type { ProvenanceEntry } from "@kpikit/core";
import type { CscArea } from "@kpikit/csc";
import type { KpikitConfig } from "../read/config-schema.js";

/**
 * Where a report's figures and settings came from: the bundled data (with its vintage, the latest period of the
 * figures shown), newer DfE files, the local file, the config, the plan, the neighbours.
 */
export function reportProvenance(
  publishedSource: string,
  local: { readonly path: string; readonly figures: number } | undefined,
  configPath: string | undefined,
  config: KpikitConfig | undefined,
  la: CscArea,
  plan: readonly ProvenanceEntry[] = [],
  vintage?: string,
): ProvenanceEntry[] {
  return [
    {
      name: publishedSource,
      kind: "published",
      description: `Bundled with kpikit: England, regions, statistical neighbours and every local authority${vintage ? `; ${vintage}` : ""}`,
    },
    ...(local
      ? [
          {
            name: basename(local.path),
            kind: "local" as const,
            description: `${local.figures} figures supplied by ${la.name}`,
          },
        ]
      : []),
    ...(configPath
      ? [
          {
            name: basename(configPath),
            kind: "config" as const,
            description: "Indicators, sections, targets, comparators and rating rules (red, amber, green)",
          },
        ]
      : []),
    ...plan,
    {
      name: "DfE statistical neighbours",
      kind: "reference",
      description: `${String(config?.comparators?.neighbourModel ?? "2025")} model`,
    },
  ];
}
