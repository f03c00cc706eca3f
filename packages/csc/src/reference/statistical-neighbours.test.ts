import { isKpikitError } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { statisticalNeighbourRanks, statisticalNeighbours } from "./statistical-neighbours.js";

describe("statisticalNeighbours", () => {
  it("JSDoc examples", () => {
    expect(statisticalNeighbours("865").length).toBe(10);
    expect(statisticalNeighbours("865")[0]?.name).toBe("Hampshire");
    expect(statisticalNeighbours("865", "2021")[0]?.name).toBe("Gloucestershire");
    expect(statisticalNeighbourRanks("865")[0]?.rank).toBe(1);
    expect(statisticalNeighbourRanks("942", "2021").length).toBe(0);
  });

  it("accepts ONS codes and rejects non-LAs", () => {
    expect(statisticalNeighbours("E06000054").map((a) => a.code)).toEqual(
      statisticalNeighbours("865").map((a) => a.code),
    );
    let error: unknown;
    try {
      statisticalNeighbours("970");
    } catch (e) {
      error = e;
    }
    expect(isKpikitError(error) && error.code).toBe("unknown-area");
  });
});
