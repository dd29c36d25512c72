import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "demo" }); });
afterAll(async () => { await env?.close(); });

const PAGE_WITH_RELATIONS = `query($first: Int!) {
  organisations(first: $first) {
    totalCount
    edges { cursor node {
      id name kind
      parent { id name }
      regions { code name }
      municipalities { code name region { code } }
      activities(first: 3) { totalCount nodes { id name municipalities { code } organisation { id } } }
      partnerships(first: 2) { totalCount nodes { id title publicParty { __typename } } }
      children(first: 2) { totalCount }
    } }
  }
}`;

describe("organisation lists", () => {
  it("answers the region query of the README with data", async () => {
    const res = await env.query(`{ organisations(first: 5, filter: { regionCode: "15" }) { totalCount edges { node { name activities(first: 3) { totalCount } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.totalCount).toBeGreaterThan(0);
    expect(res.data.organisations.edges.length).toBe(Math.min(5, res.data.organisations.totalCount));
    for (const edge of res.data.organisations.edges) expect(typeof edge.node.activities.totalCount).toBe("number");
  });

  it("walks every page exactly once, in name order, matching totalCount", async () => {
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: any = await env.query(`query($after: String) { organisations(first: 40, after: $after, filter: { regionCode: "08" }) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      total = res.data.organisations.totalCount;
      seen.push(...res.data.organisations.nodes);
      if (!res.data.organisations.pageInfo.hasNextPage) break;
      after = res.data.organisations.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((o) => o.id)).size).toBe(total);
    const names = seen.map((o) => o.name);
    const [{ sorted }] = await env.database.dataSource.query(`SELECT array_agg(n ORDER BY n COLLATE "fi-x-icu") AS sorted FROM unnest($1::text[]) n`, [names]);
    expect(names).toEqual(sorted);
  });

  it("counts the whole list in the page's own statement, also on a page past the end and when nothing matches", async () => {
    const [{ code, n }] = await env.database.dataSource.query(
      `SELECT municipality_code AS code, count(*)::int AS n FROM organisation_municipality GROUP BY 1 HAVING count(*) BETWEEN 2 AND 100 ORDER BY 2 DESC, 1 LIMIT 1`);
    const LIST = `query($code: String!, $after: String) { organisations(first: 100, after: $after, filter: { municipalityCode: $code }) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const all = await env.query(LIST, { code });
    expect(all.errors).toBeUndefined();
    expect(all.data.organisations).toMatchObject({ totalCount: n, pageInfo: { hasNextPage: false } });
    expect(all.data.organisations.nodes).toHaveLength(n);
    expect(all.statements).toBe(1);
    const past = await env.query(LIST, { code, after: all.data.organisations.pageInfo.endCursor });
    expect(past.errors).toBeUndefined();
    expect(past.data.organisations).toMatchObject({ totalCount: n, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(past.statements).toBe(1);
    const none = await env.query(`{ organisations(first: 5, filter: { search: "qxzvyyk" }) { totalCount nodes { id } } }`);
    expect(none.data.organisations).toEqual({ totalCount: 0, nodes: [] });
  });

  it("lists regions and municipalities of each row in the page's own statement, as the link tables hold them", async () => {
    const orgs = await env.query(`{ organisations(first: 100) { nodes { id regions { code } municipalities { code } } } }`);
    expect(orgs.errors).toBeUndefined();
    expect(orgs.statements).toBe(1);
    const ids = orgs.data.organisations.nodes.map((o: any) => Number(Buffer.from(o.id, "base64url").toString().split(":")[1]));
    const stored: { id: number; regions: string[]; municipalities: string[] }[] = await env.database.dataSource.query(
      `SELECT o.id, ARRAY(SELECT region_code FROM organisation_region WHERE organisation_id = o.id ORDER BY 1)::text[] AS regions,
              ARRAY(SELECT municipality_code FROM organisation_municipality WHERE organisation_id = o.id ORDER BY 1)::text[] AS municipalities
       FROM unnest($1::int[]) o(id)`, [ids]);
    expect(orgs.data.organisations.nodes.map((o: any) => ({ regions: o.regions.map((r: any) => r.code), municipalities: o.municipalities.map((m: any) => m.code) })))
      .toEqual(stored.map((r) => ({ regions: r.regions, municipalities: r.municipalities })));
    expect(stored.some((r) => r.municipalities.length === 0)).toBe(true);
    expect(stored.some((r) => r.municipalities.length > 1)).toBe(true);

    const acts = await env.query(`{ activities(first: 100) { nodes { id municipalities { code } } } }`);
    expect(acts.errors).toBeUndefined();
    expect(acts.statements).toBe(1);
    const actIds = acts.data.activities.nodes.map((a: any) => Number(Buffer.from(a.id, "base64url").toString().split(":")[1]));
    const actStored: { municipalities: string[] }[] = await env.database.dataSource.query(
      `SELECT ARRAY(SELECT municipality_code FROM activity_municipality WHERE activity_id = a.id ORDER BY 1)::text[] AS municipalities FROM unnest($1::int[]) WITH ORDINALITY a(id, n) ORDER BY n`, [actIds]);
    expect(acts.data.activities.nodes.map((a: any) => a.municipalities.map((m: any) => m.code))).toEqual(actStored.map((r) => r.municipalities));
  });

  it("costs the same number of SQL statements for 10 or 100 organisations with all their relations", async () => {
    const small = await env.query(PAGE_WITH_RELATIONS, { first: 10 });
    const large = await env.query(PAGE_WITH_RELATIONS, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.organisations.edges).toHaveLength(100);
    expect(large.data.organisations.edges.some((e: any) => e.node.activities.nodes.length > 0)).toBe(true);
    expect(large.data.organisations.edges.some((e: any) => e.node.parent !== null)).toBe(true);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    // page with its count, parents, region links, municipality links, activity page + count,
    // activity municipalities, activity organisations, partnership page + count, children count
    // (a nested list's count rides in its page statement)
    expect(large.statements).toBeLessThanOrEqual(10);
  });
});

describe("nested totalCount", () => {
  it("counts every row of each parent, also parents without rows and pages after a cursor", async () => {
    const res = await env.query(`{ organisations(first: 100) { nodes { id activities(first: 1, filter: { online: true }) { totalCount nodes { id } pageInfo { endCursor } } } } }`);
    expect(res.errors).toBeUndefined();
    const orgs = res.data.organisations.nodes as any[];
    const ids = orgs.map((o) => Number(Buffer.from(o.id, "base64url").toString("utf8").split(":")[1]));
    const rows: { id: number; n: number }[] = await env.database.dataSource.query(
      `SELECT o.id, (SELECT count(*)::int FROM activity a WHERE a.organisation_id = o.id AND a.online) AS n FROM unnest($1::int[]) o(id)`, [ids]);
    const expected = new Map(rows.map((r) => [r.id, r.n]));
    orgs.forEach((o, i) => expect(o.activities.totalCount).toBe(expected.get(ids[i]!)));
    expect(orgs.some((o) => o.activities.totalCount === 0)).toBe(true);
    const many = orgs.find((o) => o.activities.totalCount > 1)!;
    const after = await env.query(`query($id: ID!, $after: String!) { node(id: $id) { ... on Organisation { activities(first: 1, after: $after, filter: { online: true }) { totalCount nodes { id } } } } }`,
      { id: many.id, after: many.activities.pageInfo.endCursor });
    expect(after.errors).toBeUndefined();
    expect(after.data.node.activities.totalCount).toBe(many.activities.totalCount);
    expect(after.data.node.activities.nodes[0].id).not.toBe(many.activities.nodes[0].id);
  });
});

describe("activity search", () => {
  it("finds activities by inflected Finnish words, best match first, within one municipality", async () => {
    const admin = { token: await env.token({ roles: ["admin"] }) };
    const org = await env.query(`mutation { createOrganisation(input: { nameFi: "Kuopion Omaishoitajat ry", kind: LOCAL, municipalityCodes: ["297"] }) { id } }`, undefined, admin);
    const orgId = org.data.createOrganisation.id;
    const make = (nameFi: string, descriptionFi: string, municipality: string) =>
      env.query(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
        input: { organisationId: orgId, nameFi, descriptionFi, kind: "PEER_SUPPORT", municipalityCodes: [municipality] },
      }, admin);
    const best = (await make("Omaishoitajien vertaistukiryhmä", "Vertaistukiryhmä omaishoitajille joka tiistai.", "297")).data.createActivity.id;
    const weaker = (await make("Kävelykerho", "Avoin kävelykerho, myös omaishoitajat tervetulleita.", "297")).data.createActivity.id;
    await make("Omaishoitajien vertaistukiryhmä Siilinjärvellä", "Vertaistukiryhmä omaishoitajille.", "749");

    const res = await env.query(`{ activities(filter: { search: "omaishoitajan vertaistukiryhmässä", municipalityCode: "297" }) { totalCount nodes { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.activities.nodes.map((n: any) => n.id)).toContain(best);
    expect(res.data.activities.nodes.map((n: any) => n.id)).not.toContain(weaker);
    const ranked = await env.query(`{ activities(first: 2, filter: { search: "omaishoitajat", municipalityCode: "297" }) { nodes { id } pageInfo { endCursor hasNextPage } } }`);
    expect(ranked.data.activities.nodes.map((n: any) => n.id).slice(0, 1)).toEqual([best]);
  });

  it("pages search results by relevance without repeating or losing any", async () => {
    const all = await env.query(`{ activities(first: 100, filter: { search: "vertaistukiryhmä" }) { totalCount nodes { id } } }`);
    const total = all.data.activities.totalCount;
    expect(total).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await env.query(`query($after: String) { activities(first: 3, after: $after, filter: { search: "vertaistukiryhmä" }) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.activities.nodes.map((n: any) => n.id));
      if (!page.data.activities.pageInfo.hasNextPage) break;
      after = page.data.activities.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.activities.nodes.map((n: any) => n.id).slice(0, 100));
    expect(seen).toHaveLength(Math.min(total, 100));
    // orderBy: NAME became orderBy: [{ field: NAME }]; the enum lives on as the deprecated `order`.
    for (const ordering of [`orderBy: [{ field: NAME }]`, `order: NAME`]) {
      const wrongOrder = await env.query(`query($after: String) { activities(after: $after, ${ordering}, filter: { search: "vertaistukiryhmä" }) { totalCount } }`, { after });
      expect(wrongOrder.errors?.[0].extensions?.reason).toBe("INVALID_CURSOR");
    }
  });

  it("treats search input as text, never as SQL or query syntax", async () => {
    const res = await env.query(`{ activities(filter: { search: "'); DROP TABLE activity; -- & | ! :*" }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM activity`);
    expect(n).toBeGreaterThan(0);
  });
});
