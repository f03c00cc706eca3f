const SAFE: unique symbol = Symbol.for("kpikit.safe-html");

/**
 * An HTML fragment known to be safe: built by {@link html} from escaped parts. The brand is a symbol, so
 * parsed JSON can never pass for one.
 *
 * @example
 * isSafeHtml(html`<b>${"x"}</b>`) //=> true
 */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
  toString(): string;
}

/** What {@link html} accepts as an interpolation. Strings and numbers are escaped; SafeHtml passes through. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/**
 * Escapes text for use in HTML content or a quoted attribute value.
 *
 * @example
 * escapeHtml(`<a href="x">`) //=> "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

function make(value: string): SafeHtml {
  return { [SAFE]: true, value, toString: () => value };
}

/**
 * Whether a value is a SafeHtml fragment.
 *
 * @example
 * isSafeHtml({ value: "<b>" }) //=> false
 */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && (value as { [SAFE]?: unknown })[SAFE] === true;
}

function interpolate(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return escapeHtml(String(value));
  if (isSafeHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  // Anything else (an object from JSON) is shown as escaped text, never trusted.
  return escapeHtml(String(value));
}

/**
 * Tagged template that builds HTML: every interpolation is escaped unless it is already SafeHtml
 * (arrays are joined; null, undefined and booleans render nothing).
 *
 * @example
 * html`<p title="${'"x"'}">${"<script>"}</p>`.value //=> '<p title="&quot;x&quot;">&lt;script&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + (strings[i + 1] ?? "");
  return make(out);
}

/**
 * Joins fragments (escaping any strings) with an optional separator.
 *
 * @example
 * joinHtml(["a", html`<b>b</b>`], ", ").value //=> "a, <b>b</b>"
 */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ""): SafeHtml {
  return make(parts.map(interpolate).join(interpolate(separator)));
}

/**
 * Marks a string from a trusted source (a constant in this package) as HTML. Never pass data to it.
 * @internal
 */
export function trustedHtml(value: string): SafeHtml {
  return make(value);
}
