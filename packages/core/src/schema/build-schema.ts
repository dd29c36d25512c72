import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { CORE_RESOLVERS } from "./core-resolvers";

export interface SchemaOptions {
  /** Resolvers of enabled region plug-ins; they may add fields to core types. */
  resolvers?: Function[];
  authChecker?: AuthChecker<any, any>;
  pubSub?: BuildSchemaOptions["pubSub"];
  globalMiddlewares?: BuildSchemaOptions["globalMiddlewares"];
}

export function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...CORE_RESOLVERS, ...(options.resolvers ?? [])] as unknown as BuildSchemaOptions["resolvers"],
    validate: { forbidUnknownValues: false },
    authChecker: options.authChecker ?? authChecker,
    pubSub: options.pubSub,
    globalMiddlewares: options.globalMiddlewares,
    emitSchemaFile: false,
  });
}
