import { describe, expect, it } from "vitest";
import { ofstedJudgement } from "./ofsted-judgement.js";

describe("ofstedJudgement", () => {
  it("JSDoc examples", () => {
    expect(ofstedJudgement("865")?.overallEffectiveness).toBe("Outstanding");
    expect(ofstedJudgement("865")?.inspectionDate).toBe("2023-09-25");
    expect(ofstedJudgement("970")).toBeUndefined();
  });

  it("keeps the last judgement of legacy LAs and accepts ONS codes", () => {
    expect(ofstedJudgement("909")?.inspectionDate).toBe("2022-09-20");
    expect(ofstedJudgement("E06000054")?.laCode).toBe("865");
  });
});
