import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

// The layering rules of .dependency-cruiser.cjs, run as `npm test` runs them: the real depcruise
// CLI over the repository, and over a small fixture tree that breaks each rule on purpose (so a
// rule that silently stopped matching would fail here, not pass).
const ROOT = path.resolve(__dirname, "../../..");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation { rule: { name: string }; from: string; to: string }
interface CruiseResult { summary: { violations: Violation[]; totalCruised: number } }

function cruise(cwd: string, roots: string[]): CruiseResult {
  const run = spawnSync(process.execPath, [DEPCRUISE, "--config", CONFIG, "--output-type", "json", ...roots], { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  if (!run.stdout) throw new Error(`depcruise produced no output: ${run.stderr}`);
  return JSON.parse(run.stdout) as CruiseResult;
}

/** Every TypeScript source file under the folders (what depcruise must at least have read). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "node_modules" || e.name === "dist" ? [] : sourceFiles(path.join(dir, e.name)))
      : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []);
}

describe("layering (dependency-cruiser)", () => {
  it("finds no violation in the repository's packages and region plug-ins", () => {
    const result = cruise(ROOT, ["packages", "regions"]);
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
    const regionSources = readdirSync(path.join(ROOT, "regions"), { withFileTypes: true })
      .filter((e) => e.isDirectory()).flatMap((e) => sourceFiles(path.join(ROOT, "regions", e.name, "src")));
    expect(regionSources.length).toBeGreaterThan(0);
    expect(result.summary.totalCruised).toBeGreaterThanOrEqual(regionSources.length + sourceFiles(path.join(ROOT, "packages/core/src")).length);
  });

  it("reports each deliberate violation of the fixture tree under its rule", () => {
    const result = cruise(path.join(__dirname, "fixtures/layering"), ["packages", "regions"]);
    const found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(found).toEqual([
      "kit-imports-no-feature: packages/core/src/query/engine.ts -> packages/core/src/organisation/organisation.service.ts",
      "no-circular: packages/core/src/graphql/global-id.ts -> packages/core/src/graphql/node-type.ts",
      "regions-use-public-core-api: regions/demo/src/index.ts -> packages/core/src/internal.ts",
    ]);
  });
});
