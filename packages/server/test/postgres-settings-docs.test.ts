import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestEnvironment, databaseUrl, testServerUrl, type TestEnvironment } from "@yhdyspinta/testing";
import MarkdownIt from "markdown-it";
import { Client } from "pg";
import { repoRoot } from "./docs-markdown";

// README's PostgreSQL settings for a 10× deployment (issue 19): the postgresql.conf lines name real
// settings with values PostgreSQL accepts, and the SQL block runs on a migrated database (the
// tables it tunes exist), so a renamed table or a mistyped setting fails here, not in production.
const SECTION = "PostgreSQL for 10× the national data";

function sectionFences(): { info: string; content: string }[] {
  const tokens = new MarkdownIt({ html: true }).parse(readFileSync(join(repoRoot, "README.md"), "utf8"), {});
  const start = tokens.findIndex((t, i) => t.type === "heading_open" && tokens[i + 1]?.content === SECTION);
  if (start < 0) return [];
  const level = tokens[start].tag;
  const end = tokens.findIndex((t, i) => i > start && t.type === "heading_open" && t.tag <= level);
  return tokens.slice(start, end < 0 ? undefined : end).filter((t) => t.type === "fence").map((t) => ({ info: t.info.trim().split(/\s+/)[0] ?? "", content: t.content }));
}

let env: TestEnvironment;
let db: Client;
beforeAll(async () => {
  env = await createTestEnvironment();
  db = new Client({ connectionString: databaseUrl(testServerUrl(), env.databaseName) });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await env?.close();
});

describe(`README's "${SECTION}"`, () => {
  const fences = sectionFences();

  it("has postgresql.conf lines and SQL", () => {
    expect(fences.map((f) => f.info)).toEqual(expect.arrayContaining(["ini", "sql"]));
  });

  it("names settings PostgreSQL has, with values it accepts", async () => {
    const lines = fences.filter((f) => f.info === "ini").flatMap((f) => f.content.split("\n"))
      .map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const line of lines) {
      const match = /^([a-z_.]+)\s*=\s*(.+)$/.exec(line);
      if (!match) { problems.push(`not "name = value": ${line}`); continue; }
      const [, name, raw] = match;
      const value = raw.replace(/^'(.*)'$/, "$1");
      const { rows } = await db.query(`SELECT context, vartype, unit FROM pg_settings WHERE name = $1`, [name]);
      if (!rows.length) { problems.push(`no setting ${name}`); continue; }
      // Settings a session may change are set for real; server-wide ones (shared_buffers) are parsed by a size or number cast.
      if (["user", "superuser"].includes(rows[0].context)) {
        await db.query("BEGIN");
        try {
          await db.query(`SELECT set_config($1, $2, true)`, [name, value]);
        } catch (e) {
          problems.push(`${name} = ${value}: ${(e as Error).message}`);
        } finally {
          await db.query("ROLLBACK");
        }
      } else if (/B$/.test(rows[0].unit ?? "")) {
        await db.query(`SELECT pg_size_bytes($1)`, [value]).catch((e: Error) => problems.push(`${name} = ${value}: ${e.message}`));
      } else if (rows[0].unit) {
        if (!/^\d+\s*(us|ms|s|min|h|d)?$/.test(value)) problems.push(`${name} = ${value}: not a duration`);
      } else if (rows[0].vartype === "integer" || rows[0].vartype === "real") {
        if (Number.isNaN(Number(value))) problems.push(`${name} = ${value}: not a number`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("runs its SQL on a migrated database", async () => {
    const sql = fences.filter((f) => f.info === "sql").map((f) => f.content).join("\n");
    expect(sql).toMatch(/ALTER TABLE/);
    await db.query(sql);
    const { rows } = await db.query(`SELECT relname, reloptions FROM pg_class WHERE reloptions IS NOT NULL AND relname = 'organisation_region'`);
    expect(rows.length).toBe(1);
  });
});
