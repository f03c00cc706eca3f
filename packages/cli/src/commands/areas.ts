import { listAreas } from "@kpikit/csc";
import type { CommandContext } from "../_lib/io.js";
import { textTable } from "../_lib/text-table.js";

/** `kpikit areas [search]`: LAs with DfE code, ONS code and region. */
export async function run(ctx: CommandContext): Promise<number> {
  const query = ctx.positionals[0]?.toLowerCase();
  const areas = listAreas({ kind: "la" }).filter(
    (a) =>
      !query ||
      a.code === query ||
      a.name.toLowerCase().includes(query) ||
      a.variants.some((v) => v.toLowerCase().includes(query)) ||
      a.onsCode.toLowerCase() === query,
  );
  if (ctx.globals.json) {
    const rows = areas.map((a) => ({
      code: a.code,
      name: a.name,
      onsCode: a.onsCode,
      regionCode: a.regionCode ?? null,
      regionName: a.regionName ?? null,
      laType: a.laType ?? null,
    }));
    ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  ctx.io.stdout(
    textTable(
      ["code", "name", "ONS code", "region"],
      areas.map((a) => [a.code, a.name, a.onsCode, a.regionName ?? ""]),
    ),
  );
  if (!ctx.globals.quiet) ctx.io.stderr(`${areas.length} local authorities\n`);
  return 0;
}
