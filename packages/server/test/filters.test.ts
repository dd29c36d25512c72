import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, toGlobalId } from "@yhdyspinta/core/internal";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// The national-scale set: filters and facets are checked against SQL written out here, on real data.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "full" }); }, 300_000);
afterAll(async () => { await env?.close(); });

const sql = (text: string, params: unknown[] = []): Promise<any[]> => env.database.dataSource.query(text, params);

const LISTS = {
  organisations: { table: "organisation", type: "Organisation", filterType: "OrganisationFilter" },
  activities: { table: "activity", type: "Activity", filterType: "ActivityFilter" },
  partnerships: { table: "partnership", type: "Partnership", filterType: "PartnershipFilter" },
} as const;
type ListName = keyof typeof LISTS;

/** The first 100 matches by Finnish name and the total, through the API. */
async function listed(field: ListName, filter: object) {
  const nameField = field === "partnerships" ? "title" : "name";
  const res: any = await env.query(`query($filter: ${LISTS[field].filterType}) {
    list: ${field}(first: 100, filter: $filter) { totalCount nodes { id ${nameField} } }
  }`, { filter });
  expect(res.errors).toBeUndefined();
  return { total: res.data.list.totalCount as number, ids: res.data.list.nodes.map((n: { id: string }) => n.id) as string[], statements: res.statements as number };
}

/** The same from SQL: `where` over alias `t`. */
async function expected(field: ListName, where: string, params: unknown[] = []) {
  const { table, type } = LISTS[field];
  const column = field === "partnerships" ? "title_fi" : "name_fi";
  const rows = await sql(`SELECT t.id FROM ${table} t WHERE ${where} ORDER BY t.${column} COLLATE "fi-x-icu", t.id`, params);
  return { total: rows.length, ids: rows.slice(0, 100).map((r) => toGlobalId(type, r.id)) };
}

async function expectSame(field: ListName, filter: object, where: string, params: unknown[] = []) {
  const want = await expected(field, where, params);
  const got = await listed(field, filter);
  expect({ total: got.total, ids: got.ids }).toEqual(want);
  return want;
}

