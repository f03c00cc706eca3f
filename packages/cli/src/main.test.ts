import { expect, it, vi } from "vitest";
import { run } from "./main.js";

it("prints the version", async () => {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  expect(await run(["--version"])).toBe(0);
  expect(write).toHaveBeenCalledWith("0.1.0\n");
  write.mockRestore();
});
