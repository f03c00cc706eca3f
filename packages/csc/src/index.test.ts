import { expect, it } from "vitest";
import { CSC_PACKAGE } from "./index.js";

it("names its package", () => expect(CSC_PACKAGE).toBe("@kpikit/csc"));
