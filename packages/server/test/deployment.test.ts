import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_CONNECTION_LIMITS } from "@yhdyspinta/server";
import { parse } from "yaml";

// Docker does not run on the development machines: the compose file and the proxy configuration
// are checked by reading them, so a rename on one side cannot silently break the other.
const root = resolve(__dirname, "..", "..", "..");
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, any>;
  volumes: Record<string, unknown>;
};
const nginx = readFileSync(join(root, "deploy", "nginx.conf"), "utf8");
const prometheus = parse(readFileSync(join(root, "deploy", "prometheus.yml"), "utf8")) as { scrape_configs: { metrics_path?: string; static_configs: { targets: string[] }[] }[] };
const apiServices = Object.keys(compose.services).filter((name) => /^api-\d+$/.test(name));

describe("docker-compose.yml", () => {
  it("runs PostgreSQL on a named volume, a migration step, at least two API replicas and a proxy", () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["postgres", "migrate", "proxy"]));
    expect(apiServices.length).toBeGreaterThanOrEqual(2);
    const pgVolume = compose.services.postgres.volumes.find((v: string) => v.endsWith(":/var/lib/postgresql/data"));
    expect(pgVolume).toBeDefined();
    expect(compose.volumes).toHaveProperty(pgVolume.split(":")[0]);
  });

  it("points every replica at the postgres service, after the migration step, with a readiness health check", () => {
    const { POSTGRES_PASSWORD, POSTGRES_DB } = compose.services.postgres.environment;
    for (const name of [...apiServices, "migrate"]) {
      const service = compose.services[name];
      const url = new URL(service.environment.DATABASE_URL);
      expect({ name, host: url.hostname, password: url.password, db: url.pathname.slice(1) }).toEqual({ name, host: "postgres", password: POSTGRES_PASSWORD, db: POSTGRES_DB });
    }
    for (const name of apiServices) {
      const service = compose.services[name];
      expect(service.depends_on.migrate.condition).toBe("service_completed_successfully");
      expect(service.environment.SEED).toBe("none");
      // The image runs with NODE_ENV=production, which refuses to start on the development JWT secret.
      expect(service.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
      expect(service.healthcheck.test.join(" ")).toContain(`127.0.0.1:${service.environment.PORT}/readyz`);
    }
  });

  it("runs a streaming replica of postgres (pg_basebackup -R, same image) that every API replica reads from", () => {
    const primary = compose.services.postgres;
    const replica = compose.services["postgres-replica"];
    expect(replica.image).toBe(primary.image); // a standby runs the primary's major version
    expect(replica.command.join("\n")).toMatch(/pg_basebackup -h postgres -U postgres -D \/var\/lib\/postgresql\/data -R -X stream/);
    expect(replica.environment.PGPASSWORD).toBe(primary.environment.POSTGRES_PASSWORD);
    expect(replica.depends_on.postgres.condition).toBe("service_healthy");
    const volume = replica.volumes.find((v: string) => v.endsWith(":/var/lib/postgresql/data"));
    expect(compose.volumes).toHaveProperty(volume.split(":")[0]);
    expect(volume.split(":")[0]).not.toBe(primary.volumes.find((v: string) => v.endsWith(":/var/lib/postgresql/data")).split(":")[0]);
    // The primary accepts replication connections from the compose network.
    const hbaMount = primary.volumes.find((v: string) => v.includes("pg_hba.conf"));
    const [hbaFile, hbaPath] = hbaMount.split(":");
    expect(primary.command.join(" ")).toContain(`hba_file=${hbaPath}`);
    expect(readFileSync(join(root, hbaFile), "utf8")).toMatch(/^host\s+replication\s+all\s+all\s+scram-sha-256$/m);
    const { POSTGRES_PASSWORD, POSTGRES_DB } = primary.environment;
    for (const name of apiServices) {
      const urls = String(compose.services[name].environment.DATABASE_READ_URLS).split(",").map((u) => new URL(u));
      expect(urls.map((u) => ({ host: u.hostname, password: u.password, db: u.pathname.slice(1) }))).toEqual([{ host: "postgres-replica", password: POSTGRES_PASSWORD, db: POSTGRES_DB }]);
    }
  });

  it("builds the image from a Dockerfile that exists and starts the CLI's serve command", () => {
    const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
    expect(compose.services["api-1"].build).toBe(".");
    expect(dockerfile).toMatch(/CMD \["node", "packages\/cli\/dist\/main\.js", "serve"\]/);
    // Every source copied from the build context exists (copies from an earlier stage, --from=, are not the context).
    const contextCopies = [...dockerfile.matchAll(/^COPY (?!--from=)(.+)$/gm)].map((m) => m[1].trim().split(/\s+/).slice(0, -1));
    expect(contextCopies.length).toBeGreaterThan(0);
    for (const sources of contextCopies) for (const source of sources) expect([source, existsSync(join(root, source))]).toEqual([source, true]);
  });

  it("mounts deploy/nginx.conf into the proxy, which starts after healthy replicas", () => {
    const proxy = compose.services.proxy;
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.volumes).toContain("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
    expect(proxy.ports).toContain("8080:80");
    for (const name of apiServices) expect(proxy.depends_on[name].condition).toBe("service_healthy");
  });
});

