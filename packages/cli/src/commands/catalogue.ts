import { catalogue } from "@kpikit/csc";
import type { CommandContext } from "../_lib/io.js";
import { textTable } from "../_lib/text-table.js";

/** `kpikit catalogue [search]`: the indicator catalogue. */
export async function run(ctx: CommandContext): Promise<number> {
  const q = ctx.positionals[0]?.toLowerCase();
  const list = catalogue.filter(
    (d) =>
      !q ||
      [d.id, d.title, d.shortTitle, d.lait ?? "", ...d.aliases].some((s) => s.toLowerCase().includes(q)),
  );
  if (ctx.globals.json) {
    ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  ctx.io.stdout(
    textTable(
      ["id", "LAIT id", "unit", "polarity", "title"],
      list.map((d) => [d.id, d.lait ?? "", d.unit, d.polarity, d.title]),
    ),
  );
  if (!ctx.globals.quiet) ctx.io.stderr(`${list.length} indicator${list.length === 1 ? "" : "s"}\n`);
  return 0;
}
