import { afterEach, expect, it, vi } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { fixZipDates } from "./zip-dates.js";

afterEach(() => {
  vi.useRealTimers();
});

async function workbookAt(time: string): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(time));
  const buffer = await writeXlsxFile([[{ value: "a", type: String }]] as never).toBuffer();
  vi.useRealTimers();
  return new Uint8Array(buffer);
}

it("makes workbooks written at different times byte-identical", async () => {
  const a = await workbookAt("2024-01-01T10:00:00Z");
  const b = await workbookAt("2025-06-30T17:42:13Z");
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  const fa = fixZipDates(a, "2021-03-31");
  const fb = fixZipDates(b, "2021-03-31");
  expect(Buffer.from(fa).equals(Buffer.from(fb))).toBe(true);
  // The DOS date of the first local header is 31 March 2021.
  const view = new DataView(fa.buffer);
  expect(view.getUint16(12, true)).toBe(((2021 - 1980) << 9) | (3 << 5) | 31);
});

it("leaves something that is not a ZIP alone", () => {
  const bytes = new Uint8Array([1, 2, 3]);
  expect(fixZipDates(bytes, "2021-03-31")).toBe(bytes);
});
