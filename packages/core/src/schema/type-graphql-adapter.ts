import { isObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * The one module that reads type-graphql's decorator metadata. `getMetadataStorage()` is exported,
 * but the shape of what it returns (fields, field resolvers, their params) is internal to the
 * release and changes between release candidates. Everything here was written against the version
 * below, which type-graphql-adapter.test.ts pins: on another version, re-read type-graphql's
 * schema-generator, resolvers/create, resolvers/helpers and resolvers/validate-arg, adjust this
 * file and the differential test (fast-resolvers.test.ts), then the pinned version.
 */
export const TYPE_GRAPHQL_VERSION = "2.0.0-rc.4";
/** fast-resolvers.ts validates with class-validator the way type-graphql does at this version. */
export const CLASS_VALIDATOR_VERSION = "0.15.1";

type Storage = ReturnType<typeof getMetadataStorage>;
export type FieldResolverMetadata = Storage["fieldResolvers"][number];
export type ParamMetadata = NonNullable<FieldResolverMetadata["params"]>[number];
export type ArgParamMetadata = Extract<ParamMetadata, { kind: "arg" | "args" }>;
export interface ArgsFieldMetadata { name: string; getType: () => unknown }

function storage(): Storage {
  const s = getMetadataStorage();
  // A cheap guard against a type-graphql whose storage is shaped differently from the one read here.
  for (const key of ["objectTypes", "inputTypes", "interfaceTypes", "argumentTypes", "fields", "fieldResolvers", "resolverClasses", "queries", "mutations", "subscriptions", "enums", "unions"] as const) {
    if (!Array.isArray((s as unknown as Record<string, unknown>)[key])) {
      throw new Error(`type-graphql's metadata has no "${key}" list: this core was written for type-graphql ${TYPE_GRAPHQL_VERSION} (see schema/type-graphql-adapter.ts)`);
    }
  }
  return s;
}

/** The class behind a GraphQL object type name. */
export function objectTypeClasses(): Map<string, Function> {
  return new Map(storage().objectTypes.map((o) => [o.name, o.target]));
}

/** Fields of an @ArgsType class, its superclasses' included (as type-graphql's own conversion reads them); null if not one. */
export function argsTypeFields(argsClass: Function): ArgsFieldMetadata[] | null {
  const s = storage();
  const own = s.argumentTypes.find((t) => t.target === argsClass);
  if (!own) return null;
  const fields: ArgsFieldMetadata[] = [...own.fields!];
  for (let sup = Object.getPrototypeOf(argsClass); sup.prototype !== undefined; sup = Object.getPrototypeOf(sup)) {
    const meta = s.argumentTypes.find((t) => t.target === sup);
    if (meta) fields.push(...meta.fields!);
  }
  return fields;
}

export function isInputTypeClass(type: unknown): boolean {
  return storage().inputTypes.some((t) => t.target === type);
}

/**
 * The field resolvers type-graphql would pick for fields of `objectClass` in a schema built from
 * `resolvers`: internal ones (methods and getters of the class) and those of resolver classes in the
 * schema, first match per field name, as schema-generator.js chooses.
 */
export function fieldResolversOf(objectClass: Function, resolvers: readonly Function[]): Map<string, FieldResolverMetadata> {
  const out = new Map<string, FieldResolverMetadata>();
  for (const r of storage().fieldResolvers) {
    if (r.kind !== "internal" && !resolvers.includes(r.target)) continue;
    if (r.getObjectType?.() === objectClass && !out.has(r.schemaName)) out.set(r.schemaName, r);
  }
  return out;
}

/**
 * Refuses plain fields that type-graphql's public `simpleResolvers` / `simple` option would serve
 * with graphql-js's default resolver while they need more: roles (`@Authorized` would be skipped),
 * middlewares, or a schema name other than the property (the default resolver reads the schema name).
 */
export function checkSimpleFields(schema: GraphQLSchema): void {
  const s = storage();
  const inSchema = new Map(s.objectTypes.filter((o) => isObjectType(schema.getType(o.name))).map((o) => [o.target, o]));
  for (const f of s.fields) {
    const type = inSchema.get(f.target);
    if (!type || !(f.simple ?? type.simpleResolvers ?? false)) continue;
    const hasResolver = s.fieldResolvers.some((r) => r.kind === "internal" && r.target === f.target && r.methodName === f.name);
    if (hasResolver) continue; // getters and methods keep their generated resolver
    const where = `${type.name}.${f.schemaName}`;
    if (f.roles) throw new Error(`${where} is a simple field with @Authorized roles, which type-graphql would skip: drop simpleResolvers for it`);
    if (f.middlewares?.length) throw new Error(`${where} is a simple field with middlewares, which type-graphql would skip: drop simpleResolvers for it`);
    if (f.name !== f.schemaName) throw new Error(`${where} is a simple field named differently from its property "${f.name}": the default resolver would read "${f.schemaName}"`);
  }
}

/**
 * type-graphql adds a `@FieldResolver`'s field to the shared type definition the first time a schema
 * is built with that resolver, and keeps it for every later build in the process. Trimming each
 * type back to its own `@Field`s after a build makes every schema depend only on the resolvers it
 * was given: a schema without a plug-in, built after one with it, shows none of its fields.
 */
export function forgetFieldResolverFields(): void {
  const s = storage();
  const declared = new Map<Function, Set<string>>();
  for (const field of s.fields) {
    if (!declared.has(field.target)) declared.set(field.target, new Set());
    declared.get(field.target)!.add(field.name);
  }
  for (const type of [...s.objectTypes, ...s.interfaceTypes]) {
    if (type.fields) type.fields = type.fields.filter((f) => declared.get(type.target)?.has(f.name));
  }
}

/** How many distinct definitions carry a GraphQL type name (classes, enum objects, unions). */
export function typeDefinitionsNamed(name: string): number {
  const s = storage();
  return new Set<unknown>([
    ...s.objectTypes.filter((t) => t.name === name).map((t) => t.target),
    ...s.inputTypes.filter((t) => t.name === name).map((t) => t.target),
    ...s.interfaceTypes.filter((t) => t.name === name).map((t) => t.target),
    ...s.enums.filter((t) => t.name === name).map((t) => t.enumObj),
    ...s.unions.filter((t) => t.name === name).map((t) => t.symbol),
  ]).size;
}

/** The fields the given resolver classes define, as "Query.x" or "Organisation.y". */
export function fieldsDefinedBy(resolverClasses: readonly Function[]): string[] {
  const s = storage();
  const resolvers = new Set(resolverClasses);
  const out = [
    ...s.queries.filter((h) => resolvers.has(h.target)).map((h) => `Query.${h.schemaName}`),
    ...s.mutations.filter((h) => resolvers.has(h.target)).map((h) => `Mutation.${h.schemaName}`),
    ...s.subscriptions.filter((h) => resolvers.has(h.target)).map((h) => `Subscription.${h.schemaName}`),
  ];
  for (const field of s.fieldResolvers.filter((f) => f.kind === "external" && resolvers.has(f.target))) {
    const typeClass = s.resolverClasses.find((r) => r.target === field.target)?.getObjectType?.();
    const typeName = s.objectTypes.find((t) => t.target === typeClass)?.name ?? s.interfaceTypes.find((t) => t.target === typeClass)?.name;
    if (typeName) out.push(`${typeName}.${field.schemaName}`);
  }
  return out;
}

/** Names of every object, input and enum type whose decorators have run in this process. */
export function registeredTypeNames(): string[] {
  const s = storage();
  return [...s.objectTypes, ...s.inputTypes, ...s.enums].map((t) => t.name);
}

/**
 * Whether any argument declares its own class-validator settings (`@Arg(..., { validate })`, on
 * `@Args` or a custom param decorator's arg): type-graphql hands those settings to its built-in
 * check only, never to a schema-wide validateFn.
 */
export function argumentsWithOwnValidationSettings(): boolean {
  type ArgLike = { validateSettings?: unknown };
  const params = (storage() as unknown as { params?: Array<ArgLike & { kind: string; options?: { arg?: ArgLike } }> }).params;
  if (!Array.isArray(params)) throw new Error(`type-graphql's metadata has no "params" list: this core was written for type-graphql ${TYPE_GRAPHQL_VERSION}`);
  return params.some((p) => p.validateSettings !== undefined || (p.kind === "custom" && p.options?.arg?.validateSettings !== undefined));
}
