import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { scaffoldRegionPlugin } from "@yhdyspinta/cli";
import { testServerUrl } from "@yhdyspinta/testing";

const repoRoot = resolve(__dirname, "..", "..", "..");
// Inside the repository (so node_modules resolve) but outside regions/, so no other test sees the package.
const target = join(repoRoot, ".yhdyspinta", `scaffold-${randomBytes(4).toString("hex")}`, "tampere-demo");

afterAll(() => rmSync(resolve(target, ".."), { recursive: true, force: true }));

describe("yhdyspinta region new", () => {
  it("refuses bad names, unknown region codes and existing folders", () => {
    expect(() => scaffoldRegionPlugin({ name: "Bad_Name", regions: ["06"], repoRoot, targetDir: target })).toThrow(/not a valid plug-in name/);
    expect(() => scaffoldRegionPlugin({ name: "x", regions: ["99"], repoRoot, targetDir: target })).toThrow(/unknown wellbeing region code "99"/);
    expect(() => scaffoldRegionPlugin({ name: "keski-suomi", regions: ["15"], repoRoot })).toThrow(/already exists/);
    expect(existsSync(target)).toBe(false);
  });

  it("scaffolds a plug-in that type-checks and passes its own test without edits", () => {
    const rootConfig = readFileSync(join(repoRoot, "tsconfig.json"), "utf8");
    const files = scaffoldRegionPlugin({ name: "tampere-demo", regions: ["08"], repoRoot, targetDir: target });
    expect(files.map((f) => f.slice(target.length + 1)).sort()).toEqual(expect.arrayContaining([
      "README.md", "package.json", "src/theme-group/theme-group.entity.ts", "src/theme-group/theme-group.inputs.ts",
      "src/theme-group/theme-group.resolver.ts", "src/theme-group/theme-group.service.ts", "src/index.ts",
      "test/tampere-demo.test.ts", "test/tsconfig.json", "tsconfig.json",
    ]));
    expect(JSON.parse(readFileSync(join(target, "package.json"), "utf8")).name).toBe("@yhdyspinta/region-tampere-demo");
    // Schema descriptions name the region as people write it; identifiers join its words.
    const resolver = readFileSync(join(target, "src/theme-group/theme-group.resolver.ts"), "utf8");
    expect(resolver).toContain(`description: "Tampere-Demo: the body's theme groups."`);
    expect(resolver).toContain("TampereDemoThemeGroup");
    // Outside regions/ it does not register itself in the root tsconfig.json.
    expect(readFileSync(join(repoRoot, "tsconfig.json"), "utf8")).toBe(rootConfig);

    const node = process.execPath;
    const tsc = spawnSync(node, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-b", join(target, "test")], { cwd: repoRoot, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);

    const jest = spawnSync(
      node,
      [join(repoRoot, "node_modules/jest/bin/jest.js"), "--config", join(repoRoot, "jest.config.ts"), "--roots", target, "--ci", "--maxWorkers=1"],
      { cwd: repoRoot, encoding: "utf8", env: { ...process.env, DATABASE_URL: testServerUrl() } },
    );
    expect(jest.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
    expect(jest.status).toBe(0);
  }, 240_000);

  it("is the worked example of docs/plugins.md, verbatim, and a whole structure of the region's own in under 80 lines", () => {
    const doc = readFileSync(join(repoRoot, "docs", "plugins.md"), "utf8");
    const [, name, regions] = /<!-- scaffold-example: ([a-z-]+) (\S+) -->/.exec(doc)!;
    const exampleTarget = join(resolve(target, ".."), name);
    scaffoldRegionPlugin({ name, regions: regions.split(","), repoRoot, targetDir: exampleTarget });
    let lines = 0;
    for (const role of ["entity", "inputs", "service", "resolver"]) {
      const file = `src/theme-group/theme-group.${role}.ts`;
      const code = readFileSync(join(exampleTarget, file), "utf8");
      expect(doc).toContain("```ts\n// " + file + "\n" + code + "```");
      lines += code.split("\n").length - 1;
    }
    expect(lines).toBeLessThan(80);
  });
});
