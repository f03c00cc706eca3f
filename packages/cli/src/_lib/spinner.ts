import type { CommandContext } from "./io.js";

/** A progress spinner on stderr: only on a terminal, never with --quiet or --json, shown after a delay. */
export interface Spinner {
  readonly update: (text: string) => void;
  readonly stop: () => void;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** Starts a spinner that appears only if the work takes longer than `delayMs`. */
export function startSpinner(ctx: CommandContext, text: string, delayMs = 250): Spinner {
  if (!ctx.io.stderrIsTTY || ctx.globals.quiet || ctx.globals.json)
    return { update: () => {}, stop: () => {} };
  let label = text;
  let frame = 0;
  let shown = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    shown = true;
    ctx.io.stderr(`\r\u001b[2K${FRAMES[frame % FRAMES.length]} ${label}`);
    frame += 1;
  };
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, 80);
    timer.unref?.();
  }, delayMs);
  delay.unref?.();
  return {
    update: (t) => {
      label = t;
    },
    stop: () => {
      clearTimeout(delay);
      if (timer) clearInterval(timer);
      if (shown) ctx.io.stderr("\r\u001b[2K");
    },
  };
}
