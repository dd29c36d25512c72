import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { parse } from "yaml";
import { createDatabase, testDatabaseName, testServerUrl } from "@yhdyspinta/testing";
import { jsonArgs, parseDockerfile, stageEnv } from "./support/dockerfile";
import { builtCli, freePort, repoRoot, runToEnd, startProcess, waitForOk } from "./support/processes";

interface Service {
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(join(repoRoot, "docker-compose.yml"), "utf8"), { merge: true }) as { services: Record<string, Service> };
const runtime = parseDockerfile(readFileSync(join(repoRoot, "Dockerfile"), "utf8")).at(-1)!;
const imageEnv = stageEnv(runtime);
const imageCmd = jsonArgs(runtime.instructions.find((i) => i.op === "CMD")!);
// What a user exports before `docker compose up`, as README says: JWT_SECRET=$(openssl rand -hex 32).
const shell: Record<string, string> = { JWT_SECRET: randomBytes(32).toString("hex") };

/** Compose's ${VAR}, ${VAR:-default} and ${VAR:?message} from the user's shell. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_m, name: string, kind?: string, rest?: string) => {
    if (shell[name]) return shell[name];
    if (kind === "?") throw new Error(`compose requires ${name}: ${rest}`);
    return kind === "-" ? rest ?? "" : "";
  });
}

/** Our image's services in start order (depends_on first). */
function ourServices(): [string, Service][] {
  const ours = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
  const order: [string, Service][] = [];
  const visit = (name: string) => {
    if (order.some(([n]) => n === name)) return;
    for (const dep of Object.keys(compose.services[name].depends_on ?? {})) visit(dep);
    if (ours.some(([n]) => n === name)) order.push([name, compose.services[name]]);
  };
  for (const [name] of ours) visit(name);
  return order;
}

/** The image's ENV and the service's environment, nothing else; "node" is this Node, run in the repository (the image's /app). */
function serviceEnv(service: Service, databaseUrl: string, ports?: { port: number; metricsPort: number }): NodeJS.ProcessEnv {
  const env: Record<string, string> = { ...imageEnv };
  for (const [k, v] of Object.entries(service.environment ?? {})) env[k] = interpolate(String(v));
  expect(env.DATABASE_URL).toBeDefined();
  env.DATABASE_URL = databaseUrl;
  // Free ports instead of the service's own, so parallel test files that start servers never collide.
  if (ports) {
    env.PORT = String(ports.port);
    env.METRICS_PORT = String(ports.metricsPort);
  }
  return env;
}

const nodeArgs = (command: string[]) => {
  expect(command[0]).toBe("node");
  return command.slice(1);
};

describe("docker-compose.yml, each service's command run with exactly its environment", () => {
  let databaseUrl: string;
  beforeAll(async () => {
    builtCli();
    // An empty database, as the postgres service starts with: the migrate job must build everything.
    databaseUrl = await createDatabase(testServerUrl(), testDatabaseName());
  });

  it("brings every service of our image up in order: one-shot jobs exit 0, servers pass their healthcheck", async () => {
    const services = ourServices();
    expect(services.length).toBeGreaterThan(1);
    for (const [name, service] of services) {
      const dependents = Object.values(compose.services).filter((s) => s.depends_on?.[name]);
      const oneShot = dependents.some((s) => s.depends_on![name].condition === "service_completed_successfully");
      if (oneShot) {
        const run = await runToEnd(process.execPath, nodeArgs(service.command ?? imageCmd), { env: serviceEnv(service, databaseUrl) });
        expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: "" });
        continue;
      }
      const port = await freePort();
      const env = serviceEnv(service, databaseUrl, { port, metricsPort: await freePort() });
      const server = startProcess(process.execPath, nodeArgs(service.command ?? imageCmd), { env });
      try {
        await waitForOk(`http://127.0.0.1:${port}/healthz`, server);
        // The service's own healthcheck, aimed at this run's port (it must name the port the service listens on).
        const check = service.healthcheck!.test.slice(1);
        const servicePort = interpolate(String(service.environment?.PORT ?? imageEnv.PORT));
        expect(check.join(" ")).toContain(`:${servicePort}/`);
        const probe = check.map((a) => a.split(`:${servicePort}/`).join(`:${port}/`));
        const health = await runToEnd(process.execPath, nodeArgs(probe), { env: {} });
        expect({ name, healthcheck: health.code }).toEqual({ name, healthcheck: 0 });
      } finally {
        const exit = await server.stop();
        expect({ name, exit: exit.code }).toEqual({ name, exit: 0 });
      }
    }
    // The one-shot job left migrated, seeded data behind.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      expect(Number((await client.query("SELECT count(*) AS n FROM organisation")).rows[0].n)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  }, 300_000);
});
