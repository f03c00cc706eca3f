import { expect, it } from "vitest";
import { colorEnabled, type Io, paint } from "./io.js";

const io = (env: Record<string, string>, tty: boolean): Io => ({
  stdout: () => {},
  stderr: () => {},
  stdoutIsTTY: tty,
  stderrIsTTY: tty,
  env,
  cwd: "/",
});

it.each([
  [{}, true, false, true],
  [{}, false, false, false],
  [{ NO_COLOR: "1" }, true, false, false],
  [{ NO_COLOR: "" }, true, false, true],
  [{}, true, true, false],
  [{ FORCE_COLOR: "1" }, false, false, true],
])("colour with env %j, tty %s, --no-color %s: %s", (env, tty, flag, expected) => {
  expect(colorEnabled(io(env, tty), flag)).toBe(expected);
});

it("paints only when colour is on", () => {
  expect(paint(true, "red", "x")).toBe("\u001b[31mx\u001b[39m");
  expect(paint(false, "red", "x")).toBe("x");
});
