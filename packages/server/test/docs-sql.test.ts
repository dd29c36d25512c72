import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import { documentationFiles, sqlBlocks } from "./docs-markdown";

// The SQL the README and guides tell an operator to run (deployment settings per table) must run
// on a database migrated to this version: a renamed or dropped table would fail here, not in production.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); }, 120_000);
afterAll(async () => { await env?.close(); });

const blocks = documentationFiles().flatMap(sqlBlocks);

describe("SQL blocks of the documentation", () => {
  it("finds the README's deployment statements", () => {
    expect(blocks.some((b) => b.file === "README.md")).toBe(true);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b.source] as const))("runs %s on the migrated database", async (_where, source) => {
    const runner = env.database.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(source);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
