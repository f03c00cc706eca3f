import { describe, expect, it } from "vitest";
import { synthReturns } from "../../synth/synth-returns.js";
import { measureReturns } from "./measure-returns.js";
import { readReturns } from "./read-returns.js";
import { type ReadReturnsStreamOptions, readReturnsStream } from "./read-returns-stream.js";

const encode = (text: string) => new TextEncoder().encode(text);
/** Bytes in chunks of `size`, as a file stream gives them. */
const chunked = (bytes: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size));

describe("readReturnsStream", () => {
  const files = synthReturns({ la: "865", firstYear: 2021, lastYear: 2023, scale: 0.03, seed: 8 }).map(
    (f) => ({
      name: f.path,
      bytes: encode(f.text),
    }),
  );

  it.each([1000, 4096, 65_536, 1 << 20])(
    "gives readReturns's years, files and issues for the same files streamed in chunks of %i bytes",
    async (size) => {
      const whole = readReturns(files);
      const streamed = await readReturnsStream(
        files.map((f) => ({ name: f.name, stream: chunked(f.bytes, size) })),
      );
      expect(streamed).toEqual(whole);
      // Three years, each with a census of children and a 903.
      expect(
        whole.years.map((y) => [y.label, (y.cin?.children.length ?? 0) > 10, y.ssda903 !== undefined]),
      ).toEqual([
        ["2021-22", true, true],
        ["2022-23", true, true],
        ["2023-24", true, true],
      ]);
    },
  );

  it.each([2021, 2022, 2023])(
    "keeping only the measure rows of each census gives the same figures, issues and files (year %i)",
    async (year) => {
      const streams = () => files.map((f) => ({ name: f.name, stream: chunked(f.bytes, 4096) }));
      const whole = await readReturnsStream(streams());
      const slim = await readReturnsStream(streams(), { keep: "measure-rows" });
      expect(measureReturns(slim, { years: [year] })).toEqual(measureReturns(whole, { years: [year] }));
      expect([slim.issues, slim.files, slim.la]).toEqual([whole.issues, whole.files, whole.la]);
      // The children are not held: one row per child in their place.
      for (const [i, y] of slim.years.entries()) {
        expect(y.cin?.children).toEqual([]);
        expect(y.cin?.measureRows?.cinChildren.length).toBe(whole.years[i]?.cin?.children.length);
        expect(y.cin?.measureRows?.year).toBe(y.year);
      }
    },
  );

  it("places the measure rows of a census without a header year in the year its name gives", async () => {
    const text = new TextDecoder().decode(files.find((f) => f.name.endsWith(".xml"))?.bytes);
    const noYear = encode(text.replace(/<Year>\d{4}<\/Year>/, ""));
    const input = [{ name: "2020-21/census.xml", bytes: noYear }];
    const whole = readReturns(input);
    const slim = readReturns(input, { keep: "measure-rows" });
    expect(slim.years.map((y) => y.label)).toEqual(["2020-21"]);
    expect(measureReturns(slim, { years: [2020] })).toEqual(measureReturns(whole, { years: [2020] }));
    expect(measureReturns(slim, { years: [2020] }).observations.length).toBeGreaterThan(3);
  });

  /** The synthetic 2023-24 episodes as a stacked file (LA and YEAR columns), which is read whole. */
  const stackedEpisodes = () => {
    const text = new TextDecoder().decode(files.find((x) => x.name.endsWith("episodes.csv"))?.bytes);
    return encode(
      text
        .split("\n")
        .map((l, i) => (l === "" ? l : i === 0 ? `LA,YEAR,${l}` : `865,2024,${l}`))
        .join("\n"),
    );
  };

  it("reads an SSDA903 table past the whole-file limit as it streams, as readReturns reads it within the limit", async () => {
    const year = files.filter((f) => f.name.startsWith("2023-24/"));
    const whole = readReturns(year);
    const streamed = await readReturnsStream(
      year.map((f) => ({ name: f.name, stream: chunked(f.bytes, 512), size: f.bytes.length })),
      { maxBytes: 1_000 },
    );
    expect(streamed).toEqual(whole);
    expect(whole.years[0]?.ssda903?.tables.episodes?.rows.length).toBeGreaterThan(20);
  });

  describe("the committed SSDA903 files (CSV tables, quoted fields, the XML layout), streamed", () => {
    const root = new URL("../../../../../data/returns/", import.meta.url);
    const read = async (dir: string, names?: readonly string[]) => {
      const { readdirSync, readFileSync } = await import("node:fs");
      const folder = new URL(`${dir}/`, root);
      return readdirSync(folder)
        .filter((n) => names === undefined || names.includes(n))
        .map((n) => ({ name: `${dir}/${n}`, bytes: new Uint8Array(readFileSync(new URL(n, folder))) }));
    };
    it.each([
      ["ssda903", 97],
      ["ssda903", 4096],
      ["ssda903-multiyear", 333],
    ])("%s in chunks of %i bytes gives readReturns's result", async (dir, size) => {
      const input = await read(dir);
      const whole = readReturns(input, { year: 2023 });
      const streamed = await readReturnsStream(
        input.map((f) => ({ name: f.name, stream: chunked(f.bytes, size) })),
        { year: 2023 },
      );
      expect(streamed).toEqual(whole);
      expect(whole.years.length).toBeGreaterThan(0);
    });
    it.each([64, 1000, 65_536])(
      "the XML layout in chunks of %i bytes gives its rows and issues",
      async (size) => {
        const input = await read("ssda903", ["fake_903.xml"]);
        const whole = readReturns(input, { year: 2023 });
        const streamed = await readReturnsStream(
          input.map((f) => ({ name: f.name, stream: chunked(f.bytes, size) })),
          { year: 2023 },
        );
        expect(streamed).toEqual(whole);
        const tables = whole.years.at(-1)?.ssda903?.tables;
        expect((tables?.episodes?.rows.length ?? 0) > 10 && (tables?.header?.rows.length ?? 0) > 10).toBe(
          true,
        );
      },
    );
  });

  it("reports the bytes and children read while a census streams", async () => {
    const cin = files.find((f) => f.name.endsWith(".xml")) as { name: string; bytes: Uint8Array };
    const seen: { bytes?: number; records?: number }[] = [];
    await readReturnsStream([{ name: cin.name, stream: chunked(cin.bytes, 2048) }], {
      onProgress: (p) => seen.push(p),
    });
    const last = seen.filter((p) => p.bytes !== undefined).at(-1);
    expect(last?.bytes).toBe(cin.bytes.length);
    expect(last?.records).toBe(readReturns([cin]).years[0]?.cin?.children.length);
    expect(seen.length).toBeGreaterThan(cin.bytes.length / 2048 / 2);
  });

  it.each<[string, { size?: number; xml: boolean; stacked?: boolean; options: ReadReturnsStreamOptions }]>([
    [
      "a census over the stream limit, by its size",
      { size: 2_000, xml: true, options: { maxStreamBytes: 1_000 } },
    ],
    [
      "a 903 table over the stream limit, by its size",
      { size: 2_000, xml: false, options: { maxStreamBytes: 1_000 } },
    ],
    [
      "a stacked 903 table (read whole) over the whole-file limit, as it is read",
      { xml: false, stacked: true, options: { maxBytes: 100 } },
    ],
    [
      "a stacked 903 table over the whole-file limit, by its size",
      { size: 2_000, xml: false, stacked: true, options: { maxBytes: 1_000 } },
    ],
  ])("refuses %s (returns-too-large, nothing read past it)", async (_name, c) => {
    const f = c.xml
      ? files.find((x) => x.name.endsWith(".xml"))
      : c.stacked
        ? { bytes: stackedEpisodes() }
        : files.find((x) => x.name.endsWith("episodes.csv"));
    const r = await readReturnsStream(
      [
        {
          name: "f",
          stream: chunked(f?.bytes ?? new Uint8Array(0), 64),
          ...(c.size ? { size: c.size } : {}),
        },
      ],
      c.options,
    );
    expect(r.blocking.map((i) => [i.code, i.file])).toEqual([["returns-too-large", "f"]]);
    expect(r.files.map((x) => [x.file, x.used])).toEqual([["f", false]]);
  });
});
