import type { DataSource, EntityManager } from "typeorm";
import type { NodeFetcher } from "../node/node.registry";
import type { VocabularyName, VocabularyValue } from "../vocabulary/vocabulary-registry";

/** What a region plug-in's seed function gets. It runs once per database, after the core demo data. */
export interface RegionSeedContext {
  dataSource: DataSource;
  /** Bound to the seeding transaction: everything the seed writes commits together or not at all. */
  manager: EntityManager;
  /** The wellbeing regions the plug-in serves. */
  regionCodes: string[];
  scale: "demo" | "full";
}

/**
 * A region plug-in adds a region's own cooperation structures to the schema without touching
 * the core: entities with their migrations, resolvers (which may add fields to core types with
 * `@FieldResolver`), node types for `node(id:)`, milestone kinds and demo data.
 */
export interface RegionPlugin {
  /** Lower-case package-style name, e.g. "keski-suomi"; its tables are prefixed "keski_suomi_". */
  name: string;
  /** Wellbeing region codes it serves, e.g. ["15"]. */
  regions: string[];
  /** Range of core versions it was written against: "^0.1.0", "~0.1.2", "0.1.0", ">=0.1.0". */
  coreVersion: string;
  /** TypeORM entities; each table name must start with the plug-in's prefix. */
  entities?: Function[];
  /** TypeORM migration classes, run after the core's in timestamp order. */
  migrations?: Function[];
  /** type-graphql resolver classes: queries, mutations, and fields on core or own types. */
  resolvers?: Function[];
  /**
   * Milestone kinds the plug-in's region uses, UPPER_SNAKE_CASE; bare codes (the old form) show as
   * their code until labelled. Prefer `vocabularies.milestoneKinds` with labels.
   */
  milestoneKinds?: (string | VocabularyValue)[];
  /**
   * Values the plug-in adds to the core's open vocabularies, each with fi/sv/en labels:
   * `{ cooperationBodyKinds: [{ code: "NGO_FORUM", labels: { fi: "Järjestöfoorumi", sv: "...", en: "NGO forum" } }] }`.
   * A code the core or another plug-in owns is refused at start-up.
   */
  vocabularies?: { [N in VocabularyName]?: VocabularyValue[] };
  /** Fetchers that let `node(id:)` resolve the plug-in's own types, by GraphQL type name. */
  nodeTypes?: Record<string, NodeFetcher>;
  /** Deterministic demo rows for its regions. */
  seed?: (ctx: RegionSeedContext) => Promise<void>;
}

/** Start-up errors always name the plug-in, so an operator knows which package to fix or disable. */
export class RegionPluginError extends Error {
  constructor(readonly plugin: string, message: string) {
    super(`Region plug-in "${plugin}": ${message}`);
    this.name = "RegionPluginError";
  }
}

/** Declares a plug-in; its checks run when the server enables it (see activateRegionPlugins). */
export function defineRegionPlugin(plugin: RegionPlugin): RegionPlugin {
  return Object.freeze({ ...plugin });
}

/** "keski-suomi" -> "keski_suomi_": the prefix of the plug-in's tables. */
export function tablePrefixOf(pluginName: string): string {
  return `${pluginName.replace(/-/g, "_")}_`;
}
