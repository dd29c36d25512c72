import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { RegionPluginError, type RegionPlugin } from "@yhdyspinta/core/internal";

/** The repository's regions/ folder (from packages/server/src or packages/server/dist). */
export function regionsDirectory(): string {
  return resolve(__dirname, "..", "..", "..", "regions");
}

/** Plug-in packages present under regions/: folders with a package.json named @yhdyspinta/region-<folder>. */
export function availableRegionPlugins(dir: string = regionsDirectory()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .filter((entry) => JSON.parse(readFileSync(join(dir, entry.name, "package.json"), "utf8")).name === `@yhdyspinta/region-${entry.name}`)
    .map((entry) => entry.name)
    .sort();
}

/**
 * Requires one plug-in package, only now: type-graphql keeps decorator metadata globally, so a
 * plug-in that is never required cannot add anything to the schema. (A lazy `require` rather than
 * `import()`, which jest's module system does not support without a flag.)
 */
function requirePlugin(name: string, dir: string): unknown {
  try {
    return require(`@yhdyspinta/region-${name}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "MODULE_NOT_FOUND" || !String((error as Error).message).includes(`@yhdyspinta/region-${name}`)) throw error;
    // Not yet linked into node_modules (a package scaffolded before `npm install`): load it by path.
    return require(join(dir, name));
  }
}

/** Loads the named plug-ins (null: every package under regions/), failing with a message that names the culprit. */
export function loadRegionPlugins(names: readonly string[] | null, dir: string = regionsDirectory()): RegionPlugin[] {
  const available = availableRegionPlugins(dir);
  const wanted = names ?? available;
  return wanted.map((name) => {
    if (!available.includes(name)) {
      throw new RegionPluginError(name, `is not installed: REGIONS names a package that is not in ${dir} (available: ${available.join(", ") || "none"})`);
    }
    let loaded: unknown;
    try {
      loaded = requirePlugin(name, dir);
    } catch (error) {
      throw new RegionPluginError(name, `could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    const plugin = ((loaded as { default?: unknown })?.default ?? loaded) as RegionPlugin;
    if (!plugin || typeof plugin !== "object" || typeof plugin.name !== "string") {
      throw new RegionPluginError(name, "the package's default export is not a region plug-in (use defineRegionPlugin)");
    }
    if (plugin.name !== name) throw new RegionPluginError(name, `the package declares the name "${plugin.name}"; it must match its folder`);
    return plugin;
  });
}
