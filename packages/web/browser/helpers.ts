// Shared by the browser tests (packages/web/browser, apps/dashboard/browser): a tiny static server on
// 127.0.0.1, Chromium via playwright-core, and axe-core injected from node_modules.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
// Where Chromium is (KPIKIT_CHROMIUM, /usr/bin/chromium, then the PATH) and its flags, shared with
// scripts/test-all.mjs and bench/render.bench.mjs (plain Node, so JavaScript and JSON rather than TypeScript).
import { findChromium, MISSING } from "../../../scripts/chromium.mjs";
import chromiumConfig from "./chromium.json" with { type: "json" };

export const CHROMIUM = findChromium();

/**
 * Call at the top of a browser test file. Without a Chromium the suite fails with one line saying what to
 * install (`pnpm test` installs Debian's chromium first where it can), never skips quietly.
 */
export function requireChromium(): boolean {
  if (CHROMIUM) return true;
  const error = new Error(MISSING);
  error.stack = MISSING;
  throw error;
}

export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(MISSING);
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumConfig.args });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves files: `mounts` maps a URL prefix to a folder or a single file (longest prefix wins).
 * `headers(path)` adds response headers (e.g. a Content-Security-Policy for one page).
 */
export async function serve(
  mounts: Readonly<Record<string, string>>,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    for (const [prefix, target] of entries) {
      if (!path.startsWith(prefix)) continue;
      let file = target;
      if (existsSync(target) && statSync(target).isDirectory()) {
        const rest = normalize(path.slice(prefix.length)).replace(/^([/\\])+/, "");
        file = resolve(target, rest);
        if (!file.startsWith(resolve(target))) break;
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      } else if (path !== prefix) continue;
      if (!existsSync(file)) continue;
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers(path),
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown; readonly html: string }[];
}

/** Runs axe with the WCAG 2.0/2.1 A and AA and 2.2 AA rules; returns the violations (should be none). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** The deepest focused element (through shadow roots), described for assertions. */
export async function activeElement(page: Page): Promise<{ tag: string; text: string; sort: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim(),
      sort: el?.getAttribute("data-kpi-sort") ?? null,
    };
  });
}

/** Focuses an element inside an element's shadow root. */
export async function focusInShadow(page: Page, host: string, selector: string): Promise<void> {
  await page.evaluate(
    ([h, s]) => {
      const el = document.querySelector(h ?? "")?.shadowRoot?.querySelector(s ?? "");
      if (el instanceof HTMLElement) el.focus();
      else throw new Error(`nothing matches ${s} in ${h}`);
    },
    [host, selector],
  );
}

/** Strings that would run script if any renderer or element let them through as markup. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  '" onerror="window.__pwned=1',
  "javascript:window.__pwned=1",
  "</style><script>window.__pwned=1</script>",
];

/** A copy of a scorecard whose names, notes, reasons and glossary carry {@link HOSTILE} strings. */
export function hostileScorecard(base: {
  rows: Record<string, unknown>[];
  [k: string]: unknown;
}): Record<string, unknown> {
  const evil = HOSTILE.join(" ");
  return {
    ...base,
    title: `Title ${evil}`,
    area: { ...(base.area as object), name: `Area ${HOSTILE[0]}` },
    rows: base.rows.map((r, i) => ({
      ...r,
      indicator: {
        ...(r.indicator as object),
        title: `${HOSTILE[i % HOSTILE.length]} ICPC`,
        description: evil,
      },
      note: evil,
      section: HOSTILE[i % HOSTILE.length],
      rag: { ...(r.rag as object), reason: evil },
    })),
    glossary: [
      { term: "ICPC", expansion: evil, description: evil },
      { term: HOSTILE[1], expansion: HOSTILE[4] },
    ],
    provenance: [{ name: evil, kind: "local", date: HOSTILE[3], description: evil }],
  };
}

/** What script-capable markup exists anywhere in the page, shadow roots included. */
export async function activeMarkup(page: Page): Promise<{
  pwned: boolean;
  scripts: number;
  imgs: number;
  handlers: string[];
  jsUrls: number;
}> {
  return page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned === 1,
      scripts: all.filter((e) => e.tagName === "SCRIPT" && !e.getAttribute("src")).length,
      imgs: all.filter((e) => e.tagName === "IMG").length,
      handlers: all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith("on"))),
      // (a kpi-* element's own src attribute is the page's input: fetched, never followed)
      jsUrls: all.filter((e) =>
        /^\s*javascript:/i.test(
          e.getAttribute("href") ?? (e.tagName.startsWith("KPI-") ? "" : (e.getAttribute("src") ?? "")),
        ),
      ).length,
    };
  });
}

/** Where a row's rating tag sits beside its indicator's name in a scorecard element's table, in CSS pixels. */
export interface RatingPlace {
  readonly id: string;
  /** From the name cell's right edge to the tag's left edge. */
  readonly gap: number;
  /** The tag is inside the table's scroll region as it is scrolled now. */
  readonly inView: boolean;
  /** From the name cell's top to the tag's top. */
  readonly top: number;
  /** The name cell's width, in per cent of the scroll region's. */
  readonly share: number;
}

/**
 * On a narrow screen, where the `<kpi-scorecard>` table scrolls sideways under its pinned indicator names: measures
 * where every row's rating tag sits, and lists the rows whose tag is not
 * beside its indicator: out of view, more than a small gap away (0 to 23 px), below the name's first line, or
 * beside a name squeezed into a narrow column (less than half the visible table), where a long name reads a word or
 * two a line.
 */
export async function ratingsBeside(page: Page): Promise<{ rows: number; misplaced: RatingPlace[] }> {
  const places: RatingPlace[] = await page.evaluate(() => {
    const root = document.querySelector("kpi-scorecard")?.shadowRoot;
    const scroll = root?.querySelector(".kpi-scroll") as HTMLElement;
    const region = scroll.getBoundingClientRect();
    return [...(root?.querySelectorAll("tr[data-kpi-id]") ?? [])].map((tr) => {
      const name = (tr.querySelector("th.kpi-indicator") as HTMLElement).getBoundingClientRect();
      const tag = (tr.querySelector(".kpi-col-rating .kpi-rag") as HTMLElement).getBoundingClientRect();
      return {
        id: tr.getAttribute("data-kpi-id") ?? "",
        gap: Math.round(tag.left - name.right),
        inView: tag.left >= region.left && tag.right <= region.right,
        top: Math.round(tag.top - name.top),
        share: Math.round((100 * name.width) / region.width),
      };
    });
  });
  const beside = (p: RatingPlace) => p.inView && p.gap >= 0 && p.gap < 24 && p.top < 16 && p.share >= 50;
  return { rows: places.length, misplaced: places.filter((p) => !beside(p)) };
}
