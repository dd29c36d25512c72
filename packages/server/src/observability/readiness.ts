/**
 * /readyz answers 200 only when every check passes. Each running server has its own list
 * (`RunningServer.readinessChecks`): it starts with the database check, and other features push
 * theirs (the events code: its LISTEN connection is up).
 */
export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; throws or resolves false when not. */
  check(): Promise<boolean | void>;
  /** Reported, but the instance stays ready when it fails (e.g. a read replica: the primary answers instead). */
  advisory?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, "ok" | string>;
}

const CHECK_TIMEOUT_MS = 2000;

export async function runReadinessChecks(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const entries = await Promise.all(checks.map(async (c): Promise<[string, string]> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS); });
      const ok = await Promise.race([c.check(), timeout]);
      return [c.name, ok === false ? "failed" : "ok"];
    } catch (error) {
      return [c.name, error instanceof Error ? error.message : String(error)];
    } finally {
      clearTimeout(timer);
    }
  }));
  return { ready: entries.every(([, v], i) => v === "ok" || checks[i]!.advisory === true), checks: Object.fromEntries(entries) };
}
