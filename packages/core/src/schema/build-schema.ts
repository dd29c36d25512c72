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

export function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...CORE_RESOLVERS, ...(options.resolvers ?? [])] as unknown as BuildSchemaOptions["resolvers"],
    validate: { forbidUnknownValues: false },
    authChecker: options.authChecker ?? authChecker,
    pubSub: options.pubSub ?? noTopicsPubSub,
    globalMiddlewares: options.globalMiddlewares,
    emitSchemaFile: false,
  });
}
