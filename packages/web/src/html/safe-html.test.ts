import { describe, expect, it } from "vitest";
import { escapeHtml, html, isSafeHtml, joinHtml, trustedHtml } from "./safe-html.js";

describe("html", () => {
  it("escapes every interpolated string (doc example)", () => {
    expect(html`<p title="${'"x"'}">${"<script>"}</p>`.value).toBe(
      '<p title="&quot;x&quot;">&lt;script&gt;</p>',
    );
  });
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['" onerror="x', "&quot; onerror=&quot;x"],
    ["'single'", "&#39;single&#39;"],
    ["a & b", "a &amp; b"],
    ["`tick`", "&#96;tick&#96;"],
    ["</style>", "&lt;/style&gt;"],
  ])("escapes %s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(html`${input}`.value).toBe(expected);
  });
  it("passes SafeHtml through and joins arrays", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${[inner, "<"]}</p>`.value).toBe("<p><b>&lt;i&gt;</b><b>&lt;i&gt;</b>&lt;</p>");
  });
  it("renders nothing for null, undefined and booleans, and numbers as text", () => {
    expect(html`${null}${undefined}${false}${true}${0}${-1.5}`.value).toBe("0-1.5");
  });
  it("does not trust objects that only look like SafeHtml (e.g. from JSON)", () => {
    const forged = JSON.parse('{"value":"<script>x</script>"}');
    expect(isSafeHtml(forged)).toBe(false);
    expect(html`${forged}`.value).toBe("[object Object]");
    expect(isSafeHtml(html`<b>${"x"}</b>`)).toBe(true);
  });
  it("joins with a separator (doc example) and converts to a string", () => {
    expect(joinHtml(["a", html`<b>b</b>`], ", ").value).toBe("a, <b>b</b>");
    expect(String(html`<i>${"&"}</i>`)).toBe("<i>&amp;</i>");
    expect(`${trustedHtml("<hr>")}`).toBe("<hr>");
  });
  it("escapeHtml doc example", () => {
    expect(escapeHtml(`<a href="x">`)).toBe("&lt;a href=&quot;x&quot;&gt;");
    expect(isSafeHtml({ value: "<b>" })).toBe(false);
  });
});