/** Data-derived values, so the tests follow the data set rather than hard-coding it. */
let busy: { org: string[]; act: string[]; region: string; regionMunicipalities: string[]; midUpdated: string; midStarts: string };
beforeAll(async () => {
  // The seed writes every row at one instant; spread the change times over 40 days so ranges split the list.
  await sql(`UPDATE organisation SET updated_at = updated_at - (id % 5) * interval '10 days'`);
  const org = (await sql(`SELECT municipality_code AS c FROM organisation_municipality GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).map((r) => r.c);
  const act = (await sql(`SELECT municipality_code AS c FROM activity_municipality GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).map((r) => r.c);
  const [{ region }] = await sql(`SELECT region_code AS region FROM organisation_region GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const regionMunicipalities = (await sql(`SELECT code FROM municipality WHERE region_code = $1`, [region])).map((r) => r.code);
  const [{ mid }] = await sql(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY updated_at) AS mid FROM organisation`);
  const [{ starts }] = await sql(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY starts_at) AS starts FROM activity WHERE starts_at IS NOT NULL`);
  busy = { org, act, region, regionMunicipalities, midUpdated: new Date(mid).toISOString(), midStarts: new Date(starts).toISOString() };
}, 60_000);

const ORG_IN_MUNICIPALITIES = `EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = t.id AND m.municipality_code = ANY($1))`;
const ACT_IN_MUNICIPALITIES = `EXISTS (SELECT 1 FROM activity_municipality m WHERE m.activity_id = t.id AND m.municipality_code = ANY($1))`;

describe("value filters take lists", () => {
  it("organisations in any of several municipalities, with any of two themes", async () => {
    const want = await expectSame("organisations", { municipalityCodes: busy.org.slice(0, 2), themes: ["MENTAL_HEALTH", "LONELINESS"] },
      `${ORG_IN_MUNICIPALITIES} AND t.themes && ARRAY['MENTAL_HEALTH','LONELINESS']`, [busy.org.slice(0, 2)]);
    expect(want.total).toBeGreaterThan(0);
  });

  it("activities by kinds, target groups, languages and regions", async () => {
    const want = await expectSame("activities",
      { regionCodes: [busy.region], kinds: ["PEER_SUPPORT", "LOW_THRESHOLD"], targetGroups: ["YOUTH", "FAMILIES"], languages: ["FI", "SV"] },
      `${ACT_IN_MUNICIPALITIES} AND t.kind IN ('PEER_SUPPORT','LOW_THRESHOLD') AND t.target_groups && ARRAY['YOUTH','FAMILIES'] AND t.languages && ARRAY['FI','SV']`,
      [busy.regionMunicipalities]);
    expect(want.total).toBeGreaterThan(0);
  });

  it("partnerships by statuses and kinds", async () => {
    await expectSame("partnerships", { statuses: ["ACTIVE", "PLANNED"], kinds: ["GRANT", "JOINT_PROJECT"] },
      `t.status IN ('ACTIVE','PLANNED') AND t.kind IN ('GRANT','JOINT_PROJECT')`);
  });

  it("the deprecated one-value fields still work, as a list of one", async () => {
    const one = await listed("activities", { municipalityCode: busy.act[0], theme: "MENTAL_HEALTH", kind: "PEER_SUPPORT" });
    const list = await listed("activities", { municipalityCodes: [busy.act[0]], themes: ["MENTAL_HEALTH"], kinds: ["PEER_SUPPORT"] });
    expect(one.total).toBeGreaterThan(0);
    expect(one.ids).toEqual(list.ids);
    expect(one.total).toBe(list.total);
  });

  it("an empty list matches nothing; an unknown code in a list is refused with its index-free path", async () => {
    expect((await listed("organisations", { kinds: [] })).total).toBe(0);
    const res: any = await env.query(`{ organisations(filter: { municipalityCodes: ["091", "999"] }) { totalCount } }`);
    expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MUNICIPALITY", field: "filter.municipalityCodes" });
  });
});

describe("combinators and date ranges", () => {
  it("or / and / not compose as boolean logic", async () => {
    const filter = {
      or: [{ themes: ["MENTAL_HEALTH"] }, { and: [{ kinds: ["NATIONAL"] }, { languages: ["SV"] }] }],
      not: { municipalityCodes: [busy.org[0]] },
    };
    const want = await expectSame("organisations", filter,
      `(t.themes && ARRAY['MENTAL_HEALTH'] OR (t.kind = 'NATIONAL' AND t.languages && ARRAY['SV']))
       AND NOT EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = t.id AND m.municipality_code = $1)`, [busy.org[0]]);
    expect(want.total).toBeGreaterThan(100);
  });

  it("updatedSince / updatedBefore split the list at an instant, with nothing lost or repeated", async () => {
    const since = await expectSame("organisations", { updatedSince: busy.midUpdated }, `t.updated_at >= $1`, [busy.midUpdated]);
    const before = await expectSame("organisations", { updatedBefore: busy.midUpdated }, `t.updated_at < $1`, [busy.midUpdated]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM organisation`);
    expect(since.total + before.total).toBe(n);
    expect(since.total).toBeGreaterThan(0);
    expect(before.total).toBeGreaterThan(0);
  });

  it("activity start ranges and created ranges", async () => {
    await expectSame("activities", { startsSince: busy.midStarts, createdBefore: new Date(Date.now() + 86_400_000).toISOString() },
      `t.starts_at >= $1 AND t.created_at < now() + interval '1 day'`, [busy.midStarts]);
    await expectSame("activities", { startsBefore: busy.midStarts, not: { online: true } }, `t.starts_at < $1 AND NOT t.online`, [busy.midStarts]);
  });

  it("milestones by due day", async () => {
    const [{ mid }] = await sql(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY due_date)::text AS mid FROM preparation_milestone`);
    const res: any = await env.query(`query($d: LocalDate) { milestones(first: 0, filter: { dueSince: $d }) { totalCount } }`, { d: mid });
    expect(res.errors).toBeUndefined();
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM preparation_milestone WHERE due_date >= $1`, [mid]);
    expect(res.data.milestones.totalCount).toBe(n);
  });
});

