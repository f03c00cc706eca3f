import { statisticalNeighbourRanks } from "@kpikit/csc";
import type { CommandContext } from "../_lib/io.js";
import { neighbourModelOf, resolveLa } from "../_lib/resolve.js";
import { textTable } from "../_lib/text-table.js";

/** `kpikit neighbours <la>`: the LA's statistical neighbours, closest first. */
export async function run(ctx: CommandContext): Promise<number> {
  const la = resolveLa(ctx.positionals[0] ?? "", "<la>");
  const model = neighbourModelOf(ctx.values.model);
  const neighbours = statisticalNeighbourRanks(la.code, model);
  if (ctx.globals.json) {
    const doc = {
      la: { code: la.code, name: la.name },
      model,
      neighbours: neighbours.map((n) => ({
        rank: n.rank,
        code: n.area.code,
        name: n.area.name,
        closeness: n.closeness,
      })),
    };
    ctx.io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  if (!ctx.globals.quiet)
    ctx.io.stderr(`Statistical neighbours of ${la.name} (${la.code}), ${model} model:\n`);
  if (neighbours.length === 0) {
    ctx.io.stdout(`${la.name} has no statistical neighbours in the ${model} model.\n`);
    return 0;
  }
  ctx.io.stdout(
    textTable(
      ["rank", "code", "name", "closeness"],
      neighbours.map((n) => [String(n.rank), n.area.code, n.area.name, n.closeness]),
    ),
  );
  return 0;
}
