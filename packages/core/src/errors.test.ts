import { describe, expect, it } from "vitest";
import { isKpikitError, kpikitError } from "./errors.js";

describe("kpikitError", () => {
  it("carries a code and is recognised without instanceof", () => {
    const error = kpikitError("bad-calendar-range", "2031-01-01 is outside the calendar");
    expect(error.code).toBe("bad-calendar-range");
    expect(error.message).toBe("2031-01-01 is outside the calendar");
    expect(isKpikitError(error)).toBe(true);
    expect(isKpikitError(new Error("plain"))).toBe(false);
    expect(isKpikitError({ code: "x" })).toBe(false);
  });
});
