import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildManifest, ELEMENTS } from "../src/elements/definitions.js";
import { checkScorecard, KPI_ELEMENTS } from "../src/elements.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(pkg, "custom-elements.json");

describe("custom-elements.json", () => {
  if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(file))
    writeFileSync(file, `${JSON.stringify(buildManifest(), null, 2)}\n`);
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  const decls = manifest.modules[0].declarations as {
    tagName: string;
    name: string;
    attributes: { name: string }[];
  }[];
  it("is the committed form of the element definitions", () => {
    expect(manifest).toEqual(buildManifest());
  });
  it("lists every element with every observed attribute", () => {
    expect(decls.map((d) => d.tagName).sort()).toEqual(Object.keys(KPI_ELEMENTS).sort());
    for (const [tag, cls] of Object.entries(KPI_ELEMENTS)) {
      const decl = decls.find((d) => d.tagName === tag);
      expect(decl?.name).toBe(cls.name);
      expect(decl?.attributes.map((a) => a.name).sort()).toEqual([...cls.observedAttributes].sort());
    }
    expect(ELEMENTS).toHaveLength(6);
  });
  it("lists members that exist on the classes, and the fallback slot", () => {
    const full = manifest.modules[0].declarations as {
      tagName: keyof typeof KPI_ELEMENTS;
      members: { kind: string; name: string }[];
      slots: { name: string }[];
    }[];
    for (const d of full) {
      const proto = KPI_ELEMENTS[d.tagName].prototype as unknown as Record<string, unknown>;
      for (const m of d.members) expect(m.name in proto, `${d.tagName}.${m.name}`).toBe(true);
      expect(d.slots.map((s) => s.name)).toEqual([""]);
    }
    const scorecard = full.find((d) => d.tagName === "kpi-scorecard");
    expect(scorecard?.members.map((m) => `${m.kind} ${m.name}`)).toEqual([
      "field data",
      "field sort",
      "method sortBy",
    ]);
  });
  it("is named in package.json", () => {
    const p = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
    expect(p.customElements).toBe("custom-elements.json");
  });
});

describe("checkScorecard", () => {
  it.each([
    [{ schemaVersion: 3 }, "schemaVersion must be 2 or 1 (got 3)"],
    [null, "not a JSON object"],
    [{ ...exampleScorecard, rows: "x" }, "rows is not a list"],
    [
      { ...exampleScorecard, rows: [{ ...exampleScorecard.rows[0], benchmarks: null }] },
      "rows[0].benchmarks is missing",
    ],
    [
      { ...exampleScorecard, rows: [{ ...exampleScorecard.rows[0], trend: [{ value: 1 }] }] },
      "rows[0].trend[0] needs a period",
    ],
  ])("rejects %# with a message", (json, message) => {
    expect(checkScorecard(json)).toEqual({ ok: false, message });
  });
  it("accepts a scorecard", () => {
    expect(checkScorecard(JSON.parse(JSON.stringify(exampleScorecard))).ok).toBe(true);
  });
});
