import { describe, expect, it } from "vitest";
import { findArea } from "./find-area.js";

const code = (q: string) => {
  const m = findArea(q);
  return m.ok ? m.area.code : `not found: ${m.candidates.map((c) => c.area.code).join(",")}`;
};

describe("findArea", () => {
  it("JSDoc examples", () => {
    const m = findArea("wiltshire");
    expect(m.ok && m.area.code).toBe("865");
    expect(findArea("865").ok).toBe(true);
    const e = findArea("E06000054");
    expect(e.ok && e.area.name).toBe("Wiltshire");
    const b = findArea("City of Bristol");
    expect(b.ok && b.area.code).toBe("801");
    const n = findArea("Northampton");
    expect(n.ok).toBe(false);
    expect(n.ok || n.candidates.length > 1).toBe(true);
  });

  it.each([
    ["Wiltshire", "865"],
    ["WILTSHIRE COUNCIL", "865"],
    ["Bristol, City of", "801"],
    ["City of Bristol", "801"],
    ["Bristol", "801"],
    ["Bristol City Council", "801"],
    ["Herefordshire, County of", "884"],
    ["Herefordshire", "884"],
    ["Kingston upon Hull, City of", "810"],
    ["Kingston Upon Hull", "810"],
    ["Hull", "810"],
    ["St Helens", "342"],
    ["St. Helens", "342"],
    ["Brighton & Hove", "846"],
    ["Brighton and Hove City Council", "846"],
    ["Bath & North East Somerset", "800"],
    ["Telford & Wrekin", "894"],
    ["Durham", "840"],
    ["County Durham", "840"],
    ["Bedford Borough", "822"],
    ["Dorset", "838"], // the current LA, not the pre-2019 county
    ["Dorset (Pre LG)", "835"],
    ["Bournemouth, Christchurch and Poole", "839"],
    ["Northamptonshire", "928"],
    ["London Borough of Camden", "202"],
    ["Royal Borough of Kensington and Chelsea", "207"],
    ["Stoke-on-Trent", "861"],
    ["Stockton on Tees", "808"],
    ["Southend-on-Sea", "882"],
    ["England", "970"],
    ["South West", "990"],
    ["Yorkshire and the Humber", "982"],
    ["Inner London", "987"],
    ["London (Outer)", "988"],
    ["E92000001", "970"],
    ["Wiltshre", "865"], // one letter out
    ["Leics", "855"],
    ["Notts", "891"],
    ["South Glos", "803"],
    ["N Somerset", "802"], // not Somerset
    ["NE Lincs", "812"],
    ["City of York", "816"],
    ["City of York Council", "816"],
    ["City of Wolverhampton Council", "336"],
    ["City of London", "201"],
    ["Brighton", "846"],
    ["Kingston", "not found: "], // upon Thames or upon Hull
    ["Cheshire", "not found: "],
    ["Somersett", "933"],
    ["Notaplace", "not found: "],
    ["Bristol City", "801"],
    ["Tameside MBC", "357"],
    ["Nottingham City Council", "892"],
  ])("%s -> %s", (q, expected) => {
    if (expected.startsWith("not found")) expect(code(q).startsWith("not found")).toBe(true);
    else expect(code(q)).toBe(expected);
  });

  it("returns ranked candidates rather than guessing between similar names", () => {
    const m = findArea("Northampton");
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.candidates.map((c) => c.area.code)).toEqual(expect.arrayContaining(["928", "940", "941"]));
      expect(m.message).toContain("Did you mean");
    }
    const y = findArea("Yorkshire");
    expect(y.ok).toBe(false);
    if (!y.ok) expect(y.candidates.map((c) => c.area.code)).toContain("815");
  });

  it("explains unknown codes and empty input", () => {
    const a = findArea("999");
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.message).toBe("No DfE area code 999 is known.");
    const b = findArea("  ");
    expect(b.ok).toBe(false);
    const c = findArea("Wiltshire", { kinds: ["region"] });
    expect(c.ok).toBe(false);
  });
});
