// report: an LA's scorecard input assembled once, for the CLI report and the dashboard (public exports).

export {
  type Gathered,
  type GatherOptions,
  gatherPublished,
  type HighPerformersChoice,
  publishedNotes,
  scorecardComparators,
} from "./gather-published.js";
export { loadPublishedFile, type PublishedFileResult } from "./load-published-file.js";
export { type PublishedFile, withPublishedFiles } from "./published-files.js";
