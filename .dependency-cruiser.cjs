/**
 * The layering rules `npm test` enforces (packages/core/test/layering.test.ts runs depcruise with
 * this file). Paths are relative to the folder depcruise runs in: the repository root, or a
 * fixture tree shaped like it. See docs/architecture.md.
 */
const path = require("node:path");

// The core's engine and kit: shared by every feature, so they must not depend on any feature.
const KIT = "^packages/core/src/(query|graphql|errors|context|vocabulary)/";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes load order matter and folders inseparable.",
      from: {},
      to: { circular: true },
    },
    {
      name: "regions-use-public-core-api",
      severity: "error",
      comment: "A region plug-in imports the core only as `@yhdyspinta/core` (never /internal or a deep path), so the public API is its whole contract.",
      from: { path: "^regions/[^/]+/src/" },
      to: { path: "^packages/", pathNot: "^packages/core/src/index\\.ts$" },
    },
    {
      name: "region-tests-use-public-core-api",
      severity: "error",
      comment: "A region's tests may use the test kit and the server, but reach the core only through its public API.",
      from: { path: "^regions/[^/]+/test/" },
      to: { path: "^packages/core/", pathNot: "^packages/core/src/index\\.ts$" },
    },
    {
      name: "kit-imports-no-feature",
      severity: "error",
      comment: "The query engine and the GraphQL kit serve every feature; a feature import there would invert the layering.",
      from: { path: KIT },
      to: { path: "^packages/core/src/", pathNot: [KIT] },
    },
    {
      name: "core-imports-no-outer-package",
      severity: "error",
      comment: "The core knows no region, server, CLI or test kit.",
      from: { path: "^packages/core/src/" },
      to: { path: "^(regions|packages/(server|cli|testing))/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import depcruise cannot resolve would escape every rule above.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // The layering test's fixture tree breaks every rule on purpose; it is cruised on its own.
    exclude: { path: "(^|/)(dist|node_modules)/|^packages/core/test/fixtures/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, "tsconfig.depcruise.json") },
    // "typings": type-only packages (no JS entry), such as the one the /opas page's generated types import.
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], mainFields: ["main", "types", "typings"] },
  },
};
