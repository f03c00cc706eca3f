import { describe, expect, it } from "vitest";
import { formatState, parseState } from "./state.js";

describe("dashboard URL state", () => {
  it("reads la, indicator, period and src (doc example)", () => {
    expect(parseState("?la=865&indicator=re-referrals-12m&period=2023%2F24")).toEqual({
      la: "865",
      indicator: "re-referrals-12m",
      period: "2023/24",
    });
    expect(parseState("?src=https%3A%2F%2Fexample.org%2Fs.json&junk=1&la=")).toEqual({
      src: "https://example.org/s.json",
    });
  });
  it("writes keys in a fixed order and round-trips (doc example)", () => {
    expect(formatState({ period: "2023/24", la: "865" })).toBe("?la=865&period=2023/24");
    expect(formatState({})).toBe("");
    expect(formatState({ la: "865", view: "returns" })).toBe("?view=returns&la=865");
    expect(parseState("?view=returns")).toEqual({ view: "returns" });
    const s = { la: "865", indicator: "ReReferral", period: "2019/20" };
    expect(parseState(formatState(s))).toEqual(s);
  });
});
