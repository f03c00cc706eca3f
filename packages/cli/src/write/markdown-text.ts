/**
 * Text from a plan or a config in a Markdown table cell: pipes, backslashes, brackets and backticks escaped,
 * `<` and `>` as entities (no HTML gets through), line breaks as spaces; empty as an en dash.
 * @example
 * markdownCell("Audit <b>|</b> [x](y)") //=> "Audit &lt;b&gt;\\|&lt;/b&gt; \\[x\\](y)"
 */
export function markdownCell(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/([|[\]`*_])/g, "\\$1")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/\r?\n|\r/g, " ") || "–"
  );
}
