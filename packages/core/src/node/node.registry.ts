import type { YhdyspintaContext } from "../common/context";

/** Fetches one object by the key part of its global ID; null when there is none. */
export type NodeFetcher = (ctx: YhdyspintaContext, key: string) => Promise<object | null> | object | null;

const fetchers = new Map<string, NodeFetcher>();

/** Makes `node(id:)` resolve IDs of a type. Region plug-ins call this for their own types. */
export function registerNodeType(typeName: string, fetch: NodeFetcher): void {
  fetchers.set(typeName, fetch);
}

export function nodeFetcher(typeName: string): NodeFetcher | undefined {
  return fetchers.get(typeName);
}

/** Integer keys as issued by toGlobalId for database ids. */
export function intKey(key: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(key) && Number(key) <= 2147483647 ? Number(key) : null;
}
