import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, testDatabaseName, testServerUrl } from "@yhdyspinta/testing";
import { dockerIgnore, jsonArgs, listFiles, parseCopy, parseDockerfile, runCommand, simulateDockerfile, stageEnv, type Stage } from "./support/dockerfile";
import { freePort, repoRoot, startProcess, waitForOk } from "./support/processes";

const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
const stages = parseDockerfile(readFileSync(join(repoRoot, "Dockerfile"), "utf8"));
const runtime = stages.at(-1)!;

/** The workspace folders, from the root package.json's `workspaces` (a trailing /* means every folder with a package.json). */
function workspaces(): string[] {
  return (rootManifest.workspaces as string[]).flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const dir = pattern.slice(0, -2);
    return readdirSync(join(repoRoot, dir)).map((name) => `${dir}/${name}`).filter((w) => existsSync(join(repoRoot, w, "package.json")));
  });
}

const runs = (stage: Stage, pattern: RegExp) => stage.instructions.findIndex((i) => i.op === "RUN" && pattern.test(runCommand(i)));
const npmCi = /^npm ci\b/;

/** The CI's current LTS major (.ci/run installs it from the npm registry and runs the suite on it). */
function ciLtsMajor(): string {
  const match = /^LTS_NODE="\$\{LTS_NODE:-(\d+)\}"/m.exec(readFileSync(join(repoRoot, ".ci", "run"), "utf8"));
  if (!match) throw new Error(".ci/run names no LTS_NODE");
  return match[1];
}

describe("Dockerfile", () => {
  it("builds on the Node.js LTS the CI tests, in stages: the runtime installs production dependencies only", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(new RegExp(`^node:${ciLtsMajor()}-`));
    const install = runtime.instructions[runs(runtime, npmCi)];
    expect(install.args).toMatch(/--omit=dev/);
    // The runtime takes nothing from the build context: manifests and compiled output come from earlier stages.
    const copies = runtime.instructions.filter((i) => i.op === "COPY").map(parseCopy);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(stages.map((s) => s.name)).toContain(copy.from);
    expect(jsonArgs(runtime.instructions.find((i) => i.op === "CMD")!)).toEqual(["node", "packages/cli/dist/main.js", "serve"]);
    expect(stageEnv(runtime).NODE_ENV).toBe("production");
  });

  it("copies only package manifests before each npm ci and the sources after it, so installs stay cached", () => {
    for (const stage of stages.filter((s) => runs(s, npmCi) !== -1)) {
      const install = runs(stage, npmCi);
      const before = stage.instructions.slice(0, install).filter((i) => i.op === "COPY").map(parseCopy);
      for (const copy of before) {
        if (copy.from === null) for (const source of copy.sources) expect(source).toMatch(/(^|\/)package(-lock)?\.json$/);
        // From a stage: that stage must be the manifests-only one (checked by simulation below).
        else expect(runs(stages.find((s) => s.name === copy.from)!, /-name package\.json/)).not.toBe(-1);
      }
      const sourcesAfter = stage.instructions.slice(install + 1).filter((i) => i.op === "COPY").map(parseCopy);
      if (stage !== runtime) expect(sourcesAfter.flatMap((c) => c.sources)).toEqual(expect.arrayContaining(["packages/", "regions/"]));
    }
  });

  it(".dockerignore keeps local installs, builds and data out of the build context", () => {
    const ignored = dockerIgnore(readFileSync(join(repoRoot, ".dockerignore"), "utf8"));
    for (const path of ["node_modules/x", "packages/core/node_modules/x", "packages/core/dist/index.js", "regions/uusimaa/dist/index.js", ".yhdyspinta/pgdata/PG_VERSION", ".git/HEAD"]) {
      expect([path, ignored(path)]).toEqual([path, true]);
    }
    for (const path of ["package.json", "packages/core/src/index.ts", "packages/core/data/municipalities.csv", "regions/uusimaa/package.json"]) {
      expect([path, ignored(path)]).toEqual([path, false]);
    }
  });

  describe("simulated in folders (npm ci --omit=dev for real, this checkout's tsc output for the build)", () => {
    let into: string;
    let sim: ReturnType<typeof simulateDockerfile>;
    beforeAll(() => {
      into = mkdtempSync(join(tmpdir(), "yhdyspinta-docker-"));
      sim = simulateDockerfile({
        context: repoRoot, dockerfile: "Dockerfile", into,
        replaceRun: {
          // The build stage's install only serves its compile, which `npm test` already did in this checkout:
          // its output is taken instead (the later RUN that strips sources runs as written).
          "npm ci": () => undefined,
          "npx tsc -b": (workdir) => {
            for (const w of workspaces()) if (existsSync(join(repoRoot, w, "dist"))) cpSync(join(repoRoot, w, "dist"), join(workdir, w, "dist"), { recursive: true });
          },
        },
        // The runtime's production install comes from npm's cache when this checkout was installed.
        runEnv: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" },
      });
    }, 600_000);
    afterAll(() => { if (into) rmSync(into, { recursive: true, force: true }); });

    it("the install layer sees exactly the lock file and every workspace's package.json", () => {
      const manifestStage = stages.find((s) => runs(s, /-name package\.json/) !== -1)!;
      const expected = ["package.json", "package-lock.json", ...workspaces().map((w) => `${w}/package.json`)].sort();
      expect(listFiles(sim.workdir(manifestStage.name)).sort()).toEqual(expected);
    });

    it("the runtime has compiled output and data files, no TypeScript sources, tests or dev dependencies", () => {
      const app = sim.workdir(runtime.name);
      const files = [...listFiles(join(app, "packages")), ...listFiles(join(app, "regions"))];
      expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
      expect(files.filter((f) => /(^|\/)test\//.test(f))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(["core/dist/index.js", "core/data/municipalities.csv", "server/public/progress.js", "cli/dist/main.js"]));
      // Dev-only as the lock file says (a dev dependency a production one also needs is installed either way).
      const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")).packages as Record<string, { dev?: boolean }>;
      const devOnly = Object.keys(lock).filter((p) => p.startsWith("node_modules/") && lock[p].dev && !p.slice(13).includes("node_modules/"));
      expect(devOnly.length).toBeGreaterThan(0);
      expect(devOnly.filter((p) => existsSync(join(app, p)))).toEqual([]);
    });

    it("the runtime serves GraphQL with its CMD and ENV against a database", async () => {
      const serverUrl = testServerUrl();
      const name = testDatabaseName();
      const url = await createDatabase(serverUrl, name);
      const port = await freePort();
      const [command, ...args] = jsonArgs(runtime.instructions.find((i) => i.op === "CMD")!);
      expect(command).toBe("node");
      const server = startProcess(process.execPath, args, {
        cwd: sim.workdir(runtime.name),
        env: { ...stageEnv(runtime), PORT: String(port), METRICS_PORT: String(await freePort()), HOST: "127.0.0.1", DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString("hex"), LOG_LEVEL: "warn" },
      });
      try {
        await waitForOk(`http://127.0.0.1:${port}/readyz`, server);
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ regions { code } }" }) });
        const body = (await res.json()) as { data: { regions: unknown[] } };
        expect(body.data.regions.length).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    });
  });
});
