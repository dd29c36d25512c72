import { getMetadataArgsStorage } from "typeorm";
import { registerVocabulary, isVocabularyName } from "../vocabulary/vocabulary-registry";
import { registerNodeType } from "../node/node.registry";
import { loadReferenceData } from "../region/reference-data";
import { CORE_VERSION } from "../version";
import { RegionPluginError, tablePrefixOf, type RegionPlugin } from "./region-plugin";
import { satisfiesVersionRange } from "./version-range";

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The checks that need no database and no schema: name, regions, core version, table prefixes. */
export function checkRegionPlugins(plugins: readonly RegionPlugin[], coreVersion: string = CORE_VERSION): void {
  const regionCodes = new Set(loadReferenceData().regions.map((r) => r.code));
  const seen = new Set<string>();
  const tables = getMetadataArgsStorage().tables;
  for (const plugin of plugins) {
    const name = String(plugin?.name ?? "");
    if (!NAME.test(name)) throw new RegionPluginError(name, "the name must be lower-case letters, digits and single hyphens");
    if (seen.has(name)) throw new RegionPluginError(name, "is enabled twice");
    seen.add(name);

    if (!Array.isArray(plugin.regions) || plugin.regions.length === 0) throw new RegionPluginError(name, "serves no region (regions is empty)");
    for (const code of plugin.regions) {
      if (!regionCodes.has(code)) throw new RegionPluginError(name, `unknown wellbeing region code "${code}" (known: ${[...regionCodes].join(", ")})`);
    }

    if (!plugin.coreVersion) throw new RegionPluginError(name, "declares no coreVersion range");
    let compatible: boolean;
    try {
      compatible = satisfiesVersionRange(coreVersion, plugin.coreVersion);
    } catch (error) {
      throw new RegionPluginError(name, message(error));
    }
    if (!compatible) throw new RegionPluginError(name, `needs core ${plugin.coreVersion}, but this core is ${coreVersion}`);

    const prefix = tablePrefixOf(name);
    for (const entity of plugin.entities ?? []) {
      const table = tables.find((t) => t.target === entity)?.name;
      if (!table || !table.startsWith(prefix)) {
        throw new RegionPluginError(name, `entity ${entity.name} must name its table with the prefix "${prefix}" (got "${table ?? "none"}")`);
      }
    }
  }
}

/** Checks the plug-ins and registers what they add to the core's registries (milestone kinds, node types). */
export function activateRegionPlugins(plugins: readonly RegionPlugin[], coreVersion: string = CORE_VERSION): void {
  checkRegionPlugins(plugins, coreVersion);
  for (const plugin of plugins) {
    try {
      registerVocabulary(plugin.name, "milestoneKinds", plugin.milestoneKinds ?? []);
      for (const [name, values] of Object.entries(plugin.vocabularies ?? {})) {
        if (!isVocabularyName(name)) throw new Error(`unknown vocabulary "${name}"`);
        if (!Array.isArray(values)) throw new Error(`vocabularies.${name} must be a list of { code, labels }`);
        registerVocabulary(plugin.name, name, values);
      }
      for (const [typeName, fetch] of Object.entries(plugin.nodeTypes ?? {})) registerNodeType(typeName, fetch, plugin.name);
    } catch (error) {
      throw error instanceof RegionPluginError ? error : new RegionPluginError(plugin.name, message(error).replace(`${plugin.name}: `, ""));
    }
  }
}
