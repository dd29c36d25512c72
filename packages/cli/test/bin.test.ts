import { accessSync, constants, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { run } from "@yhdyspinta/cli";
import { builtCli, repoRoot, runToEnd } from "./support/processes";

const cliManifest = JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8"));
const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });

describe("npx yhdyspinta", () => {
  it("npm ci links the bin at the root: node_modules/.bin/yhdyspinta is the CLI package's committed, executable bin", () => {
    builtCli();
    const link = join(repoRoot, "node_modules", ".bin", "yhdyspinta");
    expect(realpathSync(link)).toBe(realpathSync(join(repoRoot, "packages/cli", cliManifest.bin.yhdyspinta)));
    accessSync(link, constants.X_OK);
  });

  it("runs through npx from the repository root, as README shows", async () => {
    // --no-install: resolved from node_modules/.bin only, never fetched from the registry.
    const token = await runToEnd("npx", ["--no-install", "yhdyspinta", "token", "--role", "admin"], { env: env() });
    expect(token.stderr).toBe("");
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("every `npx yhdyspinta` command in README.md is one the CLI knows", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const commands = [...readme.matchAll(/npx yhdyspinta (\w[\w-]*)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(0);
    const usage = await new Promise<string>((ok) => {
      const write = process.stdout.write;
      let out = "";
      process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
      void run(["help"]).then(() => { process.stdout.write = write; ok(out); });
    });
    for (const command of new Set(commands)) expect([command, usage.includes(`\n  ${command}`)]).toEqual([command, true]);
  });
});
