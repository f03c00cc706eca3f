import { expandAcronymsOnFirstUse, unexplainedAcronyms } from "@kpikit/core";
import { cscGlossary } from "@kpikit/csc";
import type { CommandContext } from "../_lib/io.js";
import { textTable } from "../_lib/text-table.js";

/** `kpikit glossary [text]`: the glossary, or the text with each acronym expanded on first use. */
export async function run(ctx: CommandContext): Promise<number> {
  const glossary = cscGlossary();
  const text = ctx.positionals[0];
  if (text === undefined) {
    if (ctx.globals.json) ctx.io.stdout(`${JSON.stringify(glossary.entries, null, 2)}\n`);
    else
      ctx.io.stdout(
        textTable(
          ["term", "meaning"],
          glossary.entries.map((e) => [e.term, e.expansion]),
        ),
      );
    return 0;
  }
  const expanded = expandAcronymsOnFirstUse(text, glossary);
  const unknown = unexplainedAcronyms(text, glossary);
  if (ctx.globals.json) {
    ctx.io.stdout(`${JSON.stringify({ text, expanded, unexplained: unknown }, null, 2)}\n`);
    return 0;
  }
  ctx.io.stdout(`${expanded}\n`);
  if (unknown.length > 0 && !ctx.globals.quiet)
    ctx.io.stderr(`Not in the glossary: ${unknown.join(", ")} (add them under glossary: in the config)\n`);
  return 0;
}
