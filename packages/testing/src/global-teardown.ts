import { dropRunDatabases, removeDir } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, any>;
  if (g.__YH_TEMPLATE__) await dropRunDatabases(g.__YH_TEMPLATE__.serverUrl, g.__YH_TEMPLATE__.template, g.__YH_TEMPLATE__.runId);
  if (g.__YH_EMBEDDED__) {
    await g.__YH_EMBEDDED__.stop();
    removeDir(g.__YH_EMBEDDED__.dataDir);
  }
}
