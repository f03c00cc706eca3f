#!/usr/bin/env node
// The `kpikit` command. Only this file catches errors and maps them to exit codes.
export async function run(argv: readonly string[]): Promise<number> {
  if (argv.includes("--version")) {
    process.stdout.write("0.1.0\n");
    return 0;
  }
  process.stdout.write("kpikit: safeguarding performance reports\n");
  return 0;
}
