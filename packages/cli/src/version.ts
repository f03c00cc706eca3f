declare const __KPIKIT_VERSION__: string | undefined;

/** The CLI's version (from package.json at build time). */
export const VERSION: string = typeof __KPIKIT_VERSION__ === "string" ? __KPIKIT_VERSION__ : "0.0.0-dev";
