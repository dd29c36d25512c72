import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// The plug-in API is a contract (docs/architecture.md): its export list is pinned together with the
// core version in packages/core/public-api.json. Changing the list means a new version: bump
// packages/core/package.json (0.x: minor for any change) and record the new list under it.
const CORE = path.resolve(__dirname, "..");

/** Every name `@yhdyspinta/core` exports, types included, as the compiler sees them. */
function publicExports(): string[] {
  const entry = path.join(CORE, "src/index.ts");
  const config = ts.getParsedCommandLineOfConfigFile(path.join(CORE, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram([entry], { ...config.options, noEmit: true, composite: false, declaration: false });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(module).map((s) => s.getName()).sort();
}

describe("the public plug-in API", () => {
  it("is exactly the export list recorded for the current core version", () => {
    const version = JSON.parse(readFileSync(path.join(CORE, "package.json"), "utf8")).version as string;
    const recorded = JSON.parse(readFileSync(path.join(CORE, "public-api.json"), "utf8")) as Record<string, string[]>;
    expect(recorded[version]).toBeDefined();
    expect(publicExports()).toEqual(recorded[version]);
  });
});
