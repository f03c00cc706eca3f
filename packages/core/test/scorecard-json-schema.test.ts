// The committed JSON Schema must be what the generator makes from the current zod schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error — a plain .mjs script without type declarations
import { scorecardJsonSchemaText } from "../scripts/generate-json-schema.mjs";
import * as schemas from "../src/schema.js";

const committed = readFileSync(new URL("../schema/scorecard.schema.json", import.meta.url), "utf8");

describe("schema/scorecard.schema.json", () => {
  it("is up to date (run `node packages/core/scripts/generate-json-schema.mjs` after a build)", () => {
    // Same JSON, key order included; the layout is the formatter's.
    expect(JSON.stringify(JSON.parse(committed), null, 2)).toBe(scorecardJsonSchemaText(schemas).trimEnd());
  });

  it("describes schemaVersion 2 with the parts other languages need", () => {
    const json = JSON.parse(committed);
    expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(json.properties.schemaVersion.const).toBe(2);
    expect(json.required).toEqual(
      expect.arrayContaining(["schemaVersion", "area", "rows", "key", "dataQuality"]),
    );
    expect(Object.keys(json.$defs).sort()).toEqual([
      "Area",
      "GlossaryEntry",
      "ObservationStatus",
      "Period",
      "RagResult",
      "ScorecardRow",
    ]);
    expect(json.$defs.Period.oneOf ?? json.$defs.Period.anyOf).toHaveLength(9);
    expect(json.$defs.RagResult.properties.status.enum).toEqual([
      "red",
      "amber",
      "green",
      "blue",
      "not-rated",
    ]);
  });
});
