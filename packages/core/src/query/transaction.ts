import type { EntityManager } from "typeorm";
import type { YhdyspintaContext } from "../context/request-context";
import { translateDatabaseError } from "../errors/errors";

/** Every write runs in one transaction (all or nothing); nothing read before it in this request is reused. */
export async function inTransaction<T>(ctx: YhdyspintaContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.dataSource.transaction(work);
  } catch (error) {
    throw translateDatabaseError(error);
  } finally {
    ctx.loaders.clearAll();
  }
}
