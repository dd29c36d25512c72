import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { enforcePersonalData } from "../auth/personal-data";
import { CORE_RESOLVERS } from "./core-resolvers";
import { makeNestedArgumentsSynchronous } from "./fast-resolvers";
import { argumentValidator, memoiseValidationMetadata } from "./argument-validation";
import { argumentsWithOwnValidationSettings, checkSimpleFields, forgetFieldResolverFields } from "./type-graphql-adapter";

export interface SchemaOptions {
  /** Resolvers of enabled region plug-ins; they may add fields to core types. */
  resolvers?: Function[];
  authChecker?: AuthChecker<any, any>;
  pubSub?: BuildSchemaOptions["pubSub"];
  /**
   * Run on every field with a generated resolver (with them, nested fields keep type-graphql's
   * argument handling); not on plain fields of types declared `simpleResolvers`, as type-graphql documents.
   */
  globalMiddlewares?: BuildSchemaOptions["globalMiddlewares"];
  /** Refused: nested fields' arguments are resolved by fast-resolvers.ts, which creates resolver instances itself. */
  container?: never;
  /** Refused: fast-resolvers.ts validates arguments with class-validator as type-graphql does by default. */
  validateFn?: never;
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

/** Builds with type-graphql, then forgets the plug-in fields it added to shared type definitions (see forgetFieldResolverFields). */
async function isolated<T>(build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } finally {
    forgetFieldResolverFields();
  }
}

/**
 * buildSchema's `validate` setting (class-validator options for arguments). A refusal names the
 * field and the failed constraints; it does not echo the value or the whole input back (a 10,000
 * character id came back twice in every error).
 */
export const ARGUMENT_VALIDATION = { forbidUnknownValues: false, validationError: { target: false, value: false } };

export function buildYhdyspintaSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  for (const option of ["container", "validateFn"] as const) {
    if ((options as Record<string, unknown>)[option] !== undefined) {
      return Promise.reject(new Error(`buildYhdyspintaSchema: the "${option}" option is not supported: nested fields resolve their arguments without it (see schema/fast-resolvers.ts)`));
    }
  }
  const resolvers = [...CORE_RESOLVERS, ...(options.resolvers ?? [])];
  memoiseValidationMetadata();
  // The resolver rewrites read type-graphql's metadata, so they run inside the isolated build.
  return isolated(async () => {
    const schema = await buildSchema({
      resolvers: resolvers as unknown as BuildSchemaOptions["resolvers"],
      validate: ARGUMENT_VALIDATION,
      // The same check as type-graphql's own, cheaper per call (argument-validation.ts); type-graphql
      // would not pass an argument's own settings to it, so with any such argument its own runs.
      validateFn: argumentsWithOwnValidationSettings() ? undefined : argumentValidator(ARGUMENT_VALIDATION),
      authChecker: options.authChecker ?? authChecker,
      pubSub: options.pubSub ?? noTopicsPubSub,
      globalMiddlewares: options.globalMiddlewares,
      emitSchemaFile: false,
    });
    checkSimpleFields(schema); // after the build, which completes the fields' roles and middlewares
    makeNestedArgumentsSynchronous(schema, { resolvers, validate: ARGUMENT_VALIDATION, hasGlobalMiddlewares: (options.globalMiddlewares?.length ?? 0) > 0 });
    // Last, so that no later rewrite replaces the wrapped resolvers.
    enforcePersonalData(schema);
    return schema;
  });
}
