import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printedSchema } from "@yhdyspinta/cli";

describe("schema.graphql", () => {
  it("is the schema the server builds (regenerate with `npm run schema:print`)", async () => {
    const committed = readFileSync(join(__dirname, "..", "..", "..", "schema.graphql"), "utf8");
    expect(committed).toBe(await printedSchema());
  });
});
