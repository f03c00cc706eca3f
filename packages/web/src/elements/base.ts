import type { Scorecard, ScorecardRow } from "@kpikit/core";
import { escapeHtml } from "../html/safe-html.js";
import { reportCss } from "../render/report-css.js";
import { checkScorecard } from "./check-scorecard.js";
import { loadScorecard } from "./load.js";

// In Node (server rendering, tests) there is no HTMLElement: the classes still load, they just cannot run.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

const HOST_CSS = `:host{display:block}:host([hidden]){display:none}:host(kpi-rag){display:inline}
.kpi-status{color:var(--kpi-muted,#505a5f)}
`;

let sheet: CSSStyleSheet | null | undefined;
/** One constructable stylesheet shared by every element (no inline style, so `style-src 'self'` holds). */
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(HOST_CSS + reportCss);
    sheet = s;
  } catch {
    sheet = null;
  }
  return sheet;
}

/** Common behaviour: a shadow root with the shared styles, `src` or `data`, load/error events. */
export abstract class KpiElement extends Base {
  #data: Scorecard | null = null;
  #src: string | null = null;
  #token = 0;
  protected readonly root: ShadowRoot;
  #needsStyleElement: boolean;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    const s = sharedSheet();
    this.#needsStyleElement = !(s && "adoptedStyleSheets" in this.root);
    if (s && !this.#needsStyleElement) this.root.adoptedStyleSheets = [s];
  }

  /** The scorecard shown (set it directly instead of `src`). */
  get data(): Scorecard | null {
    return this.#data;
  }
  set data(value: Scorecard | null) {
    this.#token++;
    if (value === null || value === undefined) {
      this.#data = null;
      this.update();
      return;
    }
    const checked = checkScorecard(value);
    if (!checked.ok) {
      this.#data = null;
      this.fail(`The scorecard is not valid: ${checked.message}`);
      return;
    }
    this.#data = checked.scorecard;
    this.update();
    this.dispatchEvent(new CustomEvent("kpi-load", { detail: { scorecard: checked.scorecard } }));
  }

  connectedCallback(): void {
    this.#loadSrc();
    this.update();
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue) return;
    if (name === "src") this.#loadSrc();
    else this.update();
  }

  #loadSrc(): void {
    const src = this.getAttribute("src");
    if (!src || src === this.#src || !this.isConnected) return;
    this.#src = src;
    const token = ++this.#token;
    this.setContent(`<p class="kpi-status" role="status">Loading the scorecard…</p>`);
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      this.fail(`The scorecard address "${src}" is not a valid URL.`);
      return;
    }
    loadScorecard(url).then(
      (scorecard) => {
        if (token !== this.#token) return;
        this.#data = scorecard;
        this.update();
        this.dispatchEvent(new CustomEvent("kpi-load", { detail: { scorecard } }));
      },
      (error: unknown) => {
        if (token !== this.#token) return;
        this.fail(
          `Could not load the scorecard from ${src}: ${error instanceof Error ? error.message : String(error)}.`,
        );
      },
    );
  }

  /** Shows an error and the element's own fallback content (its children). */
  protected fail(message: string): void {
    this.setContent(
      `<div class="kpi-card"><p class="kpi-error" role="alert">${escapeHtml(message)}</p><slot></slot></div>`,
    );
    this.dispatchEvent(new CustomEvent("kpi-error", { detail: { message } }));
  }

  /** Replaces the shadow content with trusted HTML built by the renderers. */
  protected setContent(markup: string): void {
    this.root.innerHTML = this.#needsStyleElement
      ? `<style>${HOST_CSS}${reportCss}</style>${markup}`
      : markup;
  }

  /** The row for the `indicator` attribute, or an error shown in place. */
  protected row(scorecard: Scorecard): ScorecardRow | null {
    const id = this.getAttribute("indicator");
    const row = scorecard.rows.find((r) => r.indicator.id === id);
    if (!row) {
      this.fail(
        id ? `The scorecard has no indicator "${id}".` : "Set the indicator attribute to an indicator id.",
      );
      return null;
    }
    return row;
  }

  protected headingLevel(fallback: 1 | 2 | 3 | 4 = 2): 1 | 2 | 3 | 4 {
    const n = Number(this.getAttribute("heading-level"));
    return n === 1 || n === 2 || n === 3 || n === 4 ? n : fallback;
  }

  /** Renders the current data (called after every change). */
  protected update(): void {
    if (!this.isConnected) return;
    if (this.#data) this.render(this.#data);
    else if (!this.getAttribute("src")) this.renderEmpty();
  }

  protected renderEmpty(): void {
    this.setContent("<slot></slot>");
  }

  protected abstract render(scorecard: Scorecard): void;
}
