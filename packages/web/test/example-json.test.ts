// The example scorecard JSON served by the embed example and the dashboard is the typed fixture, written out.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const json = `${JSON.stringify(exampleScorecard, null, 2)}\n`;

it.each(["examples/embed/scorecard.json", "apps/dashboard/public/example-scorecard.json"])(
  "%s is the example fixture",
  (rel) => {
    const file = join(repo, rel);
    if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, json);
    }
    // Compared as data: the formatter may lay the file out differently.
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(json));
  },
);
