import type { Scorecard } from "@kpikit/core";
import type { CscArea } from "@kpikit/csc";
import { getArea, listAreas } from "@kpikit/csc";
import { buildBenchmarkScorecard } from "./benchmark-scorecard.js";
import { localFiguresCsv, suppressFigures } from "./local-figures.js";
import { type ReturnFile, type ReturnsResult, readReturns } from "./read-returns.js";
import { formatBytes, renderIssues, renderMeasures } from "./returns-view.js";

/** What the "Your own returns" view needs from the page around it. */
export interface ReturnsPageContext {
  readonly say: (text: string, error?: boolean) => void;
  /** Where the scorecard is shown. */
  readonly view: HTMLElement;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
/** Lets the page paint and respond between steps of a long read. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

/**
 * The "Your own returns" view: files chosen or dropped are read as bytes in the page, decoded, checked
 * and measured by @kpikit/csc; nothing is uploaded or fetched. Downloads are Blob URLs, with small-number
 * suppression applied.
 */
export function startReturnsPage({ say, view }: ReturnsPageContext): void {
  const input = byId<HTMLInputElement>("returns-files");
  const dropZone = byId<HTMLDivElement>("drop-zone");
  const laSelect = byId<HTMLSelectElement>("returns-la");
  const yearSelect = byId<HTMLSelectElement>("returns-903-year");
  const output = byId<HTMLDivElement>("returns-output");
  const downloads = byId<HTMLDivElement>("returns-downloads");
  const suppressionNote = byId<HTMLParagraphElement>("returns-suppression");

  let files: ReturnFile[] = [];
  let result: ReturnsResult | null = null;
  let la: CscArea | null = null;
  let busy = 0;

  const las = [...listAreas({ kind: "la" })].sort((a, b) => a.name.localeCompare(b.name));
  laSelect.replaceChildren(option("", "Choose a local authority"), ...las.map((a) => option(a.code, a.name)));
  const years: number[] = [];
  for (let y = 2030; y >= 2010; y--) years.push(y);
  yearSelect.replaceChildren(
    option("", "From the files"),
    ...years.map((y) => option(String(y), `${y}-${String(y + 1).slice(2)}`)),
  );
  laSelect.disabled = false;
  yearSelect.disabled = false;

  function showScorecard(): void {
    if (!result || result.observations.length === 0) {
      view.replaceChildren();
      downloads.hidden = true;
      return;
    }
    if (!la) {
      view.replaceChildren();
      downloads.hidden = true;
      say(
        `Checked ${files.length} ${files.length === 1 ? "file" : "files"}: ${result.observations.length} measures computed. Choose your local authority to compare them with published figures.`,
      );
      return;
    }
    const only = result.observations.map((o) => o.indicatorId);
    const title = `${la.name}: figures from your returns`;
    const scorecard = buildBenchmarkScorecard(la, { local: result.observations, only, title });
    const el = document.createElement("kpi-scorecard") as HTMLElement & { data: Scorecard | null };
    el.setAttribute("heading-level", "2");
    view.replaceChildren(el);
    el.data = scorecard;
    const errors = result.issues.filter((i) => i.severity !== "warning").length;
    say(
      `Checked ${files.length} ${files.length === 1 ? "file" : "files"}: ${count(errors, "error")}, ${count(result.issues.length - errors, "warning")}. Showing ${scorecard.rows.length} measures for ${la.name}, compared with published figures.`,
    );
    const suppressed = suppressFigures(result.observations);
    suppressionNote.textContent = `Downloads withhold small numbers: a figure whose numerator is 1 to ${suppressed.threshold - 1} is shown as [c] with its counts removed (threshold ${suppressed.threshold}). ${suppressed.suppressed === 0 ? "No figure is withheld." : `${suppressed.suppressed} ${suppressed.suppressed === 1 ? "figure is" : "figures are"} withheld.`} The figures on this page are not suppressed: they stay on your computer.`;
    downloads.hidden = false;
  }

  /** `newFiles`: the LA named in a CIN census header (when it is a DfE LA) replaces the one chosen. */
  function compute(newFiles: boolean): void {
    const year = yearSelect.value ? Number(yearSelect.value) : undefined;
    result = readReturns(files, year === undefined ? {} : { ssda903Year: year });
    output.innerHTML = `${renderMeasures(result).value}${renderIssues(result.issues).value}`;
    if (newFiles && result.laCode) {
      const area = getArea(result.laCode);
      if (area?.kind === "la") laSelect.value = area.code;
    }
    la = laSelect.value ? (getArea(laSelect.value) ?? null) : null;
    showScorecard();
  }

  async function readFiles(list: readonly File[]): Promise<void> {
    if (list.length === 0) return;
    const token = ++busy;
    const read: ReturnFile[] = [];
    output.replaceChildren();
    view.replaceChildren();
    downloads.hidden = true;
    for (const f of list) {
      say(`Reading ${f.name} (${formatBytes(f.size)})…`);
      await tick();
      if (token !== busy) return;
      try {
        read.push({ name: f.name, text: new Uint8Array(await f.arrayBuffer()) });
      } catch (e) {
        say(`Cannot read ${f.name}: ${e instanceof Error ? e.message : String(e)}`, true);
        return;
      }
    }
    say(`Checking ${list.length} ${list.length === 1 ? "file" : "files"} and computing the measures…`);
    await tick();
    if (token !== busy) return;
    files = read;
    yearSelect.value = "";
    try {
      compute(true);
    } catch (e) {
      say(`Cannot compute the measures: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  }

  input.addEventListener("change", () => void readFiles([...(input.files ?? [])]));
  // The drop zone only adds to the file input, which works from the keyboard on its own.
  dropZone.addEventListener("dragover", (e) => {
    e.preventDefault();
    dropZone.classList.add("is-dragging");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("is-dragging"));
  dropZone.addEventListener("drop", (e) => {
    e.preventDefault();
    dropZone.classList.remove("is-dragging");
    void readFiles([...(e.dataTransfer?.files ?? [])]);
  });
  laSelect.addEventListener("change", () => {
    la = laSelect.value ? (getArea(laSelect.value) ?? null) : null;
    showScorecard();
  });
  yearSelect.addEventListener("change", () => {
    if (files.length > 0) compute(false);
  });

  function download(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  const fileStem = () =>
    `${la?.name.toLowerCase().replace(/[^a-z0-9]+/g, "-") ?? "local"}-returns`.replace(/^-|-$/g, "");

  byId<HTMLButtonElement>("download-json").addEventListener("click", () => {
    if (!result || !la) return;
    const suppressed = suppressFigures(result.observations);
    const scorecard = buildBenchmarkScorecard(la, {
      local: suppressed.observations,
      only: result.observations.map((o) => o.indicatorId),
      title: `${la.name}: figures from your returns`,
    });
    download(`${fileStem()}-scorecard.json`, "application/json", `${JSON.stringify(scorecard, null, 2)}\n`);
  });
  byId<HTMLButtonElement>("download-csv").addEventListener("click", () => {
    if (!result) return;
    download(
      `${fileStem()}-local-figures.csv`,
      "text/csv",
      localFiguresCsv(suppressFigures(result.observations).observations),
    );
  });
}
