// Words that name Object's own properties read as ordinary text: never a status taken from Object's prototype.
import { describe, expect, it } from "vitest";
import { parseActionStatus } from "../plan/action-status.js";
import { parseValue } from "./parse-value.js";

const NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "[constructor]"] as const;

describe("lookups keyed by input text", () => {
  it.each(NAMES)("parseValue(%j) is invalid, not a status", (name) => {
    expect(parseValue(name).kind).toBe("invalid");
  });
  it.each(NAMES)("parseActionStatus(%j) is null", (name) => {
    expect(parseActionStatus(name)).toBeNull();
  });
});
