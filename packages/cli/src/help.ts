import { type CommandSpec, commands, globalOptions, type OptionSpec } from "./commands.js";

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.arg ? ` <${o.arg}>` : ""}`;
    return [flag, o.description + (o.multiple ? " (repeatable)" : "")] as const;
  });
  const width = Math.max(0, ...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`);
}

/** `kpikit --help`. */
export function mainHelp(version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `kpikit ${version}: children's safeguarding performance scorecards for English councils`,
    "",
    "Usage: kpikit <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options for every command:",
    ...optionLines({
      ...globalOptions,
      version: { type: "boolean", short: "V", description: "show the version" },
    }),
    "",
    "Examples:",
    ...commands.map((c) => `  ${c.examples[0]}`),
    "",
    "Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid input, 4 --fail-on matched.",
    "Run `kpikit <command> --help` for a command's options. Docs: docs/cli.md",
    "",
  ].join("\n");
}

/** `kpikit <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  return [
    `kpikit ${command.name}: ${command.summary}`,
    "",
    `Usage: ${command.usage}`,
    "",
    ...(Object.keys(command.options).length > 0 ? ["Options:", ...optionLines(command.options), ""] : []),
    "Options for every command:",
    ...optionLines(globalOptions),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}
