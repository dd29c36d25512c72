import type { DataSource } from "typeorm";

/** What a region plug-in's seed function gets: the database and the regions it serves. */
export interface RegionSeedContext {
  dataSource: DataSource;
  regionCodes: string[];
  scale: "demo" | "full";
}

/**
 * A region plug-in adds a region's own cooperation structures to the schema without touching
 * the core: entities with their migrations, resolvers (which may add fields to core types),
 * milestone kinds and demo data.
 */
export interface RegionPlugin {
  /** Package-style name, e.g. "keski-suomi"; also the prefix of its tables. */
  name: string;
  /** Wellbeing region codes it serves, e.g. ["15"]. */
  regions: string[];
  /** Semver range of the core it was written against, e.g. "^0.1.0". */
  coreVersion?: string;
  entities?: Function[];
  migrations?: Function[];
  resolvers?: Function[];
  milestoneKinds?: string[];
  seed?: (ctx: RegionSeedContext) => Promise<void>;
}

export function defineRegionPlugin(plugin: RegionPlugin): RegionPlugin {
  return plugin;
}
