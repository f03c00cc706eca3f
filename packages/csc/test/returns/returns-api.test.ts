// The returns API is listed on purpose: a new export is a decision, not an accident. Its JSDoc examples are
// run, with every other package's, by test/doc-examples.test.ts at the repository root.
import { expect, it } from "vitest";
import * as returns from "../../src/returns/index.js";

it("exports exactly the returns API", () => {
  const values = Object.entries(returns)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  expect(values.sort()).toEqual(
    [
      "computeReturnsMeasures",
      "DFE_RULES",
      "dfeRuleOf",
      "computeReturnsMeasuresSql",
      "RETURNS_SQL_FILES",
      "RETURNS_CIN_MEASURE_IDS",
      "RETURNS_SSDA903_MEASURE_IDS",
      "isAnnexAWorkbook",
      "isBlockingIssue",
      "measureReturns",
      "measureReturnsSql",
      "parseCinCensusStream",
      "readAnnexA",
      "returnsInputOf",
      "workbookPlanSheets",
      "readReturnsStream",
      "RETURNS_STREAM_MAX_BYTES",
      "readReturns",
      "RETURNS_MAX_BYTES",
      "parseCinCensusXml",
      "readPostcodeLookup",
      "readSsda903",
      "recogniseReturnFile",
      "recogniseReturnXml",
      "recogniseSsda903Table",
    ].sort(),
  );
});
