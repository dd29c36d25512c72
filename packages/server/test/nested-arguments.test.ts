import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// Nested fields with arguments resolve synchronously (core/src/schema/fast-resolvers.ts); these
// are the behaviours that path must keep from type-graphql's own argument handling.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

describe("arguments of nested fields", () => {
  it("fails only the nested connection whose page size is out of range, like a root field does", async () => {
    const res = await env.query(`{ regions { code organisations(first: 101) { totalCount } } }`);
    const root = await env.query(`{ organisations(first: 101) { totalCount } }`);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors?.[0].path).toEqual(["regions", 0, "organisations"]);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe(root.errors?.[0].message);
    expect(res.errors?.[0].extensions?.validationErrors).toEqual(root.errors?.[0].extensions?.validationErrors);
    const tooLong = await env.query(`{ regions { organisations(after: "${"x".repeat(501)}") { totalCount } } }`);
    expect(tooLong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(tooLong.errors?.[0].extensions?.validationErrors)).toContain("maxLength");
  });

  it("applies enum arguments and default values per nested field", async () => {
    const res = await env.query(`{ region(code: "15") { fi: name sv: name(language: SV) municipalities { code name(language: SV) } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.region.fi).toBe("Keski-Suomen hyvinvointialue");
    expect(res.data.region.sv).toBe("Mellersta Finlands välfärdsområde");
    expect(res.data.region.municipalities.find((m: any) => m.code === "179").name).toBe("Jyväskylä");
  });
});