describe("relation filters", () => {
  it("organisations in Jyväskylä that run peer support (hasActivity)", async () => {
    const want = await expectSame("organisations", { municipalityCodes: ["179"], hasActivity: { kinds: ["PEER_SUPPORT"] } },
      `EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = t.id AND m.municipality_code = '179')
       AND EXISTS (SELECT 1 FROM activity a WHERE a.organisation_id = t.id AND a.kind = 'PEER_SUPPORT')`);
    expect(want.total).toBeGreaterThan(0);
  });

  it("hasActivity with its own location and combinators, hasPartnership, and not", async () => {
    await expectSame("organisations",
      { hasActivity: { municipalityCodes: [busy.act[0]], or: [{ online: true }, { targetGroups: ["YOUTH"] }] }, not: { hasPartnership: { statuses: ["ACTIVE"] } } },
      `EXISTS (SELECT 1 FROM activity a WHERE a.organisation_id = t.id
                 AND EXISTS (SELECT 1 FROM activity_municipality m WHERE m.activity_id = a.id AND m.municipality_code = $1)
                 AND (a.online OR a.target_groups && ARRAY['YOUTH']))
       AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.organisation_id = t.id AND p.status = 'ACTIVE')`, [busy.act[0]]);
  });

  it("activities by their organisation, and back again (organisation.hasActivity)", async () => {
    await expectSame("activities", { kinds: ["PEER_SUPPORT"], organisation: { kinds: ["LOCAL"], hasPartnership: { kinds: ["GRANT"] } } },
      `t.kind = 'PEER_SUPPORT' AND EXISTS (SELECT 1 FROM organisation o WHERE o.id = t.organisation_id AND o.kind = 'LOCAL'
         AND EXISTS (SELECT 1 FROM partnership p WHERE p.organisation_id = o.id AND p.kind = 'GRANT'))`);
    await expectSame("activities", { organisation: { hasActivity: { kinds: ["EVENT"] } }, not: { kinds: ["EVENT"] } },
      `t.kind <> 'EVENT' AND EXISTS (SELECT 1 FROM activity e WHERE e.organisation_id = t.organisation_id AND e.kind = 'EVENT')`);
  });
});

describe("limits", () => {
  const nested = (depth: number): object => (depth <= 1 ? { kinds: ["LOCAL"] } : { not: nested(depth - 1) });

  it(`nesting deeper than ${MAX_FILTER_DEPTH} levels is FILTER_TOO_DEEP, at the limit it works`, async () => {
    const ok: any = await env.query(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, { f: nested(MAX_FILTER_DEPTH) });
    expect(ok.errors).toBeUndefined();
    const res: any = await env.query(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, { f: nested(MAX_FILTER_DEPTH + 1) });
    expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "FILTER_TOO_DEEP" });
    expect(res.data ?? null).toBeNull();
  });

  it(`more than ${MAX_FILTER_CONDITIONS} conditions in all is FILTER_TOO_LARGE`, async () => {
    const codes = (await sql(`SELECT code FROM municipality ORDER BY code LIMIT 100`)).map((r) => r.code);
    const big = { or: [{ municipalityCodes: codes }, { hasActivity: { municipalityCodes: codes } }] };
    const res: any = await env.query(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, { f: big });
    expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "FILTER_TOO_LARGE" });
  });

  it("a bad value deep inside names its place", async () => {
    const res: any = await env.query(`{ organisations(filter: { or: [{ kinds: [LOCAL] }, { hasActivity: { municipalityCodes: ["999"] } }] }) { totalCount } }`);
    expect(res.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MUNICIPALITY", field: "filter.or.1.hasActivity.municipalityCodes" });
  });
});

