// Internal: the synthetic returns' postcodes, all in the non-existent ZZ area so that none is a real address, with
// a lookup in the ONS directory's columns (grid references in metres, district codes) written beside the returns.
import type { Random } from "./random.js";

/** The synthetic LA's own district code in the lookup; other districts are E99000001–E99000008. */
export const SYNTH_DISTRICT = "E99000000";

export interface SynthPostcode {
  readonly postcode: string;
  readonly easting: number;
  readonly northing: number;
  readonly district: string;
}

const CENTRE = { easting: 400000, northing: 300000 };

/** The fixed postcodes of the distance edge cases: home, and placements 20.0, 20.1 and 24.9 miles away. */
export const EDGE_POSTCODES: readonly SynthPostcode[] = [
  { postcode: "ZZ0 0AA", ...CENTRE, district: SYNTH_DISTRICT },
  // 32,187 m is 20.0 miles to 1 dp (not more than 20); 32,350 m is 20.1; 40,000 m is 24.9 but inside the LA.
  { postcode: "ZZ0 0AB", easting: 432187, northing: 300000, district: "E99000001" },
  { postcode: "ZZ0 0AC", easting: 432350, northing: 300000, district: "E99000002" },
  { postcode: "ZZ0 0AD", easting: 400000, northing: 340000, district: SYNTH_DISTRICT },
  { postcode: "ZZ0 0AE", easting: 401000, northing: 300000, district: SYNTH_DISTRICT },
];

const LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** A pool of postcodes: `inside` within 12 km of the centre, `outside` 5 to 90 km away in other districts. */
export function postcodePool(
  r: Random,
  inside: number,
  outside: number,
): {
  readonly inside: readonly SynthPostcode[];
  readonly outside: readonly SynthPostcode[];
} {
  const make = (i: number, district: string, minKm: number, maxKm: number): SynthPostcode => {
    const angle = r.next() * 2 * Math.PI;
    const metres = (minKm + r.next() * (maxKm - minKm)) * 1000;
    const sector = 1 + (i % 9);
    const unit = `${Math.floor(i / 9) % 10}${LETTERS[Math.floor(i / 90) % 20]}${LETTERS[Math.floor(i / 1800) % 20]}`;
    return {
      postcode: `ZZ${sector} ${unit}`,
      easting: Math.round(CENTRE.easting + metres * Math.cos(angle)),
      northing: Math.round(CENTRE.northing + metres * Math.sin(angle)),
      district,
    };
  };
  const inPool = Array.from({ length: inside }, (_, i) => make(i, SYNTH_DISTRICT, 0, 12));
  const outPool = Array.from({ length: outside }, (_, i) =>
    make(inside + i, `E9900000${1 + (i % 8)}`, 5, 90),
  );
  return { inside: inPool, outside: outPool };
}

/** The lookup CSV (ONS directory columns) of every postcode used. */
export function postcodeLookupCsv(postcodes: readonly SynthPostcode[]): string {
  const seen = new Set<string>();
  const rows = ["pcds,oseast1m,osnrth1m,oslaua"];
  for (const p of postcodes) {
    if (seen.has(p.postcode)) continue;
    seen.add(p.postcode);
    rows.push(`${p.postcode},${p.easting},${p.northing},${p.district}`);
  }
  return `${rows.join("\n")}\n`;
}
