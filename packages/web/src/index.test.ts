import { expect, it } from "vitest";
import { WEB_PACKAGE } from "./index.js";

it("names its package", () => expect(WEB_PACKAGE).toBe("@kpikit/web"));