describe("statements per request do not depend on the filter", () => {
  const filters: object[] = [
    {},
    { municipalityCodes: ["179", "091"], themes: ["MENTAL_HEALTH", "LONELINESS"], updatedSince: "2000-01-01T00:00:00Z" },
    { or: [{ kinds: ["LOCAL"] }, { not: { hasPartnership: {} } }], hasActivity: { kinds: ["PEER_SUPPORT"], organisation: { languages: ["SV"] } } },
    { and: [{ hasActivity: { search: "vertaistukiryhmä" } }, { not: { hasActivity: { online: true } } }] },
    { search: "omaishoitajat", or: [{ regionCodes: ["15"] }, { hasPartnership: { startsSince: "2020-01-01" } }] },
  ];

  it.each([10, 100])("organisations page of %i with activities, partnerships and facets: the same count for every filter", async (first) => {
    const counts = new Set<number>();
    for (const filter of filters) {
      const res: any = await env.query(`query($f: OrganisationFilter, $first: Int) {
        organisations(first: $first, filter: $f) {
          totalCount
          nodes { id name activities(first: 3, filter: { kinds: [PEER_SUPPORT, EVENT], organisation: { kinds: [LOCAL] } }) { totalCount nodes { id } } }
          facets { kinds { value count } themes { value count } municipalities { value count } regions { value count } languages { value count } }
        }
      }`, { f: filter, first });
      expect(res.errors).toBeUndefined();
      // Every filter finds organisations, so every request reaches the nested list.
      expect(res.data.organisations.nodes.length).toBeGreaterThan(0);
      counts.add(res.statements);
    }
    // Page (total included), the nested activities (one batched statement) and the facets.
    expect([...counts]).toEqual([3]);
  });

  it("activities with organisation filters and facets: constant too", async () => {
    const counts = new Set<number>();
    for (const filter of [{}, { organisation: { hasActivity: { kinds: ["EVENT"] } }, or: [{ online: true }, { regionCodes: ["15"] }] }]) {
      const res: any = await env.query(`query($f: ActivityFilter) {
        activities(first: 50, filter: $f) { totalCount nodes { id organisation { name } } facets { kinds { value } regions { value } targetGroups { value } } }
      }`, { f: filter });
      expect(res.errors).toBeUndefined();
      counts.add(res.statements);
    }
    expect([...counts]).toEqual([3]);
  });
});

