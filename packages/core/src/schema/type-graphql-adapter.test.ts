import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { CLASS_VALIDATOR_VERSION, TYPE_GRAPHQL_VERSION } from "./type-graphql-adapter";

const ROOT = join(__dirname, "..", "..", "..", "..");

/** The version of the package node would load from the core. */
function installedVersion(name: string): string {
  const main = require.resolve(name, { paths: [join(ROOT, "packages", "core")] });
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === name) return pkg.version;
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`no package.json found for ${name}`);
}

describe("type-graphql adapter", () => {
  it.each([["type-graphql", TYPE_GRAPHQL_VERSION], ["class-validator", CLASS_VALIDATOR_VERSION]])(
    "was written for the installed %s",
    (name, writtenFor) => {
      const installed = installedVersion(name);
      if (installed !== writtenFor) {
        throw new Error(
          `${name} ${installed} is installed, but schema/type-graphql-adapter.ts and schema/fast-resolvers.ts were written for ${writtenFor}: ` +
          `re-read ${name}'s metadata and argument validation, adjust them and fast-resolvers.test.ts, then update the version there`,
        );
      }
    },
  );

  it("is the only module that reads type-graphql's metadata storage", () => {
    const readers: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === "node_modules" || entry.name === "dist") continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith(".ts")) {
          const text = readFileSync(path, "utf8");
          if (/TypeGraphQLMetadataStorage|getMetadataStorage\s*\(\s*\)/.test(text.replace(/getMetadataStorage as getValidatorStorage|getValidatorStorage\(\)/g, ""))) {
            readers.push(relative(ROOT, path));
          }
        }
      }
    };
    for (const top of ["packages", "regions"]) visit(join(ROOT, top));
    expect(readers.filter((p) => !p.endsWith("type-graphql-adapter.test.ts"))).toEqual(["packages/core/src/schema/type-graphql-adapter.ts"]);
  });
});
