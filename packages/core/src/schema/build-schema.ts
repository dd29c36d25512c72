import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { CORE_RESOLVERS } from "./core-resolvers";
import { makeNestedArgumentsSynchronous, usePlainPropertyResolvers } from "./fast-resolvers";

export interface SchemaOptions {
  /** Resolvers of enabled region plug-ins; they may add fields to core types. */
  resolvers?: Function[];
  authChecker?: AuthChecker<any, any>;
  pubSub?: BuildSchemaOptions["pubSub"];
  globalMiddlewares?: BuildSchemaOptions["globalMiddlewares"];
}

const VALIDATE = { forbidUnknownValues: false };

export async function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const resolvers = [...CORE_RESOLVERS, ...(options.resolvers ?? [])];
  const schema = await buildSchema({
    resolvers: resolvers as unknown as BuildSchemaOptions["resolvers"],
    validate: VALIDATE,
    authChecker: options.authChecker ?? authChecker,
    pubSub: options.pubSub,
    globalMiddlewares: options.globalMiddlewares,
    emitSchemaFile: false,
  });
  const fast = { resolvers, validate: VALIDATE, hasGlobalMiddlewares: (options.globalMiddlewares?.length ?? 0) > 0 };
  makeNestedArgumentsSynchronous(schema, fast);
  usePlainPropertyResolvers(schema, fast);
  return schema;
}
