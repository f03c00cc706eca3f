import { DEFAULT_SUPPRESSION_THRESHOLD, type Scorecard } from "@kpikit/core";
import type { CscArea } from "@kpikit/csc";
import { computedFigureRows, getArea, listAreas, localFiguresCsv, returnsInputOf } from "@kpikit/csc";
import { buildBenchmarkScorecard } from "./benchmark-scorecard.js";
import { suppressFigures } from "./local-figures.js";
import { computeReturns, type ReturnsResult } from "./returns-compute.js";
import { formatBytes, renderIssues, renderMeasures } from "./returns-view.js";
import {
  type ReturnsFileRequest,
  type ReturnsMessage,
  type ReturnsRequest,
  streamOf,
} from "./returns-worker.js";
import ReturnsWorker from "./returns-worker.ts?worker&inline";

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

/** A file chosen or dropped, with its path inside a chosen folder (the year rules read folder names). */
interface Chosen {
  readonly file: File;
  readonly path: string;
}

/** Every file under a dropped folder (or the dropped files), with paths relative to what was dropped. */
async function droppedFiles(data: DataTransfer): Promise<Chosen[]> {
  const entries = [...data.items]
    .map((i) => (typeof i.webkitGetAsEntry === "function" ? i.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...data.files].map((file) => ({ file, path: file.name }));
  const out: Chosen[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ file, path: entry.fullPath.replace(/^\//, "") });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const e of batch) if (!e.name.startsWith(".")) await walk(e);
    }
  };
  for (const e of entries) await walk(e);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The page's returns worker, or null where workers cannot start (the work is then done in the page). */
function startWorker(): Worker | null {
  try {
    return new ReturnsWorker();
  } catch {
    return null;
  }
}

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

  let files: ReturnsFileRequest[] = [];
  let result: ReturnsResult | null = null;
  let la: CscArea | null = null;
  let busy = 0;

  const las = [...listAreas({ kind: "la" })].sort((a, b) => a.name.localeCompare(b.name));
  laSelect.replaceChildren(option("", "Choose a local authority"), ...las.map((a) => option(a.code, a.name)));
  const showYears = (years: readonly number[]) => {
    const chosen = yearSelect.value;
    yearSelect.replaceChildren(
      option("", "The latest in the files"),
      ...[...years].reverse().map((y) => option(String(y), `${y}-${String(y + 1).slice(2)}`)),
    );
    if (years.includes(Number(chosen))) yearSelect.value = chosen;
  };
  showYears([]);
  const worker = startWorker();
  // A whole folder (several years, in folders named for them) as well as single files.
  const folderInput = document.createElement("input");
  folderInput.type = "file";
  folderInput.id = "returns-folder";
  folderInput.multiple = true;
  folderInput.setAttribute("webkitdirectory", "");
  const folderLabel = document.createElement("label");
  folderLabel.htmlFor = "returns-folder";
  folderLabel.textContent = "Or a whole folder of returns (several years)";
  input.after(folderLabel, folderInput);
  laSelect.disabled = false;
  yearSelect.disabled = false;

  function showScorecard(): void {
    if (!result || result.observations.length === 0) {
      view.replaceChildren();
      downloads.hidden = true;
      if (result)
        say(
          `Checked ${files.length} ${files.length === 1 ? "file" : "files"}: ${result.blocking.length > 0 ? `nothing computed (${count(result.blocking.length, "problem")} to fix, listed below)` : "no measures could be computed"}.`,
          result.blocking.length > 0,
        );
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
    const only = result.comparable;
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

  /** Runs the pipeline in the worker (or in the page when no worker could start), showing its progress. */
  function run(request: ReturnsRequest, token: number): Promise<ReturnsResult | null> {
    if (!worker)
      return computeReturns(
        request.files.map(streamOf),
        request.ssda903Year === undefined ? {} : { ssda903Year: request.ssda903Year },
      );
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ReturnsMessage>) => {
        const m = e.data;
        if (token !== busy) return resolve(null);
        if (m.kind === "progress") {
          const read = m.bytes ? `, ${formatBytes(m.bytes)} read` : "";
          if (m.file) say(`Checking ${m.file} (${m.done + 1} of ${m.total}${read})…`);
        } else if (m.kind === "result") resolve(m.result);
        else reject(new Error(m.message));
      };
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(request);
    });
  }

  /** `newFiles`: the LA named in a CIN census header (when it is a DfE LA) replaces the one chosen. */
  async function compute(newFiles: boolean): Promise<void> {
    const token = ++busy;
    const year = yearSelect.value ? Number(yearSelect.value) : undefined;
    const next = await run({ files, ...(year === undefined ? {} : { ssda903Year: year }) }, token);
    if (next === null || token !== busy) return;
    result = next;
    showYears(result.ssda903Years);
    output.innerHTML = `${renderMeasures(result).value}${renderIssues(result.issues).value}`;
    if (newFiles && result.laCode) {
      const area = getArea(result.laCode);
      if (area?.kind === "la") laSelect.value = area.code;
    }
    la = laSelect.value ? (getArea(laSelect.value) ?? null) : null;
    showScorecard();
  }

  async function readFiles(list: readonly Chosen[]): Promise<void> {
    if (list.length === 0) return;
    const token = ++busy;
    const read: ReturnsFileRequest[] = [];
    output.replaceChildren();
    view.replaceChildren();
    downloads.hidden = true;
    for (const { file: f, path } of list) {
      say(`Reading ${path} (${formatBytes(f.size)})…`);
      await tick();
      if (token !== busy) return;
      try {
        // A workbook (.xlsx) is read here with its sheets (an Annex A is recognised by them), as kpikit compute
        // reads it; any other file goes to the worker as it is, to be read there as a stream.
        const workbook = /\.xlsx$/i.test(path);
        read.push(
          workbook
            ? await returnsInputOf(path, new Uint8Array(await f.arrayBuffer()))
            : { name: path, file: f },
        );
      } catch (e) {
        say(`Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, true);
        return;
      }
    }
    say(`Checking ${list.length} ${list.length === 1 ? "file" : "files"} and computing the measures…`);
    await tick();
    if (token !== busy) return;
    files = read;
    yearSelect.value = "";
    try {
      await compute(true);
    } catch (e) {
      say(`Cannot compute the measures: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  }

  const chosen = (list: FileList | null): Chosen[] =>
    [...(list ?? [])]
      .filter((file) => !file.name.startsWith("."))
      .map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  input.addEventListener("change", () => void readFiles(chosen(input.files)));
  folderInput.addEventListener("change", () => void readFiles(chosen(folderInput.files)));
  // The drop zone only adds to the file input, which works from the keyboard on its own.
  dropZone.addEventListener("dragover", (e) => {
    e.preventDefault();
    dropZone.classList.add("is-dragging");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("is-dragging"));
  dropZone.addEventListener("drop", (e) => {
    e.preventDefault();
    dropZone.classList.remove("is-dragging");
    if (e.dataTransfer) void droppedFiles(e.dataTransfer).then(readFiles);
  });
  laSelect.addEventListener("change", () => {
    la = laSelect.value ? (getArea(laSelect.value) ?? null) : null;
    showScorecard();
  });
  yearSelect.addEventListener("change", () => {
    if (files.length > 0) void compute(false);
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
      only: result.comparable,
      title: `${la.name}: figures from your returns`,
    });
    download(`${fileStem()}-scorecard.json`, "application/json", `${JSON.stringify(scorecard, null, 2)}\n`);
  });
  byId<HTMLButtonElement>("download-csv").addEventListener("click", () => {
    if (!result) return;
    download(
      `${fileStem()}-local-figures.csv`,
      "text/csv",
      // As `kpikit compute` writes them: every small count [c], and a note on how each figure was made.
      localFiguresCsv(computedFigureRows(result.observations, DEFAULT_SUPPRESSION_THRESHOLD).rows),
    );
  });
}
