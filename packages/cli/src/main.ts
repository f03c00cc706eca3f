#!/usr/bin/env node
// The `kpikit` command. This is the only place that catches errors and maps them to exit codes:
// 0 ok, 1 internal error, 2 usage, 3 invalid input, 4 `--fail-on` matched.
// It stays small and imports each command lazily, so `kpikit --help` loads no data.
import { realpathSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { EXIT, isCliFailure, usageError } from "./_lib/errors.js";
import { colorEnabled, type Io, paint, processIo } from "./_lib/io.js";
import { issueText } from "./_lib/issue-text.js";
import { closest } from "./_lib/suggest.js";
import { commands, findCommand, globalOptions } from "./commands.js";
import { commandHelp, mainHelp } from "./help.js";
import { VERSION } from "./version.js";

const MAX_ISSUE_LINES = 50;

/**
 * How far V8 lets the heap grow past the data still in use before it collects again, in percent. Left to itself,
 * on a machine with memory to spare, it lets the heap grow up to four times: `kpikit compute` on a national
 * year (about 850 MB of records in use) peaked at 2.4 GB. Growing by a tenth it peaks at 1.2 GB, for about a
 * tenth more time (measured by `pnpm bench:national`); small runs are not measurably slower.
 */
const HEAP_GROWING_PERCENT = 10;

/**
 * Runs `kpikit` with these arguments and returns the exit code (never throws, never exits).
 * @example
 * await run(["--version"]) //=> 0
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const wantsJson = argv.includes("--json");
  const color = colorEnabled(io, argv.includes("--no-color"));
  try {
    return await dispatch(argv, io, color);
  } catch (error) {
    if (isCliFailure(error)) {
      const lines = error.issues.map(issueText);
      const shown = lines.slice(0, MAX_ISSUE_LINES);
      if (lines.length > shown.length) shown.push(`… and ${lines.length - shown.length} more`);
      io.stderr(
        `${paint(color, "red", "kpikit: error:")} ${error.message}\n${shown.map((l) => `  ${l}\n`).join("")}`,
      );
      if (error.exitCode === EXIT.usage) io.stderr("Run `kpikit --help` for usage.\n");
      if (wantsJson && error.exitCode !== EXIT.failOn) {
        io.stdout(
          `${JSON.stringify({ ok: false, exitCode: error.exitCode, error: { code: error.code, message: error.message }, issues: error.issues }, null, 2)}\n`,
        );
      }
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${paint(color, "red", "kpikit: internal error:")} ${message}\n`);
    if (io.env.KPIKIT_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr("This is a bug in kpikit; set KPIKIT_DEBUG=1 for details.\n");
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: Io, color: boolean): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic) : mainHelp(VERSION));
    return EXIT.ok;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first.startsWith("-")) {
    throw usageError(
      `expected a command before ${first}; commands: ${commands.map((c) => c.name).join(", ")}`,
    );
  }
  const command = findCommand(first);
  if (!command) {
    const guess = closest(
      first,
      commands.map((c) => c.name),
    );
    throw usageError(`unknown command "${first}"${guess ? `; did you mean "${guess}"?` : ""}`);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {
        ...stripHelpText(globalOptions),
        ...stripHelpText(command.options),
        version: { type: "boolean", short: "V" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/\. To specify a positional argument.*$/s, "")
        : String(error);
    throw usageError(`${command.name}: ${message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const count = positionals.length;
  const allowed = { none: count === 0, "optional-one": count <= 1, one: count === 1, many: count >= 1 }[
    command.positionals
  ];
  if (!allowed) {
    throw usageError(
      `${command.name}: ${count === 0 ? "missing argument" : `unexpected argument "${positionals[command.positionals === "none" ? 0 : 1]}"`}; usage: ${command.usage}`,
    );
  }
  const module = await command.load();
  return module.run({
    io,
    globals: { json: values.json === true, quiet: values.quiet === true, color },
    values: values as Record<string, string | boolean | string[] | undefined>,
    positionals,
  });
}

function stripHelpText(
  options: Readonly<Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>>,
) {
  const out: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(options)) {
    out[name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  }
  return out;
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // Node 22.1+ keeps compiled code between runs (the bundled data and renderers load faster); Node 20 has
  // no such cache and skips this. Commands are imported after this line, so they benefit.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  // Read by V8 at each collection, so it holds from here on (the kpikit process only, never a caller's).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // `kpikit benchmark … | head`: a reader that stops early is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.internal;
    },
  );
}
