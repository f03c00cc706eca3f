import { describe, expect, it } from "vitest";
import { formerAreaNote, readableAreaName } from "./area-names.js";
import { getArea, listAreas } from "./areas.js";

describe("readableAreaName", () => {
  it.each([
    ["884", "Herefordshire Council"],
    ["801", "Bristol City Council"],
    ["810", "Hull City Council"],
    ["865", "Wiltshire"],
    ["202", "Camden"],
  ])("%s reads %s", (code, name) => {
    expect(readableAreaName(getArea(code)!)).toBe(name);
  });
  it("leaves no LA's name back to front", () => {
    for (const a of listAreas({ includeLegacy: true })) expect(readableAreaName(a)).not.toMatch(/, \w+ of$/);
  });
});

describe("formerAreaNote", () => {
  it("says Cumbria no longer exists, its last year and who took over", () => {
    expect(formerAreaNote(getArea("909")!)).toEqual({
      message:
        "Cumbria no longer exists: its last figures are for 2022/23; Cumberland and Westmorland and Furness took over its area",
      lastPeriod: "2022/23",
      successors: [
        { code: "942", name: "Cumberland" },
        { code: "943", name: "Westmorland and Furness" },
      ],
    });
  });
  it("is undefined for every current LA and a note for every legacy one", () => {
    const all = listAreas({ includeLegacy: true });
    expect(
      all
        .filter((a) => formerAreaNote(a) !== undefined)
        .map((a) => a.name)
        .sort(),
    ).toEqual(
      all
        .filter((a) => !a.current)
        .map((a) => a.name)
        .sort(),
    );
  });
});
