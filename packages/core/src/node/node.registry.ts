import type { ObjectLiteral } from "typeorm";
import type { YhdyspintaContext } from "../context/request-context";
import { loadEntityById } from "../query/entity-loader";

/** Fetches one object by the key part of its global ID; null when there is none. */
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

/** Integer keys as issued by toGlobalId for database ids. */
export function intKey(key: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(key) && Number(key) <= 2147483647 ? Number(key) : null;
}

/**
 * The usual fetcher for `nodeTypes`: the key is the integer primary key of `entity`'s table, and
 * rows are batched per request like every other by-id read. A malformed key resolves to null.
 */
export function nodeFetcherById<T extends ObjectLiteral>(entity: new () => T): NodeFetcher {
  return (ctx, key) => {
    const id = intKey(key);
    return id === null ? null : loadEntityById(ctx, entity, id);
  };
}
