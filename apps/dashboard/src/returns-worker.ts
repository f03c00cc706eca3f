// The dashboard's returns worker: reads and measures the files off the page's main thread, reporting progress.
// Nothing is fetched or sent: the files arrive in a message (File objects, read here as streams, or a workbook's
// bytes and sheets) and the figures leave the same way.
import type { ReturnsInput } from "@kpikit/csc";
import { computeReturns, type ReturnsResult } from "./returns-compute.js";

/** A file for the worker: a chosen file (read in the worker as it streams), or one already read (a workbook). */
export type ReturnsFileRequest = ReturnsInput | { readonly name: string; readonly file: Blob };

/** The pipeline's input for a requested file: a `File` as a stream of its bytes. */
export const streamOf = (f: ReturnsFileRequest) =>
  "file" in f ? { name: f.name, stream: f.file.stream(), size: f.file.size } : f;

/** A request to the worker. */
export interface ReturnsRequest {
  readonly files: readonly ReturnsFileRequest[];
  readonly ssda903Year?: number;
  readonly la?: string;
}

/** A message from the worker. */
export type ReturnsMessage =
  | {
      readonly kind: "progress";
      readonly done: number;
      readonly total: number;
      readonly file: string;
      readonly bytes?: number;
      readonly records?: number;
    }
  | { readonly kind: "result"; readonly result: ReturnsResult }
  | { readonly kind: "failed"; readonly message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReturnsRequest>) => void) | null;
  postMessage: (message: ReturnsMessage) => void;
};

scope.onmessage = async (e) => {
  const { files, ssda903Year, la } = e.data;
  try {
    const result = await computeReturns(files.map(streamOf), {
      ...(ssda903Year === undefined ? {} : { ssda903Year }),
      ...(la ? { la } : {}),
      onProgress: (p) => scope.postMessage({ kind: "progress", ...p }),
    });
    scope.postMessage({ kind: "result", result });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
