import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { testServerUrl } from "@yhdyspinta/testing";

/**
 * CI guard for the newcomer path of docs/plugins.md: in a temporary copy of the repository, run the
 * commands of its section 1 (scaffold a plug-in, refresh schema.graphql, test) and check that the
 * tests which enumerate the plug-ins, and the new plug-in's own test, pass with it.
 * Cost: the copy shares node_modules through symlinks and keeps the build outputs (with their
 * timestamps), so `tsc -b` there only compiles the new package; jest runs only the affected files.
 */
const repoRoot = resolve(__dirname, "..", "..", "..");
const skipped = new Set(["node_modules", ".git", ".yhdyspinta", "test-output", "coverage"]);
let copy: string;

afterAll(() => { if (copy) rmSync(copy, { recursive: true, force: true }); });

/** The sh block of docs/plugins.md's "1. Start from the scaffold": one command per line, comments dropped. */
function scaffoldSteps(): string[] {
  const doc = readFileSync(join(repoRoot, "docs", "plugins.md"), "utf8");
  const section = doc.slice(doc.indexOf("## 1."));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("docs/plugins.md section 1 has no sh block");
  return block[1].split("\n").map((line) => line.replace(/\s+#.*$/, "").trim()).filter(Boolean);
}

/** The repository without node_modules; its node_modules are symlinks into this checkout's, except the workspace links. */
function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-region-new-"));
  cpSync(repoRoot, dir, { recursive: true, preserveTimestamps: true, filter: (src) => !skipped.has(basename(src)) });
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "@yhdyspinta"), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, "node_modules"))) {
    if (entry !== "@yhdyspinta") symlinkSync(join(repoRoot, "node_modules", entry), join(modules, entry));
  }
  // Workspace links are relative (../../packages/core), so in the copy they point at the copy's packages.
  for (const entry of readdirSync(join(repoRoot, "node_modules", "@yhdyspinta"))) {
    symlinkSync(readlinkSync(join(repoRoot, "node_modules", "@yhdyspinta", entry)), join(modules, "@yhdyspinta", entry));
  }
  for (const parent of ["packages", "regions"]) {
    for (const pkg of readdirSync(join(repoRoot, parent))) {
      const nested = join(repoRoot, parent, pkg, "node_modules");
      if (existsSync(nested)) symlinkSync(nested, join(dir, parent, pkg, "node_modules"));
    }
  }
  return dir;
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync("sh", ["-c", command], { cwd, env, encoding: "utf8" });
}

/** Test files that enumerate the plug-ins under regions/ (found by what they call, not listed by name). */
function testsThatEnumeratePlugins(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !skipped.has(entry.name) && entry.name !== "dist") visit(path);
      else if (entry.name.endsWith(".test.ts") && /\b(loadRegionPlugins|availableRegionPlugins|printedSchema)\(/.test(readFileSync(path, "utf8"))) {
        found.push(relative(dir, path));
      }
    }
  };
  visit(join(dir, "packages"));
  visit(join(dir, "regions"));
  return found.filter((file) => file !== relative(repoRoot, __filename));
}

describe("a plug-in scaffolded as docs/plugins.md says", () => {
  it("leaves the tests that enumerate plug-ins green, with its own test passing", () => {
    const steps = scaffoldSteps();
    const scaffold = steps.find((s) => / region new /.test(s));
    expect(scaffold).toBeDefined();
    const name = / region new ([a-z0-9-]+)/.exec(scaffold!)![1];
    expect(existsSync(join(repoRoot, "regions", name))).toBe(false);

    copy = copyRepository();
    const output: string[] = [];
    const jestTargets: string[] = [];
    for (const step of steps) {
      if (step === "npm install") {
        // What npm install adds for a new workspace package (running npm here would write through the symlinks).
        symlinkSync(`../../regions/${name}`, join(copy, "node_modules", "@yhdyspinta", `region-${name}`));
      } else if (step.startsWith("npx jest ")) {
        jestTargets.push(...step.slice("npx jest ".length).split(/\s+/));
      } else if (step === "npm test") {
        // The whole suite would double CI time: the files it could fail in are the ones that enumerate plug-ins.
        jestTargets.push(...testsThatEnumeratePlugins(copy));
      } else {
        const run = sh(step, copy);
        output.push(run.stdout);
        if (run.status !== 0) throw new Error(`"${step}" failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
      }
    }
    // The scaffolder tells the user to refresh schema.graphql.
    expect(output.join("")).toContain("npm run schema:print");
    expect(jestTargets).toEqual(expect.arrayContaining([`regions/${name}`, "packages/server/test/all-regions.test.ts"]));

    const jest = spawnSync(
      process.execPath,
      // One worker per file: region-filter.test.ts checks type-graphql's process-wide metadata, so it needs a fresh worker.
      [join(copy, "node_modules/jest/bin/jest.js"), "--ci", `--maxWorkers=${jestTargets.length}`, ...jestTargets],
      { cwd: copy, encoding: "utf8", env: { ...process.env, DATABASE_URL: testServerUrl() } },
    );
    expect(jest.stderr).not.toMatch(/✕|FAIL/);
    expect(jest.stderr).toMatch(new RegExp(`PASS regions/${name}/test/${name}\\.test\\.ts`));
    expect(jest.stderr).toMatch(/PASS packages\/server\/test\/all-regions\.test\.ts/);
    expect(jest.status).toBe(0);
  }, 400_000);
});
