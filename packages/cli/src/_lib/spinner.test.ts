import { afterEach, expect, it, vi } from "vitest";
import type { CommandContext } from "./io.js";
import { startSpinner } from "./spinner.js";

afterEach(() => {
  vi.useRealTimers();
});

function ctx(tty: boolean, quiet = false, json = false): CommandContext & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    io: {
      stdout: () => {},
      stderr: (t) => err.push(t),
      stdoutIsTTY: tty,
      stderrIsTTY: tty,
      env: {},
      cwd: "/",
    },
    globals: { json, quiet, color: false },
    values: {},
    positionals: [],
  };
}

it("shows on a terminal only once the work takes longer than the delay, and clears its line", () => {
  vi.useFakeTimers();
  const c = ctx(true);
  const s = startSpinner(c, "Building…", 250);
  vi.advanceTimersByTime(200);
  expect(c.err).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(c.err.join("")).toContain("Building…");
  s.stop();
  expect(c.err.at(-1)).toBe("\r\u001b[2K");
});

it.each([
  [false, false, false],
  [true, true, false],
  [true, false, true],
])("stays silent (tty %s, quiet %s, json %s)", (tty, quiet, json) => {
  vi.useFakeTimers();
  const c = ctx(tty, quiet, json);
  const s = startSpinner(c, "x", 10);
  vi.advanceTimersByTime(1000);
  s.stop();
  expect(c.err).toEqual([]);
});
