import "./style.css";
import type { Scorecard } from "@kpikit/core";
import { checkScorecard, defineKpiElements } from "@kpikit/web/elements";
import { checkSourceUrl } from "./source-url.js";
import { type DashboardState, formatState, parseState } from "./state.js";

defineKpiElements();

type Csc = typeof import("@kpikit/csc");
type Builders = typeof import("./benchmark-scorecard.js");
type AllLas = typeof import("./all-las-view.js");

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const laSelect = byId<HTMLSelectElement>("la");
const indicatorSelect = byId<HTMLSelectElement>("indicator");
const periodSelect = byId<HTMLSelectElement>("period");
const fileInput = byId<HTMLInputElement>("file");
const statusEl = byId<HTMLParagraphElement>("status");
const view = byId<HTMLDivElement>("view");

let state: DashboardState = parseState(location.search);
let mods: { csc: Csc; builders: Builders; allLas: AllLas } | null = null;
let renderToken = 0;

function say(text: string, error = false): void {
  statusEl.textContent = text;
  statusEl.classList.toggle("error", error);
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

function showScorecard(scorecard: Scorecard | null, src?: string): void {
  const el = document.createElement("kpi-scorecard") as HTMLElement & { data: Scorecard | null };
  el.setAttribute("heading-level", "2");
  el.addEventListener("kpi-error", (e) => say((e as CustomEvent<{ message: string }>).detail.message, true));
  if (src) {
    el.addEventListener("kpi-load", (e) =>
      say(
        `Showing the scorecard from ${src}: ${(e as CustomEvent<{ scorecard: Scorecard }>).detail.scorecard.rows.length} indicators.`,
      ),
    );
    el.setAttribute("src", src);
    view.replaceChildren(el);
  } else if (scorecard) {
    view.replaceChildren(el);
    el.data = scorecard;
  }
}

function syncControls(): void {
  laSelect.value = state.la ?? "";
  indicatorSelect.value = state.indicator ?? "";
  periodSelect.value = state.period ?? "";
}

function render(): void {
  const token = ++renderToken;
  if (state.src) {
    const checked = checkSourceUrl(state.src, location.href);
    if (!checked.ok) {
      view.replaceChildren();
      say(`Cannot open the scorecard: ${checked.message}`, true);
      return;
    }
    say(`Loading the scorecard from ${state.src}…`);
    showScorecard(null, checked.url);
    return;
  }
  if (!mods) return;
  const { csc, builders, allLas } = mods;
  if (state.indicator) {
    try {
      const asAt = state.period ? builders.periodAsAt(state.indicator, state.period) : undefined;
      if (state.period && !asAt)
        throw new Error(`no figures for this indicator by the end of ${state.period}`);
      const b = csc.benchmarkIndicator(state.indicator, asAt ? { period: asAt } : {});
      view.innerHTML = allLas.renderAllLasView(b, state.la).value;
      say(`Showing ${b.definition?.title ?? b.indicator.name} for every local authority, ${b.period.label}.`);
    } catch (e) {
      view.replaceChildren();
      say(`Cannot show that indicator: ${e instanceof Error ? e.message : String(e)}`, true);
    }
    return;
  }
  if (state.la) {
    const la = csc.getArea(state.la);
    if (la?.kind !== "la") {
      view.replaceChildren();
      say(`There is no local authority with code ${state.la}.`, true);
      return;
    }
    say(`Building the scorecard for ${la.name}…`);
    // Let the message paint before the (synchronous) build.
    setTimeout(() => {
      if (token !== renderToken) return;
      try {
        const period = state.period
          ? builders.availableYears().find((p) => p.label === state.period)
          : undefined;
        const scorecard = builders.buildBenchmarkScorecard(la, period ? { period } : {});
        showScorecard(scorecard);
        say(
          // Indicators are published for different periods, so say which figures are shown, not one date.
          `Showing the scorecard for ${la.name}: ${scorecard.rows.length} indicators, ${period ? `the figures published for periods up to the end of ${period.label}` : "the latest published figure for each"}.`,
        );
      } catch (e) {
        view.replaceChildren();
        say(`Cannot build the scorecard: ${e instanceof Error ? e.message : String(e)}`, true);
      }
    }, 30);
    return;
  }
  view.innerHTML = allLas.renderAreaIndex(csc.listAreas({ kind: "la" })).value;
  say("Choose a local authority or an indicator.");
}

function setState(next: DashboardState): void {
  state = next;
  const url = `${location.pathname}${formatState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, "", url);
  render();
}

async function startReturns(): Promise<void> {
  byId("benchmarks").hidden = true;
  byId("returns").hidden = false;
  byId("page-title").textContent = "Your own returns";
  document.title = "Your own returns: kpikit dashboard";
  say("Loading…");
  const page = await import("./returns-page.js");
  page.startReturnsPage({ say, view });
  say("Choose your CIN census and SSDA903 files.");
}

async function init(): Promise<void> {
  if (state.view === "returns") return startReturns();
  if (state.src) render();
  else say("Loading the published figures…");
  const [csc, builders, allLas] = await Promise.all([
    import("@kpikit/csc"),
    import("./benchmark-scorecard.js"),
    import("./all-las-view.js"),
  ]);
  mods = { csc, builders, allLas };
  const las = [...csc.listAreas({ kind: "la" })].sort((a, b) => a.name.localeCompare(b.name));
  laSelect.replaceChildren(option("", "Choose a local authority"), ...las.map((a) => option(a.code, a.name)));
  const indicators = builders.publishedIndicators().sort((a, b) => a.title.localeCompare(b.title));
  indicatorSelect.replaceChildren(
    option("", "All indicators (the LA's scorecard)"),
    ...indicators.map((d) => option(d.id, d.title)),
  );
  periodSelect.replaceChildren(
    option("", "Latest"),
    ...builders.availableYears().map((p) => option(p.label, p.label)),
  );
  for (const s of [laSelect, indicatorSelect, periodSelect]) s.disabled = false;
  syncControls();
  if (!state.src) render();
}

laSelect.addEventListener("change", () => setState({ ...withoutSrc(state), la: laSelect.value }));
indicatorSelect.addEventListener("change", () =>
  setState({ ...withoutSrc(state), indicator: indicatorSelect.value }),
);
periodSelect.addEventListener("change", () => setState({ ...withoutSrc(state), period: periodSelect.value }));
window.addEventListener("popstate", () => {
  const next = parseState(location.search);
  if ((next.view === "returns") !== (state.view === "returns")) {
    location.reload();
    return;
  }
  state = next;
  syncControls();
  render();
});
fileInput.addEventListener("change", async () => {
  const files = [...(fileInput.files ?? [])];
  const file = files[0];
  if (!file) return;
  // The council's own figures (a local figures file or a committee table) and newer DfE files, beside the
  // chosen LA's scorecard; read in the page, nothing uploaded.
  if (files.some((f) => !/\.json$/i.test(f.name))) {
    await openOwnFiles(files);
    return;
  }
  try {
    const checked = checkScorecard(JSON.parse(await file.text()));
    if (!checked.ok) {
      say(`${file.name} is not a kpikit scorecard: ${checked.message}.`, true);
      return;
    }
    renderToken++;
    showScorecard(checked.scorecard);
    say(
      `Showing ${file.name} (${checked.scorecard.rows.length} indicators). A file you open is not kept in the address.`,
    );
  } catch (e) {
    say(`Cannot read ${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
});

async function openOwnFiles(files: readonly File[]): Promise<void> {
  if (!mods || !state.la) {
    say(
      "Choose a local authority first: its own figures and newer DfE files are shown beside its scorecard.",
      true,
    );
    return;
  }
  const { csc, builders } = mods;
  const la = csc.getArea(state.la);
  if (la?.kind !== "la") return;
  try {
    const { readOpenedFiles } = await import("./local-figures.js");
    const opened = await readOpenedFiles(
      await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
      la.code,
    );
    const errors = opened.issues.filter((i) => i.severity !== "warning");
    if (opened.local.length === 0 && opened.published.length === 0) {
      say(
        `Nothing could be used: ${errors.map((i) => `${i.file ?? ""}${i.row ? `:${i.row}` : ""} ${i.message}`).join("; ")}`,
        true,
      );
      return;
    }
    renderToken++;
    const scorecard = builders.buildBenchmarkScorecard(la, {
      local: opened.local,
      localSource: { kind: "local", name: opened.localFiles.join(", ") },
      dataset: csc.withPublishedFiles(csc.loadPublished(), opened.published),
    });
    showScorecard(scorecard);
    say(
      `Showing ${la.name} with ${[
        opened.localFiles.length > 0 ? `its own figures from ${opened.localFiles.join(", ")}` : "",
        opened.published.length > 0
          ? `newer DfE figures from ${opened.published.map((p) => p.file).join(", ")}`
          : "",
      ]
        .filter(Boolean)
        .join(
          " and ",
        )}${errors.length > 0 ? `; left out: ${errors.map((i) => `${i.file ?? ""}${i.row ? `:${i.row}` : ""} ${i.message}`).join("; ")}` : ""}.`,
      errors.length > 0,
    );
  } catch (e) {
    say(`Cannot read the files: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

function withoutSrc(s: DashboardState): DashboardState {
  const { src: _src, ...rest } = s;
  return rest;
}

init().catch((e: unknown) =>
  say(`The dashboard could not start: ${e instanceof Error ? e.message : String(e)}`, true),
);
