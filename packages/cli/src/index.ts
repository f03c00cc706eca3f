// @kpikit/cli programmatic entry.
export { run } from "./main.js";
