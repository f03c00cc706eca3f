/** Where the command writes and what it knows about its terminal; tests pass their own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Options every command takes. */
export interface GlobalOptions {
  /** Only data (JSON) on stdout. */
  readonly json: boolean;
  /** No progress or notes on stderr; errors still go there. */
  readonly quiet: boolean;
  /** ANSI colours on stderr. */
  readonly color: boolean;
}

/** What a command's `run` receives. */
export interface CommandContext {
  readonly io: Io;
  readonly globals: GlobalOptions;
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Colour is on only for a terminal, without `--no-color` and without `NO_COLOR`. */
export function colorEnabled(io: Io, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stderrIsTTY;
}

/** Wraps text in an ANSI colour when colour is on. */
export function paint(on: boolean, color: "red" | "yellow" | "green" | "dim" | "bold", text: string): string {
  if (!on) return text;
  const codes = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22] } as const;
  const [open, close] = codes[color];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}
