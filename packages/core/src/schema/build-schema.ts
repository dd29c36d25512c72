import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type BuildSchemaOptions } from "type-graphql";
import { CORE_RESOLVERS } from "./core-resolvers";

export interface SchemaOptions {
  /** Resolvers of enabled region plug-ins; they may add fields to core types. */
  resolvers?: Function[];
  authChecker?: AuthChecker<any, any>;
  pubSub?: BuildSchemaOptions["pubSub"];
  globalMiddlewares?: BuildSchemaOptions["globalMiddlewares"];
}

type TypeDefinition = { fields?: unknown[] };

/**
 * type-graphql adds a `@FieldResolver`'s field to the shared type definition the first time a schema
 * is built with that resolver, and keeps it for every later build in the process. Restoring the
 * field lists after each build makes each schema depend only on the resolvers it was given (a
 * schema without a plug-in, built after one with it, must not show the plug-in's fields).
 */
async function isolated<T>(build: () => Promise<T>): Promise<T> {
  const storage = (globalThis as unknown as { TypeGraphQLMetadataStorage?: Record<string, TypeDefinition[]> }).TypeGraphQLMetadataStorage;
  const definitions = storage ? [...storage.objectTypes, ...storage.interfaceTypes, ...storage.inputTypes] : [];
  const saved = definitions.map((d) => [d, d.fields && [...d.fields]] as const);
  try {
    return await build();
  } finally {
    for (const [definition, fields] of saved) definition.fields = fields;
  }
}

export function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  return isolated(() => buildSchema({
    resolvers: [...CORE_RESOLVERS, ...(options.resolvers ?? [])] as unknown as BuildSchemaOptions["resolvers"],
    validate: { forbidUnknownValues: false },
    authChecker: options.authChecker,
    pubSub: options.pubSub,
    globalMiddlewares: options.globalMiddlewares,
    emitSchemaFile: false,
  }));
}
