// synth: public exports of this area. Synthetic CIN census and SSDA903 returns for tests, demos and benchmarks.
export { type SynthFile, type SynthReturnsOptions, synthReturns } from "./synth-returns.js";
