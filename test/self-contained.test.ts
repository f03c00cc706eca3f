// A clone needs nothing outside the repository: every public file the project reads is under data/ and listed
// in data/SOURCES.md, no tracked file reads a folder beside the clone, and the browser is found the same way
// by `pnpm test`, the browser tests and the bench (scripts/chromium.mjs).
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ensureChromium, findChromium, MISSING } from "../scripts/chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(root, "data");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(dataDir, path)];
  });
}

describe("data/", () => {
  const sources = readFileSync(join(dataDir, "SOURCES.md"), "utf8");
  const listed = [...sources.matchAll(/^\s+- `([^`]+)`$/gm)].map((m) => m[1] as string);
  const files = filesUnder(dataDir).filter((f) => f !== "SOURCES.md");

  it("lists every committed data file in SOURCES.md, and lists only files that exist", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !listed.includes(f))).toEqual([]);
    expect(listed.filter((f) => !existsSync(join(dataDir, f)))).toEqual([]);
  });

  it("gives each group of files a publisher, an origin, a licence and a date", () => {
    const groups = sources.split(/^## /m).slice(1);
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups) {
      for (const field of ["Publisher", "Origin", "Licence", "Date"]) {
        expect(group, group.split("\n")[0]).toMatch(new RegExp(`^- \\*\\*${field}:\\*\\* \\S`, "m"));
      }
    }
  });

  it("is read by no tracked file from a folder beside the repository", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.(ts|mts|mjs|js|json|ya?ml|sh)$|^\.ci\//.test(f) && !f.startsWith("data/"));
    expect(tracked.length).toBeGreaterThan(100);
    const outside = tracked.filter((f) => /\.\.\/shared\//.test(readFileSync(join(root, f), "utf8")));
    expect(outside).toEqual([]);
  });
});

describe("findChromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-chromium-"));
  const exe = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, "#!/bin/sh\n");
    chmodSync(path, 0o755);
    return path;
  };
  const chrome = exe("google-chrome");
  const plain = join(dir, "not-executable");
  writeFileSync(plain, "");
  const nowhere = join(dir, "no-such-chromium");

  it.each([
    ["KPIKIT_CHROMIUM first", { KPIKIT_CHROMIUM: chrome, PATH: "" }, "/bin/sh", chrome],
    [
      "a KPIKIT_CHROMIUM that cannot run is not replaced",
      { KPIKIT_CHROMIUM: plain, PATH: dir },
      "/bin/sh",
      null,
    ],
    ["then the system path", { PATH: dir }, "/bin/sh", "/bin/sh"],
    ["then the PATH", { PATH: `/nonexistent:${dir}` }, nowhere, chrome],
    ["none", { PATH: "/nonexistent" }, nowhere, null],
  ])("%s", (_name, env, systemPath, expected) => {
    expect(findChromium(env, systemPath)).toBe(expected);
  });

  it("says in one line what to install when there is none", () => {
    expect(MISSING).not.toContain("\n");
    expect(MISSING).toMatch(/apt-get install chromium/);
    expect(MISSING).toMatch(/KPIKIT_CHROMIUM/);
  });
});

describe("ensureChromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-apt-"));
  const bin = join(dir, "bin");
  // A stand-in apt-get: `install -y chromium` puts an executable chromium on the PATH and logs each call. The
  // PATH holds only these two folders, so the machine's own browser is not found.
  const fakeApt = (failInstall: boolean) => {
    execFileSync("mkdir", ["-p", bin]);
    writeFileSync(
      join(dir, "apt-get"),
      `#!/bin/sh\necho "$@" >> "${dir}/calls"\n${failInstall ? 'case "$1" in install) exit 100;; esac\n' : ""}if [ "$1" = install ]; then printf '#!/bin/sh\\n' > "${bin}/chromium"; /bin/chmod +x "${bin}/chromium"; fi\n`,
    );
    chmodSync(join(dir, "apt-get"), 0o755);
    writeFileSync(join(dir, "calls"), "");
  };
  const nowhere = join(dir, "no-such-chromium");
  const run = (canInstall: boolean) => {
    const lines: string[] = [];
    const path = ensureChromium({
      env: { PATH: `${dir}:${bin}` },
      log: (l) => lines.push(l),
      systemPath: nowhere,
      canInstall: () => canInstall,
    });
    return { path, lines, calls: readFileSync(join(dir, "calls"), "utf8") };
  };

  it("installs Debian's chromium where it can, and says so", () => {
    fakeApt(false);
    const r = run(true);
    expect(r.path).toBe(join(bin, "chromium"));
    expect(r.calls).toBe("update\ninstall -y chromium\n");
    expect(r.lines[0]).toMatch(/installing Debian's chromium package/);
    expect(r.lines.at(-1)).toBe(`Installed Chromium at ${join(bin, "chromium")}.`);
  });

  it("where it cannot install, says in one line what to install, and installs nothing", () => {
    execFileSync("rm", ["-f", join(bin, "chromium")]);
    fakeApt(false);
    const r = run(false);
    expect(r).toEqual({ path: null, lines: [MISSING], calls: "" });
  });

  it("a failed install is said, with what to install", () => {
    execFileSync("rm", ["-f", join(bin, "chromium")]);
    fakeApt(true);
    const r = run(true);
    expect(r.path).toBeNull();
    expect(r.lines.at(-1)).toBe(`Installing chromium failed. ${MISSING}`);
  });
});
