// The dashboard's returns worker: reads and measures the files off the page's main thread, reporting progress.
// Nothing is fetched or sent: the files arrive as bytes in a message and the figures leave the same way.
import type { ReturnsInput } from "@kpikit/csc";
import { computeReturns, type ReturnsResult } from "./returns-compute.js";

/** A request to the worker. */
export interface ReturnsRequest {
  readonly files: readonly ReturnsInput[];
  readonly ssda903Year?: number;
  readonly la?: string;
}

/** A message from the worker. */
export type ReturnsMessage =
  | { readonly kind: "progress"; readonly done: number; readonly total: number; readonly file: string }
  | { readonly kind: "result"; readonly result: ReturnsResult }
  | { readonly kind: "failed"; readonly message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReturnsRequest>) => void) | null;
  postMessage: (message: ReturnsMessage) => void;
};

scope.onmessage = (e) => {
  const { files, ssda903Year, la } = e.data;
  try {
    const result = computeReturns(files, {
      ...(ssda903Year === undefined ? {} : { ssda903Year }),
      ...(la ? { la } : {}),
      onProgress: (p) => scope.postMessage({ kind: "progress", ...p }),
    });
    scope.postMessage({ kind: "result", result });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
