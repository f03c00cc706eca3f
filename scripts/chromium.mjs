// Finds the Chromium that the browser tests and the render bench drive, and installs Debian's package when it
// can. One home for the search order, so `pnpm test`, the browser tests and `pnpm bench` agree.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Where to look, in order: `KPIKIT_CHROMIUM`, `/usr/bin/chromium`, then these names on the PATH. */
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** The one line said when no browser is found and none can be installed here. */
export const MISSING =
  "No Chromium for the browser tests: install one (Debian or Ubuntu: apt-get install chromium) or set KPIKIT_CHROMIUM to its path.";

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The path of a Chromium to run, or null. `env` defaults to `process.env`; a `KPIKIT_CHROMIUM` that is set
 * but not executable is not silently replaced by another browser: the result is null. `systemPath` is
 * Debian's location, looked at before the PATH.
 */
export function findChromium(env = process.env, systemPath = "/usr/bin/chromium") {
  const chosen = env.KPIKIT_CHROMIUM;
  if (chosen) return isExecutable(chosen) ? chosen : null;
  if (isExecutable(systemPath)) return systemPath;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return null;
}

/** True on Debian or Ubuntu (or a derivative) as root with apt-get: where Debian's chromium can be installed. */
export function canInstallChromium() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return false;
  let release = "";
  try {
    release = readFileSync("/etc/os-release", "utf8");
  } catch {
    return false;
  }
  const ids = [...release.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)/gm)].flatMap((m) => m[1].split(/\s+/));
  if (!ids.some((id) => id === "debian" || id === "ubuntu")) return false;
  return spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Finds Chromium, installing Debian's package first when none is found and this machine allows it (saying so
 * on stderr). Returns the path, or null after printing {@link MISSING}. `systemPath` and `canInstall` are for
 * tests.
 */
export function ensureChromium({
  env = process.env,
  log = (line) => process.stderr.write(`${line}\n`),
  systemPath = "/usr/bin/chromium",
  canInstall = canInstallChromium,
} = {}) {
  const found = findChromium(env, systemPath);
  if (found) return found;
  if (env.KPIKIT_CHROMIUM) {
    log(`KPIKIT_CHROMIUM is ${env.KPIKIT_CHROMIUM}, which is not an executable file.`);
    return null;
  }
  if (!canInstall()) {
    log(MISSING);
    return null;
  }
  log(
    "No Chromium found: installing Debian's chromium package for the browser tests (apt-get install chromium)…",
  );
  const quiet = {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
  };
  const apt = (args) => spawnSync("apt-get", args, quiet).status === 0;
  const installed = apt(["update"]) && apt(["install", "-y", "chromium"]);
  const path = installed ? findChromium(env, systemPath) : null;
  log(path ? `Installed Chromium at ${path}.` : `Installing chromium failed. ${MISSING}`);
  return path;
}
