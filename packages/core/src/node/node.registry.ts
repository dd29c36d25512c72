import type { ObjectLiteral } from "typeorm";
import type { YhdyspintaContext } from "../context/request-context";
import { loadEntityById } from "../query/entity-loader";
import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";

/**
 * Fetches one object by the key part of its global ID: null when the key is well formed but names
 * no row; a malformed key throws BAD_USER_INPUT / INVALID_ID (use `intKeyOrThrow`), so `node`,
 * `nodes` and typed lookups answer bad ids alike.
 */
export type NodeFetcher = (ctx: YhdyspintaContext, key: string) => Promise<object | null> | object | null;

const fetchers = new Map<string, { fetch: NodeFetcher; owner: string }>();

/**
 * Makes `node(id:)` resolve IDs of a type. Region plug-ins declare theirs in `nodeTypes` and the
 * server registers them under the plug-in's name; a type name owned by someone else is a clash.
 */
export function registerNodeType(typeName: string, fetch: NodeFetcher, owner = "core"): void {
  const existing = fetchers.get(typeName);
  if (existing && existing.owner !== owner) {
    throw new Error(`${owner}: node type "${typeName}" is already registered by ${existing.owner}`);
  }
  fetchers.set(typeName, { fetch, owner });
}

export function nodeFetcher(typeName: string): NodeFetcher | undefined {
  return fetchers.get(typeName)?.fetch;
}

/** Every type `node(id:)` resolves, with the core or plug-in that registered it (tests derive their cases from it). */
export function registeredNodeTypes(): { typeName: string; owner: string }[] {
  return [...fetchers].map(([typeName, { owner }]) => ({ typeName, owner }));
}

/** Integer keys as issued by toGlobalId for database ids: 1..2^31-1, no sign, no leading zero. */
export function intKey(key: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(key) && Number(key) <= 2147483647 ? Number(key) : null;
}

/** The key's integer, or BAD_USER_INPUT / INVALID_ID: the one rule for a malformed key. */
export function intKeyOrThrow(key: string, typeName: string): number {
  const id = intKey(key);
  if (id === null) throw invalidKey(key, typeName);
  return id;
}

export function invalidKey(key: string, typeName: string): UserInputError {
  return new UserInputError(`"${key.slice(0, 40)}" is not a valid ${typeName} key`, { field: "id", reason: Reason.INVALID_ID });
}

/**
 * The usual fetcher for `nodeTypes`: the key is the integer primary key of `entity`'s table, and
 * rows are batched per request like every other by-id read. A malformed key is INVALID_ID; a
 * missing row is null.
 */
export function nodeFetcherById<T extends ObjectLiteral>(entity: new () => T): NodeFetcher {
  const typeName = (entity as { typeName?: string }).typeName ?? entity.name;
  return (ctx, key) => loadEntityById(ctx, entity, intKeyOrThrow(key, typeName));
}
