import { join } from "node:path";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import { graphqlExamples, repoRoot } from "./docs-markdown";

// count(limit:) on every connection (issue 19, point 4): the number of matches read up to a limit, with its precision.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "demo" }); });
afterAll(async () => { await env?.close(); });

const COUNT = `count(limit: $limit) { value precision }`;

/** What count(limit:) must say for a list of `total` matches. */
const expected = (total: number, limit: number) => (total < limit ? { value: total, precision: "EXACT" } : { value: limit, precision: "AT_LEAST" });

describe("count(limit:)", () => {
  it("is on every connection that has totalCount, with the limit argument", async () => {
    const res = await env.query(`{ __schema { types { name fields { name args { name defaultValue } type { ofType { name } } } } } }`);
    const connections = res.data.__schema.types.filter((t: any) => t.fields?.some((f: any) => f.name === "totalCount"));
    expect(connections.length).toBeGreaterThan(5);
    for (const type of connections) {
      const count = type.fields.find((f: any) => f.name === "count");
      expect({ type: type.name, count: count && { args: count.args, type: count.type.ofType.name } })
        .toEqual({ type: type.name, count: { args: [{ name: "limit", defaultValue: "10000" }], type: "Count" } });
    }
  });

  it.each([
    ["organisations", `organisations(first: 1) { totalCount ${COUNT} }`, (d: any) => [d.organisations]],
    ["organisations of a region", `organisations(first: 1, filter: { regionCodes: ["15"] }) { totalCount ${COUNT} }`, (d: any) => [d.organisations]],
    ["activities", `activities(first: 1) { totalCount ${COUNT} }`, (d: any) => [d.activities]],
    ["region.organisations", `regions { organisations(first: 1) { totalCount ${COUNT} } }`, (d: any) => d.regions.map((r: any) => r.organisations)],
    ["municipality.activities", `municipalities(first: 30) { nodes { activities(first: 1) { totalCount ${COUNT} } } }`, (d: any) => d.municipalities.nodes.map((m: any) => m.activities)],
    ["organisation.activities", `organisations(first: 20) { nodes { activities(first: 1) { totalCount ${COUNT} } } }`, (d: any) => d.organisations.nodes.map((o: any) => o.activities)],
    ["municipalities (in memory)", `municipalities(first: 1) { totalCount ${COUNT} }`, (d: any) => [d.municipalities]],
  ])("counts %s exactly below the limit and AT_LEAST the limit when reached", async (_, selection, connectionsOf) => {
    const ask = (limit: number) => env.query(`query($limit: Int!) { ${selection} }`, { limit });
    const all = await ask(100_000);
    expect(all.errors).toBeUndefined();
    const totals: number[] = connectionsOf(all.data).map((c: any) => c.totalCount);
    expect(Math.max(...totals)).toBeGreaterThan(2);
    for (const limit of [1, 2, Math.max(...totals), Math.max(...totals) + 1, 100_000]) {
      const res = await ask(limit);
      expect(res.errors).toBeUndefined();
      const counts = connectionsOf(res.data).map((c: any) => c.count);
      expect({ limit, counts }).toEqual({ limit, counts: totals.map((t) => expected(t, limit)) });
    }
  });

  it("costs one statement per request, however many parents ask, and none more when totalCount is selected", async () => {
    const one = await env.query(`{ region(code: "15") { organisations(first: 1) { count(limit: 3) { value } } } }`);
    const all = await env.query(`{ regions { organisations(first: 1) { count(limit: 3) { value } } } }`);
    const page = await env.query(`{ regions { organisations(first: 1) { nodes { id } } } }`);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.statements).toBe(one.statements);
    expect(all.statements).toBe(page.statements + 1);
    const root = await env.query(`{ activities(first: 1) { nodes { id } } }`);
    const both = await env.query(`{ activities(first: 1) { totalCount count(limit: 3) { value } nodes { id } } }`);
    expect(both.statements).toBe(root.statements);
  });

  it.each([0, -1, 100_001])("refuses limit %d as BAD_USER_INPUT OUT_OF_RANGE on that field only", async (limit) => {
    const res = await env.query(`query($limit: Int!) { activities(first: 1) { nodes { id } count(limit: $limit) { value } } }`, { limit });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "OUT_OF_RANGE", field: "limit" });
    expect(res.errors![0]!.path).toEqual(["activities", "count"]);
  });

  it("answers docs/querying.md's example as the section says", async () => {
    const example = graphqlExamples(join(repoRoot, "docs", "querying.md")).find((e) => /count\(limit: 5\)/.test(e.source));
    expect(example).toBeDefined();
    const res = await env.query(example!.source);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.count).toEqual({ value: 5, precision: "AT_LEAST" });
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE status <> 'ENDED'`);
    expect(res.data.activities.count).toEqual({ value: n, precision: "EXACT" });
  });
});