describe("facets", () => {
  /** Counts per value, written out: `valueJoin` gives column v per row of t, `where` the filter without the facet's own field. */
  async function directCounts(table: string, valueJoin: string, where: string, params: unknown[], distinct = false) {
    const rows = await sql(`SELECT v::text AS value, count(${distinct ? "DISTINCT t.id" : "*"})::int AS count FROM ${table} t ${valueJoin}
      WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`, params);
    return rows;
  }

  it("organisation facets are disjunctive: each ignores its own filter, applies the others", async () => {
    const codes = busy.org.slice(0, 2);
    const filter = { municipalityCodes: codes, themes: ["MENTAL_HEALTH"], kinds: ["LOCAL"] };
    const res: any = await env.query(`query($f: OrganisationFilter) {
      organisations(first: 0, filter: $f) { totalCount facets { kinds { value count label } themes { value count label(language: EN) } municipalities { value count label } regions { value count } languages { value count } } }
    }`, { f: filter });
    expect(res.errors).toBeUndefined();
    const f = res.data.organisations.facets;
    const inM = ORG_IN_MUNICIPALITIES;
    const theme = `t.themes && ARRAY['MENTAL_HEALTH']`;
    const kind = `t.kind = 'LOCAL'`;
    const strip = (xs: any[]) => xs.map(({ value, count }) => ({ value, count }));
    expect(strip(f.kinds)).toEqual(await directCounts("organisation", "CROSS JOIN LATERAL (SELECT t.kind) x(v)", `${inM} AND ${theme}`, [codes]));
    expect(strip(f.themes)).toEqual(await directCounts("organisation", "CROSS JOIN LATERAL unnest(t.themes) x(v)", `${inM} AND ${kind}`, [codes]));
    expect(strip(f.municipalities)).toEqual(await directCounts("organisation",
      "JOIN organisation_municipality x ON x.organisation_id = t.id CROSS JOIN LATERAL (SELECT x.municipality_code) y(v)", `${theme} AND ${kind}`, []));
    expect(strip(f.regions)).toEqual(await directCounts("organisation",
      "JOIN organisation_region x ON x.organisation_id = t.id CROSS JOIN LATERAL (SELECT x.region_code) y(v)", `${inM} AND ${theme} AND ${kind}`, [codes]));
    expect(strip(f.languages)).toEqual(await directCounts("organisation", "CROSS JOIN LATERAL unnest(t.languages) x(v)", `${inM} AND ${theme} AND ${kind}`, [codes]));
    // The facet's own values outside the filter are counted too, so a front end can offer them.
    expect(f.kinds.length).toBeGreaterThan(1);
    // The chosen value's count is the list's total.
    expect(f.kinds.find((k: any) => k.value === "LOCAL").count).toBe(res.data.organisations.totalCount);
    expect(f.municipalities.find((m: any) => m.value === "091")?.label ?? "Helsinki").toBe("Helsinki");
    expect(f.themes.find((t: any) => t.value === "MENTAL_HEALTH").label).toBe("Mental health");
  });

  it("activity facets under a search, regions through municipalities counted once per activity", async () => {
    const filter = { search: "vertaistukiryhmä", regionCodes: [busy.region], targetGroups: ["INFORMAL_CARERS", "OLDER_PEOPLE"] };
    const res: any = await env.query(`query($f: ActivityFilter) {
      activities(first: 5, filter: $f) { totalCount facets { regions { value count } targetGroups { value count } kinds { value count } } }
    }`, { f: filter });
    expect(res.errors).toBeUndefined();
    const f = res.data.activities.facets;
    // The search's own tsquery (migration 1736100000000): stems as prefixes, compound parts.
    const search = `t.search_vector @@ search_query('vertaistukiryhmä')`;
    const groups = `t.target_groups && ARRAY['INFORMAL_CARERS','OLDER_PEOPLE']`;
    expect(f.regions).toEqual(await directCounts("activity",
      "JOIN activity_municipality x ON x.activity_id = t.id JOIN municipality mm ON mm.code = x.municipality_code CROSS JOIN LATERAL (SELECT mm.region_code) y(v)",
      `${search} AND ${groups}`, [], true));
    expect(f.targetGroups).toEqual(await directCounts("activity", "CROSS JOIN LATERAL unnest(t.target_groups) x(v)", `${search} AND ${ACT_IN_MUNICIPALITIES}`, [busy.regionMunicipalities]));
    expect(f.kinds).toEqual(await directCounts("activity", "CROSS JOIN LATERAL (SELECT t.kind) x(v)", `${search} AND ${ACT_IN_MUNICIPALITIES} AND ${groups}`, [busy.regionMunicipalities]));
    expect(f.regions.length).toBeGreaterThan(1);
  });

  it("facets cost one statement whatever is selected, and none when not selected", async () => {
    const base: any = await env.query(`{ activities(first: 5) { nodes { id } } }`);
    const one: any = await env.query(`{ activities(first: 5) { nodes { id } facets { kinds { value } } } }`);
    const all: any = await env.query(`{ activities(first: 5) { nodes { id } facets { kinds { value } themes { value } targetGroups { value } languages { value } municipalities { value } regions { value } } } }`);
    expect(one.statements).toBe(base.statements + 1);
    expect(all.statements).toBe(base.statements + 1);
  });
});
