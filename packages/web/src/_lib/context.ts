import type { GlossaryEntry } from "@kpikit/core";
import { escapeHtml, html, type SafeHtml, trustedHtml } from "../html/safe-html.js";
import { slug } from "./format.js";

/** Options shared by every renderer. */
export interface RenderOptions {
  /** Prefix for element ids, so that two scorecards on one page do not clash. Default `kpi`. */
  readonly idPrefix?: string;
  /** Level of the scorecard's own heading (2 by default); parts use the levels below it. */
  readonly headingLevel?: 1 | 2 | 3 | 4;
  /** Glossary used to mark acronyms with `<abbr title>` on first use (default: the scorecard's glossary). */
  readonly glossary?: readonly GlossaryEntry[];
}

/** Rendering state threaded through the parts of one document. */
export interface RenderContext {
  readonly idPrefix: string;
  readonly headingLevel: number;
  /** Text with acronyms marked up with `<abbr title>` the first time each is used in this document. */
  readonly text: (text: string) => SafeHtml;
  /**
   * An acronym the renderer itself writes: marked up like `text` when the glossary explains it, otherwise
   * written out in full, so that no report shows an acronym its glossary leaves unexplained.
   */
  readonly term: (acronym: string, writtenOut: string) => SafeHtml;
  readonly id: (...parts: readonly string[]) => string;
  readonly heading: (
    offset: number,
    content: SafeHtml | string,
    attrs?: { readonly id?: string },
  ) => SafeHtml;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Creates a context: ids, heading levels and an acronym marker that remembers what it has expanded. */
export function createContext(
  options: RenderOptions = {},
  glossary: readonly GlossaryEntry[] = [],
): RenderContext {
  const idPrefix = slug(options.idPrefix ?? "kpi");
  const headingLevel = options.headingLevel ?? 2;
  const entries = (options.glossary ?? glossary).filter(
    (e) => typeof e.term === "string" && e.term.trim() !== "",
  );
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) if (!byTerm.has(e.term.trim())) byTerm.set(e.term.trim(), e);
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length);
  const pattern = terms.length
    ? new RegExp(`(?<![A-Za-z0-9])(${terms.map(escapeRegExp).join("|")})(?=s?(?![A-Za-z0-9]))`, "g")
    : null;
  const seen = new Set<string>();
  const text = (input: string): SafeHtml => {
    const s = String(input ?? "");
    if (!pattern) return trustedHtml(escapeHtml(s));
    let out = "";
    let last = 0;
    for (const m of s.matchAll(pattern)) {
      const term = m[1] ?? "";
      const at = m.index ?? 0;
      out += escapeHtml(s.slice(last, at));
      const entry = byTerm.get(term);
      if (entry && !seen.has(term)) {
        seen.add(term);
        out += html`<abbr title="${entry.expansion}">${term}</abbr>`.value;
      } else out += escapeHtml(term);
      last = at + term.length;
    }
    return trustedHtml(out + escapeHtml(s.slice(last)));
  };
  const id = (...parts: readonly string[]) => [idPrefix, ...parts.map(slug)].join("-");
  const heading = (offset: number, content: SafeHtml | string, attrs: { readonly id?: string } = {}) => {
    const level = Math.min(6, headingLevel + offset);
    return trustedHtml(
      `<h${level} class="kpi-h kpi-h${level}"${attrs.id ? ` id="${escapeHtml(attrs.id)}"` : ""}>${html`${content}`.value}</h${level}>`,
    );
  };
  const term = (acronym: string, writtenOut: string): SafeHtml =>
    byTerm.has(acronym) ? text(acronym) : trustedHtml(escapeHtml(writtenOut));
  return { idPrefix, headingLevel, text, term, id, heading };
}
