import {
  isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLSchema,
} from "graphql";
import { buildYhdyspintaSchema, type SchemaOptions } from "../schema/build-schema";
import { fieldsDefinedBy, typeDefinitionsNamed } from "../schema/type-graphql-adapter";
import { activateRegionPlugins } from "./plugin-checks";
import { RegionPluginError, type RegionPlugin } from "./region-plugin";

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

function fieldsOf(type: GraphQLNamedType): string[] {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.keys(type.getFields()) : [];
}

/** What a schema adds to the core schema: "type X" for new types, "X.f" for new fields on existing ones. */
function additions(schema: GraphQLSchema, core: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    const coreType = core.getType(type.name);
    if (!coreType && !ROOT_TYPES.has(type.name)) {
      out.push(`type ${type.name}`);
      continue;
    }
    const coreFields = new Set(coreType ? fieldsOf(coreType) : []);
    for (const field of fieldsOf(type)) if (!coreFields.has(field)) out.push(`${type.name}.${field}`);
  }
  return out;
}

function describe(addition: string): string {
  return addition.startsWith("type ") ? `the GraphQL type "${addition.slice(5)}"` : `the field ${addition}`;
}

/**
 * Fails, naming the plug-in, when a plug-in's schema clashes with the core or with another plug-in.
 * type-graphql would otherwise merge a redefined field silently, or fail with a message that names
 * a type but not the package it came from. Costs one schema build per plug-in, at start-up only.
 */
export async function checkPluginSchemas(plugins: readonly RegionPlugin[], options: SchemaOptions = {}): Promise<void> {
  const core = await buildYhdyspintaSchema(options);
  const owners = new Map<string, string>();
  for (const plugin of plugins) {
    for (const field of fieldsDefinedBy(plugin.resolvers ?? [])) {
      const [typeName, fieldName] = field.split(".");
      const coreType = core.getType(typeName);
      if (coreType && fieldsOf(coreType).includes(fieldName)) {
        throw new RegionPluginError(plugin.name, `redefines ${describe(field)}, which the core already defines`);
      }
    }
    let schema: GraphQLSchema;
    try {
      schema = await buildYhdyspintaSchema({ ...options, resolvers: [...(options.resolvers ?? []), ...(plugin.resolvers ?? [])] });
    } catch (error) {
      throw new RegionPluginError(plugin.name, `its schema does not combine with the core: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const addition of additions(schema, core)) {
      const other = owners.get(addition);
      const shared = addition.startsWith("type ") && typeDefinitionsNamed(addition.slice(5)) === 1;
      if (other && !shared) throw new RegionPluginError(plugin.name, `${describe(addition)} is also defined by region plug-in "${other}"`);
      owners.set(addition, plugin.name);
    }
  }
}

/** The schema of the core with the given region plug-ins enabled, after every start-up check. */
export async function buildSchemaWithPlugins(plugins: readonly RegionPlugin[], options: SchemaOptions = {}): Promise<GraphQLSchema> {
  activateRegionPlugins(plugins);
  if (plugins.length > 0) await checkPluginSchemas(plugins, options);
  return buildYhdyspintaSchema({ ...options, resolvers: [...(options.resolvers ?? []), ...plugins.flatMap((p) => p.resolvers ?? [])] });
}
