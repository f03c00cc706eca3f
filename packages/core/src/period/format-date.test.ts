import { afterEach, describe, expect, it } from "vitest";
import { formatDate } from "./format-date.js";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe("formatDate", () => {
  it.each([
    ["2025-03-12", "long", "12 March 2025"],
    ["2025-03-01", "short", "1 Mar 2025"],
    ["2024-09-30", "short", "30 Sep 2024"],
    ["2025-03-12T23:30:00Z", "long", "12 March 2025"],
    ["2025-02-30", "long", "2025-02-30"],
    ["2025-13-01", "long", "2025-13-01"],
    ["", "long", ""],
    ["2025-03-12 and more", "long", "2025-03-12 and more"],
  ] as const)("%s (%s) → %s", (iso, style, expected) => expect(formatDate(iso, style)).toBe(expected));

  it.each(["Europe/London", "Pacific/Auckland", "America/Los_Angeles"])("is the same in %s", (tz) => {
    process.env.TZ = tz;
    expect(formatDate("2025-03-31")).toBe("31 March 2025");
    expect(formatDate("2024-10-27")).toBe("27 October 2024");
  });
});
