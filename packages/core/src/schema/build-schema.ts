import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { enforcePersonalData } from "../auth/personal-data";
import { CORE_RESOLVERS } from "./core-resolvers";
import { makeNestedArgumentsSynchronous, usePlainPropertyResolvers } from "./fast-resolvers";

export interface SchemaOptions {
  /** Resolvers of enabled region plug-ins; they may add fields to core types. */
  resolvers?: Function[];
  authChecker?: AuthChecker<any, any>;
  pubSub?: BuildSchemaOptions["pubSub"];
  globalMiddlewares?: BuildSchemaOptions["globalMiddlewares"];
}

/**
 * type-graphql insists on a PubSub once any subscription exists, even one with its own
 * `subscribe` function (milestoneEvents reads PostgreSQL, see milestone-event.hub.ts). In-memory
 * topics would lose events across instances and restarts, so by default there are none.
 */
const noTopicsPubSub: NonNullable<BuildSchemaOptions["pubSub"]> = {
  publish() {
    throw new Error("No PubSub configured: subscriptions read durable sources through their own subscribe functions");
  },
  subscribe() {
    throw new Error("No PubSub configured: subscriptions read durable sources through their own subscribe functions");
  },
};

interface TypeGraphQLStorage {
  fields: { target: Function; name: string }[];
  objectTypes: { target: Function; fields?: { name: string }[] }[];
  interfaceTypes: { target: Function; fields?: { name: string }[] }[];
}

/**
 * type-graphql adds a `@FieldResolver`'s field to the shared type definition the first time a schema
 * is built with that resolver, and keeps it for every later build in the process. Trimming each
 * type back to its own `@Field`s after a build makes every schema depend only on the resolvers it
 * was given: a schema without a plug-in, built after one with it, shows none of its fields.
 */
async function isolated<T>(build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } finally {
    const storage = (globalThis as unknown as { TypeGraphQLMetadataStorage?: TypeGraphQLStorage }).TypeGraphQLMetadataStorage;
    if (storage) {
      const declared = new Map<Function, Set<string>>();
      for (const field of storage.fields) {
        if (!declared.has(field.target)) declared.set(field.target, new Set());
        declared.get(field.target)!.add(field.name);
      }
      for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
        if (type.fields) type.fields = type.fields.filter((f) => declared.get(type.target)?.has(f.name));
      }
    }
  }
}

const VALIDATE = { forbidUnknownValues: false };

export function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const resolvers = [...CORE_RESOLVERS, ...(options.resolvers ?? [])];
  // The resolver rewrites read type-graphql's metadata, so they run inside the isolated build.
  return isolated(async () => {
    const schema = await buildSchema({
      resolvers: resolvers as unknown as BuildSchemaOptions["resolvers"],
      validate: VALIDATE,
      authChecker: options.authChecker ?? authChecker,
      pubSub: options.pubSub ?? noTopicsPubSub,
      globalMiddlewares: options.globalMiddlewares,
      emitSchemaFile: false,
    });
    const fast = { resolvers, validate: VALIDATE, hasGlobalMiddlewares: (options.globalMiddlewares?.length ?? 0) > 0 };
    makeNestedArgumentsSynchronous(schema, fast);
    usePlainPropertyResolvers(schema, fast);
    // Last, so that no later rewrite replaces the wrapped resolvers.
    enforcePersonalData(schema);
    return schema;
  });
}
