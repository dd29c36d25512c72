import type { ObjectLiteral } from "typeorm";
import { columnsOf } from "./connection-loader";
import type { YhdyspintaContext } from "../context/request-context";

type EntityClass<T> = new () => T;

/**
 * One row by integer primary key, batched per request: every id asked for while a page is being
 * resolved is fetched by one statement. For plug-in entities and core ones alike.
 */
export function loadEntityById<T extends ObjectLiteral>(ctx: YhdyspintaContext, entity: EntityClass<T>, id: number): Promise<T | null> {
  const meta = ctx.dataSource.getMetadata(entity);
  const pk = meta.primaryColumns[0];
  return ctx.loaders
    .get<number, T | null>(`${meta.tableName}.byId`, async (ids) => {
      const rows: Record<string, unknown>[] = await ctx.db.query(
        `SELECT ${columnsOf(meta)} FROM ${meta.tableName} t WHERE t.${pk.databaseName} = ANY($1::int[])`, [ids],
      );
      const byId = new Map(rows.map((row) => [row[pk.propertyName] as number, Object.assign(new entity(), row)]));
      return ids.map((i) => byId.get(i) ?? null);
    })
    .load(id);
}

/**
 * All rows whose `column` equals `key`, for every key asked for in one statement: short child
 * lists that need no paging (a table's terms, a region's tables). `orderBy` is SQL over alias `t`
 * (default: the primary key).
 */
export function loadEntitiesByKey<T extends ObjectLiteral, K extends string | number>(
  ctx: YhdyspintaContext, entity: EntityClass<T>, column: string, key: K, orderBy?: string,
): Promise<T[]> {
  const meta = ctx.dataSource.getMetadata(entity);
  orderBy ??= meta.primaryColumns.map((c) => `t.${c.databaseName}`).join(", ");
  if (!meta.columns.some((c) => c.databaseName === column)) throw new Error(`${meta.tableName} has no column ${column}`);
  return ctx.loaders
    .get<K, T[]>(`${meta.tableName}.by.${column}|${orderBy}`, async (keys) => {
      const rows: Record<string, unknown>[] = await ctx.db.query(
        `SELECT ${columnsOf(meta)}, t.${column} AS "__key" FROM ${meta.tableName} t WHERE t.${column} = ANY($1::${typeof key === "number" ? "int" : "text"}[]) ORDER BY ${orderBy}`,
        [keys],
      );
      const byKey = new Map<K, T[]>(keys.map((k) => [k, []]));
      for (const { __key, ...row } of rows) byKey.get(__key as K)?.push(Object.assign(new entity(), row));
      return keys.map((k) => byKey.get(k)!);
    })
    .load(key);
}