describe("deploy/nginx.conf", () => {
  it("balances over exactly the compose file's API replicas on their port", () => {
    const upstream = /upstream api \{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const servers = [...upstream.matchAll(/^\s*server (\S+?):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers.sort()).toEqual(apiServices.map((name) => `${name}:${compose.services[name].environment.PORT}`).sort());
  });

  it("upgrades WebSockets for graphql-ws and passes the request id on", () => {
    expect(nginx).toMatch(/proxy_http_version 1\.1;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginx).toMatch(/map \$http_upgrade \$connection_upgrade/);
    expect(nginx).toMatch(/proxy_set_header X-Request-Id \$request_id_out;/);
    expect(nginx).toMatch(/proxy_read_timeout 1h;/);
    // Balanced braces: a cheap syntax check nginx -t would otherwise do.
    expect((nginx.match(/\{/g) ?? []).length).toBe((nginx.match(/\}/g) ?? []).length);
  });

  it("keeps idle upstream connections shorter than the replicas do and cuts slow clients off", () => {
    const upstream = /upstream api \{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(upstream)?.[1]);
    expect(seconds * 1000).toBeLessThan(DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs);
    for (const name of apiServices) expect(compose.services[name].environment.KEEP_ALIVE_TIMEOUT_MS).toBeUndefined();
    expect(nginx).toMatch(/client_header_timeout \d+s;/);
    expect(nginx).toMatch(/client_body_timeout \d+s;/);
  });

  it("overwrites X-Forwarded-For, which the replicas trust only from the proxy's network", () => {
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    for (const name of apiServices) expect(compose.services[name].environment.TRUSTED_PROXIES).toBeTruthy();
  });
});

describe("metrics in the deployment", () => {
  it("are scraped by Prometheus from every replica's metrics port, which is neither published nor behind nginx", () => {
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets));
    const metricsPorts = apiServices.map((name) => `${name}:${compose.services[name].environment.METRICS_PORT}`);
    expect(targets.sort()).toEqual(metricsPorts.sort());
    expect(prometheus.scrape_configs.every((c) => (c.metrics_path ?? "/metrics") === "/metrics")).toBe(true);
    expect(compose.services.prometheus.volumes).toContain("./deploy/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    for (const name of apiServices) {
      const env = compose.services[name].environment;
      expect(env.METRICS_PORT).not.toBe(env.PORT);
      // Reachable by Prometheus on the compose network; never published on the host.
      expect(env.METRICS_HOST).toBe("0.0.0.0");
      expect(compose.services[name].ports).toBeUndefined();
      expect(nginx).not.toContain(`:${env.METRICS_PORT}`);
    }
    // The Prometheus UI is published on the loopback interface only.
    for (const port of compose.services.prometheus.ports ?? []) expect(String(port)).toMatch(/^127\.0\.0\.1:/);
  });
});
