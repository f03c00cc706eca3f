// Writes schema/scorecard.schema.json, the JSON Schema of the Scorecard document for consumers in other
// languages, from the zod schema in @kpikit/core/schema (build first: `pnpm --filter @kpikit/core build`).
// A test regenerates it from the sources and compares the JSON, so the committed file cannot go stale. The file
// is then laid out by the repository's formatter (Biome), so `biome check` passes on it.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";

/**
 * The JSON Schema text (2-space JSON, trailing newline) for the Scorecard, with shared parts as named $defs.
 * @param {Record<string, any>} schemas the `@kpikit/core/schema` module (built or source).
 */
export function scorecardJsonSchemaText(schemas) {
  const registry = z.registry();
  const named = {
    Period: schemas.periodSchema,
    Area: schemas.areaSchema,
    ObservationStatus: schemas.observationStatusSchema,
    RagResult: schemas.ragResultSchema,
    ScorecardRow: schemas.scorecardRowSchema,
    GlossaryEntry: schemas.glossaryEntrySchema,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  registry.add(schemas.scorecardSchema, {
    title: "kpikit Scorecard",
    description:
      "A children's safeguarding performance scorecard: the kpikit Scorecard document, schemaVersion 1. Generated from @kpikit/core/schema; do not edit.",
  });
  const json = z.toJSONSchema(schemas.scorecardSchema, {
    target: "draft-2020-12",
    metadata: registry,
    io: "input",
    unrepresentable: "throw",
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemas = await import("../dist/schema.js");
  const out = fileURLToPath(new URL("../schema/scorecard.schema.json", import.meta.url));
  writeFileSync(out, scorecardJsonSchemaText(schemas));
  execFileSync("pnpm", ["exec", "biome", "format", "--write", out], { stdio: "inherit" });
  console.log(`wrote ${out}`);
}
