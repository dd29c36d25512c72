import {
  activityService, consultationService, cursorOrdering, encodeCursor, fromGlobalId, organisationService, pageStatementOf, pagesByParentStatementOf, partnershipService,
  personService, toGlobalId, type ListSpec, type PageArgs,
} from "@yhdyspinta/core/internal";
import { createTestEnvironment, walkBothWays, type ConnectionPage, type TestEnvironment } from "@yhdyspinta/testing";

// The national-scale set: the planner's choices (and so the index checks) only mean something at that size.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "full" }); }, 300_000);
afterAll(async () => { await env?.close(); });

type Item = { field: string; direction?: "ASC" | "DESC"; language?: string };

/**
 * The expected order, written out independently of the engine: Finnish collation for names (the
 * requested language, else Finnish), missing dates last ascending, the id last in the direction of the last key.
 */
let textColumn = "name";
const SORT_SQL: Record<string, (lang: string) => string> = {
  NAME: (lang) => (lang === "FI" ? `t.${textColumn}_fi COLLATE "fi-x-icu"` : `COALESCE(t.${textColumn}_${lang.toLowerCase()}, t.${textColumn}_fi) COLLATE "fi-x-icu"`),
  STARTS_ON: () => "t.starts_on",
  ENDS_ON: () => "t.ends_on",
  DUE_DATE: () => "t.due_date",
  CREATED_AT: () => "t.created_at",
  UPDATED_AT: () => "t.updated_at",
  KIND: () => "t.kind",
  STARTS_AT: () => "t.starts_at",
  ENDS_AT: () => "t.ends_at",
};

function orderSql(items: Item[]): string {
  const keys = items.map((i) => {
    const dir = i.direction ?? "ASC";
    return `${SORT_SQL[i.field]!(i.language ?? "FI")} ${dir} NULLS ${dir === "ASC" ? "LAST" : "FIRST"}`;
  });
  return [...keys, `t.id ${items[items.length - 1]!.direction ?? "ASC"}`].join(", ");
}

async function expectedIds(table: string, typeName: string, where: string, params: unknown[], items: Item[]): Promise<string[]> {
  const rows: { id: number }[] = await env.database.dataSource.query(`SELECT t.id FROM ${table} t WHERE ${where} ORDER BY ${orderSql(items)}`, params);
  return rows.map((r) => toGlobalId(typeName, r.id));
}

const LIST_TYPES: Record<string, [string, string]> = {
  organisations: ["OrganisationFilter", "OrganisationOrder"],
  activities: ["ActivityFilter", "ActivityOrder"],
  partnerships: ["PartnershipFilter", "PartnershipOrder"],
  milestones: ["MilestoneFilter", "MilestoneOrder"],
};

interface PageResult extends ConnectionPage { totalCount: number }

/** Walks a list to its end with first/after, then from its end with last/before, checking pageInfo on the way. */
async function walk(field: string, filter: object, orderBy: Item[], size: number) {
  const [filterType, orderType] = LIST_TYPES[field]!;
  const doc = `query($filter: ${filterType}, $orderBy: [${orderType}!],
      $first: Int, $after: String, $last: Int, $before: String) {
    list: ${field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const statements = new Set<number>();
  let total = 0;
  const { forwards, backwards } = await walkBothWays(size, async (page) => {
    const res: any = await env.query(doc, { filter, orderBy, ...page });
    expect(res.errors).toBeUndefined();
    statements.add(res.statements);
    const list: PageResult = res.data.list;
    total = list.totalCount;
    return list;
  });
  return { forwards, backwards, total, statements: [...statements] };
}

async function busyMunicipality(table: "organisation_municipality" | "activity_municipality", min: number, max: number): Promise<string> {
  const [{ code }] = await env.database.dataSource.query(
    `SELECT municipality_code AS code FROM ${table} GROUP BY 1 HAVING count(*) BETWEEN $1 AND $2 ORDER BY count(*) DESC, 1 LIMIT 1`, [min, max]);
  return code;
}

describe("orderBy and paging both ways", () => {
  const organisationOrders: Item[][] = [
    [{ field: "NAME" }],
    [{ field: "NAME", direction: "DESC", language: "SV" }],
    [{ field: "KIND" }, { field: "CREATED_AT", direction: "DESC" }],
    [{ field: "KIND", direction: "DESC" }],
    [{ field: "UPDATED_AT", direction: "DESC" }, { field: "NAME", language: "EN" }],
  ];
  it.each(organisationOrders.map((o) => [JSON.stringify(o), o]))("walks organisations %s forwards and backwards in the SQL order", async (_, orderBy) => {
    const code = await busyMunicipality("organisation_municipality", 100, 400);
    const expected = await expectedIds("organisation", "Organisation",
      `EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = t.id AND m.municipality_code = $1)`, [code], orderBy as Item[]);
    const { forwards, backwards, total, statements } = await walk("organisations", { municipalityCode: code }, orderBy as Item[], 23);
    expect(forwards).toEqual(expected);
    expect(backwards).toEqual(expected);
    expect(total).toBe(expected.length);
    // Every page, either way, is one statement (totals included).
    expect(statements).toEqual([1]);
  });

  const activityOrders: Item[][] = [
    [{ field: "STARTS_AT" }],
    [{ field: "ENDS_AT", direction: "DESC" }, { field: "NAME" }],
    [{ field: "KIND", direction: "DESC" }, { field: "STARTS_AT" }],
  ];
  it.each(activityOrders.map((o) => [JSON.stringify(o), o]))("walks activities %s (ties and missing dates) forwards and backwards", async (_, orderBy) => {
    const code = await busyMunicipality("activity_municipality", 60, 250);
    const expected = await expectedIds("activity", "Activity",
      `EXISTS (SELECT 1 FROM activity_municipality m WHERE m.activity_id = t.id AND m.municipality_code = $1)`, [code], orderBy as Item[]);
    const { forwards, backwards, statements } = await walk("activities", { municipalityCode: code }, orderBy as Item[], 17);
    expect(forwards).toEqual(expected);
    expect(backwards).toEqual(expected);
    expect(statements).toEqual([1]);
  });

  it("walks the organisations and activities of one theme forwards and backwards in the SQL order (a theme's list reads its links)", async () => {
    const [{ theme }] = await env.database.dataSource.query(`SELECT theme FROM activity, unnest(themes) AS theme GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`);
    const lists: [string, string, string, object, Item[], string][] = [
      ["organisations", "organisation", "Organisation", { themes: [theme] }, [{ field: "UPDATED_AT", direction: "DESC" }, { field: "NAME", language: "EN" }], "$1 = ANY(t.themes)"],
      // The one-value form; without a status filter ENDED activities are not listed.
      ["activities", "activity", "Activity", { theme }, [{ field: "ENDS_AT", direction: "DESC" }, { field: "NAME" }], "$1 = ANY(t.themes) AND t.status <> 'ENDED'"],
    ];
    for (const [field, table, type, filter, orderBy, where] of lists) {
      const expected = await expectedIds(table, type, where, [theme], orderBy);
      expect(expected.length).toBeGreaterThan(50);
      const { forwards, backwards, total, statements } = await walk(field, filter, orderBy, 29);
      expect({ field, forwards }).toEqual({ field, forwards: expected });
      expect({ field, backwards }).toEqual({ field, backwards: expected });
      expect({ field, total }).toEqual({ field, total: expected.length });
      expect(statements).toEqual([1]);
    }
  });

  const titledOrders: [string, string, string, Item[]][] = [
    ["partnerships", "partnership", "Partnership", [{ field: "STARTS_ON", direction: "DESC" }]],
    ["partnerships", "partnership", "Partnership", [{ field: "KIND" }, { field: "ENDS_ON" }, { field: "NAME", direction: "DESC", language: "EN" }]],
    ["milestones", "preparation_milestone", "PreparationMilestone", [{ field: "KIND", direction: "DESC" }, { field: "DUE_DATE" }]],
    ["milestones", "preparation_milestone", "PreparationMilestone", [{ field: "NAME", language: "SV" }]],
  ];
  it.each(titledOrders.map(([f, table, type, o]) => [f, JSON.stringify(o), table, type, o]))("walks %s %s (titles, open-ended dates) both ways", async (field, _, table, type, orderBy) => {
    textColumn = "title";
    try {
      const where = field === "partnerships" ? "t.region_code = $1 OR t.municipality_code IN (SELECT code FROM municipality WHERE region_code = $1)" : "true";
      const params = field === "partnerships" ? ["08"] : [];
      const expected = await expectedIds(table as string, type as string, where, params, orderBy as Item[]);
      expect(expected.length).toBeGreaterThan(10);
      const { forwards, backwards, statements } = await walk(field as string, field === "partnerships" ? { regionCode: "08" } : {}, orderBy as Item[], 7);
      expect(forwards).toEqual(expected);
      expect(backwards).toEqual(expected);
      expect(statements).toEqual([1]);
    } finally {
      textColumn = "name";
    }
  });

  it("gives the last page for `last` without `before`, and pages nested lists backwards at a constant statement count", async () => {
    const NESTED = `query($first: Int!) { organisations(first: $first, orderBy: [{ field: NAME }]) { nodes { id
      activities(last: 2, orderBy: [{ field: STARTS_AT, direction: DESC }]) { totalCount nodes { id } pageInfo { hasPreviousPage hasNextPage } }
    } } }`;
    const small = await env.query(NESTED, { first: 5 });
    const large = await env.query(NESTED, { first: 60 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    const items: Item[] = [{ field: "STARTS_AT", direction: "DESC" }];
    for (const org of large.data.organisations.nodes) {
      const dbId = Number(fromGlobalId(org.id).key);
      const all = await expectedIds("activity", "Activity", "t.organisation_id = $1", [dbId], items);
      expect(org.activities.nodes.map((n: { id: string }) => n.id)).toEqual(all.slice(-2));
      expect(org.activities.totalCount).toBe(all.length);
      expect(org.activities.pageInfo).toEqual({ hasPreviousPage: all.length > 2, hasNextPage: false });
    }
  });

  it("refuses a cursor of another list or ordering, and RELEVANCE without a search", async () => {
    const orgs = await env.query(`{ organisations(first: 1, orderBy: [{ field: NAME }]) { pageInfo { endCursor } } }`);
    const cursor = orgs.data.organisations.pageInfo.endCursor;
    const refused = [
      `{ activities(first: 1, orderBy: [{ field: NAME }], after: "${cursor}") { totalCount } }`,
      `{ organisations(first: 1, orderBy: [{ field: NAME, direction: DESC }], after: "${cursor}") { totalCount } }`,
      `{ organisations(first: 1, orderBy: [{ field: NAME, language: SV }], after: "${cursor}") { totalCount } }`,
      `{ organisations(first: 1, orderBy: [{ field: CREATED_AT }], after: "${cursor}") { totalCount } }`,
      `{ organisations(last: 1, orderBy: [{ field: KIND }], before: "${cursor}") { totalCount } }`,
      `{ organisations(first: 1) { nodes { children(last: 1, before: "${cursor}x") { totalCount } } } }`,
    ];
    for (const doc of refused) {
      const res = await env.query(doc);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
    }
    const same = await env.query(`{ organisations(first: 1, after: "${cursor}") { totalCount } }`);
    expect(same.errors).toBeUndefined();
    const relevance = await env.query(`{ organisations(orderBy: [{ field: RELEVANCE }]) { totalCount } }`);
    expect(relevance.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "RELEVANCE_WITHOUT_SEARCH" });
    const both = await env.query(`{ organisations(first: 1, last: 1) { totalCount } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ONE_OF" });
  });

  it("keeps the deprecated `order` argument working, mapped onto orderBy", async () => {
    const legacy = await env.query(`{ activities(first: 30, order: RELEVANCE, filter: { search: "vertaistukiryhmä" }) { nodes { id } } }`);
    const current = await env.query(`{ activities(first: 30, orderBy: [{ field: RELEVANCE, direction: DESC }], filter: { search: "vertaistukiryhmä" }) { nodes { id } } }`);
    expect(legacy.errors).toBeUndefined();
    expect(legacy.data.activities.nodes.length).toBeGreaterThan(0);
    expect(legacy.data).toEqual(current.data);
  });
});

describe("index-bound pages deep in a small region, municipality or kind (issue 19)", () => {
  const PAGE = 20;
  /** Rows any scan may walk for one page: a small multiple of the page (and its look-ahead row). */
  const BOUND = 3 * (PAGE + 1);
  const ctx = () => ({ dataSource: env.database.dataSource, reference: env.database.reference }) as any;
  const sql = (text: string, params: unknown[] = []) => env.database.dataSource.query(text, params);

  /** The single-key orderings the schema offers (RELEVANCE needs a search, DISTANCE a point). */
  async function offeredOrders(type: string): Promise<Item[][]> {
    const res = await env.query(`query($t: String!) { __type(name: $t) { enumValues { name } } }`, { t: type });
    const fields: string[] = res.data.__type.enumValues.map((v: { name: string }) => v.name).filter((f: string) => f !== "RELEVANCE" && f !== "DISTANCE");
    expect(fields.length).toBeGreaterThan(2);
    return fields.flatMap((field) => (field === "NAME" ? ["FI", "SV", "EN"] : ["FI"]).flatMap((language) =>
      (["ASC", "DESC"] as const).map((direction) => [{ field, direction, language }])));
  }

  /** The smallest group (region, municipality, kind...) with at least `min` rows: `query` gives (value, n) per group. */
  async function smallest(query: string, min = 5 * PAGE): Promise<string> {
    const [row] = await sql(`SELECT v FROM (${query}) g(v, n) WHERE n >= $1 ORDER BY n, v LIMIT 1`, [min]);
    expect(row).toBeDefined();
    return row.v;
  }

  /** A cursor of the row in the middle of the list, found by paging it with the engine's own statements. */
  async function middleCursor(spec: ListSpec, run: (args: PageArgs) => Promise<Record<string, unknown>[]>): Promise<string> {
    const ordering = cursorOrdering(spec);
    const cursorOf = (row: Record<string, unknown>) => encodeCursor(ordering, spec.ordering.keys.map((_, i) => row[`__k${i}`]));
    const all: Record<string, unknown>[] = [];
    for (let after: string | undefined; ;) {
      const rows = (await run({ first: 100, after })).slice(0, 100);
      all.push(...rows);
      if (rows.length < 100) break;
      after = cursorOf(rows[rows.length - 1]!);
    }
    expect(all.length).toBeGreaterThan(4 * PAGE);
    return cursorOf(all[Math.floor(all.length / 2)]!);
  }

  /** EXPLAIN ANALYZE: no Seq Scan, and no scan walks more than BOUND rows (kept and filtered out, over all loops). */
  async function expectIndexBound(context: string, text: string, params: unknown[]) {
    const [{ "QUERY PLAN": [plan] }] = await sql(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
    const scans = planNodes(plan.Plan).filter((n) => /Scan$/.test(n["Node Type"]) && n["Relation Name"]);
    const walked = scans.map((n) => ({
      scan: `${n["Node Type"]} ${n["Index Name"] ?? n["Relation Name"]}`,
      rows: Math.round((n["Actual Rows"] + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) * n["Actual Loops"]),
    }));
    expect({ context, seqScans: scans.filter((n) => n["Node Type"] === "Seq Scan").length }).toEqual({ context, seqScans: 0 });
    expect({ context, over: walked.filter((w) => w.rows > BOUND) }).toEqual({ context, over: [] });
    expect(scans.length).toBeGreaterThan(0);
  }

  const rootRun = (spec: ListSpec) => async (args: PageArgs) => {
    const { sql: text, params } = pageStatementOf(spec, args);
    return sql(text, params);
  };

  async function checkRootList(name: string, orderType: string, specOf: (orderBy: Item[]) => ListSpec) {
    for (const orderBy of await offeredOrders(orderType)) {
      const spec = specOf(orderBy);
      const cursor = await middleCursor(spec, rootRun(spec));
      for (const args of [{ first: PAGE, after: cursor }, { last: PAGE, before: cursor }]) {
        const { sql: text, params } = pageStatementOf(spec, args);
        await expectIndexBound(`${name} ${JSON.stringify(orderBy)} ${Object.keys(args).join("/")}`, text, params);
      }
    }
  }

  const rootLists: [string, string, string, (filter: object, orderBy: Item[]) => ListSpec][] = [
    ["organisations", "organisation", "OrganisationOrderField", (filter, orderBy) => organisationService.listSpec(ctx(), filter as any, orderBy)],
    ["activities", "activity", "ActivityOrderField", (filter, orderBy) => activityService.listSpec(ctx(), filter as any, orderBy)],
  ];
  it.each(rootLists)("pages %s of one small region, municipality, kind or theme by every ordering", async (name, table, orderType, specOf) => {
    const region = await smallest(`SELECT region_code, count(*) FROM ${table}_region GROUP BY 1`);
    const municipality = await smallest(`SELECT municipality_code, count(*) FROM ${table}_municipality GROUP BY 1`);
    const kind = await smallest(`SELECT kind, count(*) FROM ${table} GROUP BY 1`);
    // From the rows' own arrays, not from whatever the engine reads a theme's list through.
    const theme = await smallest(`SELECT theme, count(*) FROM ${table}, unnest(themes) AS theme GROUP BY 1`);
    for (const filter of [{ regionCodes: [region] }, { municipalityCodes: [municipality] }, { kinds: [kind] }, { themes: [theme] }]) {
      await checkRootList(`${name} ${JSON.stringify(filter)}`, orderType, (orderBy) => specOf(filter, orderBy));
    }
  });

  it("pages partnerships of one small region or municipality, filtered and under it, by every ordering", async () => {
    const partnerships = (filter: object) => (orderBy: Item[]) => partnershipService.listSpec(ctx(), filter as any, undefined, orderBy);
    async function checkParentList(name: string, relation: "region" | "municipality", code: string) {
      for (const orderBy of await offeredOrders("PartnershipOrderField")) {
        const { spec, parent } = partnershipService.parentListSpec(ctx(), relation, null, undefined, orderBy);
        const statement = (args: PageArgs) => pagesByParentStatementOf(spec, args, { ...parent, keys: [code] }, false);
        const cursor = await middleCursor(spec, async (args) => {
          const { sql: text, params } = statement(args);
          return sql(text, params);
        });
        for (const args of [{ first: PAGE, after: cursor }, { last: PAGE, before: cursor }]) {
          const { sql: text, params } = statement(args);
          await expectIndexBound(`${name} ${code} ${JSON.stringify(orderBy)} ${Object.keys(args).join("/")}`, text, params);
        }
      }
    }
    // A region's partnerships are its own and its municipalities'.
    const region = await smallest(`SELECT COALESCE(p.region_code, m.region_code), count(*) FROM partnership p LEFT JOIN municipality m ON m.code = p.municipality_code GROUP BY 1`);
    await checkRootList(`partnerships {"regionCodes":["${region}"]}`, "PartnershipOrderField", partnerships({ regionCodes: [region] }));
    await checkParentList("region.partnerships", "region", region);
    // No municipality has five pages of partnerships in the 1× set: the municipalities' partnerships
    // are taken as the 10× set has them (nine copies of each, every column kept as bench/scale-builder.js
    // copies them), with statistics as after that load, for this test only.
    const columns = `organisation_id, municipality_code, kind, status, title_fi, title_sv, title_en, description, organisation_role,
      public_party_role, starts_on, ends_on, created_at, updated_at, is_demo`;
    const copies: { id: number }[] = await sql(`INSERT INTO partnership (${columns})
      SELECT ${columns} FROM partnership CROSS JOIN generate_series(1, 9) WHERE municipality_code IS NOT NULL RETURNING id`);
    try {
      await sql(`ANALYZE partnership`);
      const municipality = await smallest(`SELECT municipality_code, count(*) FROM partnership WHERE municipality_code IS NOT NULL GROUP BY 1`);
      await checkRootList(`partnerships {"municipalityCodes":["${municipality}"]}`, "PartnershipOrderField", partnerships({ municipalityCodes: [municipality] }));
      await checkParentList("municipality.partnerships", "municipality", municipality);
    } finally {
      await sql(`DELETE FROM partnership WHERE id = ANY($1::int[])`, [copies.map((c) => c.id)]);
      await sql(`VACUUM ANALYZE partnership`);
    }
  });

  it("pages organisations and activities of a region or municipality deep in a small parent by every ordering", async () => {
    const lists = [
      { name: "region.organisations", type: "OrganisationOrderField", group: `SELECT region_code, count(*) FROM organisation_region GROUP BY 1`,
        of: (orderBy: Item[]) => organisationService.parentListSpec(ctx(), "region", null, orderBy) },
      { name: "municipality.organisations", type: "OrganisationOrderField", group: `SELECT municipality_code, count(*) FROM organisation_municipality GROUP BY 1`,
        of: (orderBy: Item[]) => organisationService.parentListSpec(ctx(), "municipality", null, orderBy) },
      { name: "municipality.activities", type: "ActivityOrderField", group: `SELECT municipality_code, count(*) FROM activity_municipality GROUP BY 1`,
        of: (orderBy: Item[]) => activityService.parentListSpec(ctx(), "municipality", null, orderBy) },
      { name: "region.activities", type: "ActivityOrderField", group: `SELECT region_code, count(*) FROM activity_region GROUP BY 1`,
        of: (orderBy: Item[]) => activityService.parentListSpec(ctx(), "region", null, orderBy) },
    ];
    for (const list of lists) {
      const code = await smallest(list.group);
      for (const orderBy of await offeredOrders(list.type)) {
        const { spec, parent } = list.of(orderBy);
        const statement = (args: PageArgs, totals = false) => pagesByParentStatementOf(spec, args, { ...parent, keys: [code] }, totals);
        const cursor = await middleCursor(spec, async (args) => {
          const { sql: text, params } = statement(args);
          return sql(text, params);
        });
        for (const args of [{ first: PAGE, after: cursor }, { last: PAGE, before: cursor }]) {
          const { sql: text, params } = statement(args);
          await expectIndexBound(`${list.name} ${code} ${JSON.stringify(orderBy)} ${Object.keys(args).join("/")}`, text, params);
        }
      }
    }
  });

  it("counts a region's, municipality's or theme's organisations (and a theme's activities) on the link table alone, exactly", async () => {
    const lists = [
      { list: "organisations", filter: { regionCodes: ["08"] }, expected: `SELECT count(*)::int AS n FROM organisation o WHERE EXISTS (SELECT 1 FROM organisation_region x WHERE x.organisation_id = o.id AND x.region_code = $1)` },
      { list: "organisations", filter: { municipalityCodes: ["091"] }, expected: `SELECT count(*)::int AS n FROM organisation o WHERE EXISTS (SELECT 1 FROM organisation_municipality x WHERE x.organisation_id = o.id AND x.municipality_code = $1)` },
      { list: "organisations", filter: { themes: ["MENTAL_HEALTH"] }, expected: `SELECT count(*)::int AS n FROM organisation o WHERE $1 = ANY(o.themes)` },
      // Without a status filter a list hides ENDED activities.
      { list: "activities", filter: { themes: ["MENTAL_HEALTH"] }, expected: `SELECT count(*)::int AS n FROM activity a WHERE $1 = ANY(a.themes) AND a.status <> 'ENDED'` },
    ];
    for (const { list, filter, expected } of lists) {
      const spec = list === "organisations" ? organisationService.listSpec(ctx(), filter as any, null) : activityService.listSpec(ctx(), filter as any, null);
      const count = `SELECT count(*)::int AS n FROM ${spec.from} WHERE ${spec.filters.join(" AND ")}`;
      const [{ "QUERY PLAN": [plan] }] = await sql(`EXPLAIN (FORMAT JSON) ${count}`, spec.params.values);
      const relations = [...new Set(planNodes(plan.Plan).map((n) => n["Relation Name"]).filter(Boolean))];
      expect({ list, filter, relations }).toEqual({ list, filter, relations: [spec.from.split(" ")[0]] });
      const type = list === "organisations" ? "OrganisationFilter" : "ActivityFilter";
      const res = await env.query(`query($f: ${type}) { list: ${list}(filter: $f, first: 1) { totalCount } }`, { f: filter });
      const [{ n }] = await sql(expected, [Object.values(filter)[0]![0]]);
      expect({ list, filter, total: res.data.list.totalCount }).toEqual({ list, filter, total: n });
    }
  });
});

/** Every plan node, depth first. */
function planNodes(plan: any): any[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

describe("indexes for every root-list ordering", () => {
  const LISTS = [
    { type: "OrganisationOrderField", table: "organisation", spec: (ctx: any, orderBy: Item[]) => organisationService.listSpec(ctx, null, orderBy) },
    // DISTANCE is offered with a point only (filter.near), as RELEVANCE with a search.
    { type: "ActivityOrderField", table: "activity", spec: (ctx: any, orderBy: Item[]) =>
      activityService.listSpec(ctx, orderBy.some((o) => o.field === "DISTANCE") ? { near: { latitude: 62.6, longitude: 29.76, radiusKm: 10 } } : null, orderBy) },
    { type: "PartnershipOrderField", table: "partnership", spec: (ctx: any, orderBy: Item[]) => partnershipService.listSpec(ctx, null, undefined, orderBy) },
    { type: "ConsultationOrderField", table: "consultation", spec: (ctx: any, orderBy: Item[]) => consultationService.spec(ctx, null, orderBy) },
    { type: "ContactRoleOrderField", table: "contact_role", spec: (ctx: any, orderBy: Item[]) => personService.roleSpec(ctx, null, orderBy) },
  ];

  it.each(LISTS.map((l) => [l.table, l]))("pages %s by each offered key, both ways, from an index without a Seq Scan", async (_, list) => {
    const ctx = { dataSource: env.database.dataSource, reference: env.database.reference };
    // The offered keys come from the schema, so a key added later is checked too.
    const res = await env.query(`query($t: String!) { __type(name: $t) { enumValues { name } } }`, { t: list.type });
    const fields: string[] = res.data.__type.enumValues.map((v: { name: string }) => v.name).filter((f: string) => f !== "RELEVANCE");
    expect(fields.length).toBeGreaterThan(2);
    const orders: Item[][] = fields.flatMap((field) => (field === "NAME" ? ["FI", "SV", "EN"] : ["FI"]).flatMap((language) =>
      (["ASC", "DESC"] as const).map((direction) => [{ field, direction, language }])));
    for (const orderBy of orders) {
      const spec = list.spec(ctx, orderBy);
      for (const args of [{ first: 20 }, { last: 20 }]) {
        const { sql, params } = pageStatementOf(spec, args);
        const [{ "QUERY PLAN": [plan] }] = await env.database.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        const nodes = planNodes(plan.Plan);
        const context = `${list.table} ${JSON.stringify(orderBy)} ${JSON.stringify(args)}`;
        expect({ context, seqScans: nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]) }).toEqual({ context, seqScans: [] });
        // A bitmap heap scan reads the rows an index (scan) found.
        expect({ context, indexed: nodes.some((n) => (/Index/.test(n["Node Type"]) || n["Node Type"] === "Bitmap Heap Scan") && n["Relation Name"] === list.table) })
          .toEqual({ context, indexed: true });
      }
    }
  });

  it("searches through the full-text index when ordering by RELEVANCE", async () => {
    const ctx = { dataSource: env.database.dataSource, reference: env.database.reference };
    const spec = organisationService.listSpec(ctx as any, { search: "mielenterveys" }, [{ field: "RELEVANCE", direction: "DESC" }]);
    const { sql, params } = pageStatementOf(spec, { first: 20 });
    const [{ "QUERY PLAN": [plan] }] = await env.database.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const nodes = planNodes(plan.Plan);
    expect(nodes.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
    expect(nodes.some((n) => n["Index Name"] === "organisation_search_idx")).toBe(true);
  });

  it("searches in a municipality or region through the place-prefixed search index, reading only the matches there (issue 19)", async () => {
    const ctx = { dataSource: env.database.dataSource, reference: env.database.reference };
    await env.database.dataSource.query(`ANALYZE activity`);
    const busiest = await busyMunicipality("activity_municipality", 0, 1_000_000);
    const region = ctx.reference.municipality(busiest)!.regionCode;
    const filters = [
      { search: "vertaistukiryhmä", municipalityCodes: [busiest] },
      { search: "omaishoitaja", regionCodes: [region] },
      { search: "vertaistukiryhmä", municipalityCode: busiest, kinds: ["PEER_SUPPORT" as const] },
    ];
    for (const filter of filters) {
      // The rows the national text index and the municipality array would hand over, against the matches in the place.
      const places = "regionCodes" in filter ? ctx.reference.municipalitiesOf(region).map((m) => m.code) : [busiest];
      const [{ national, local }] = await env.database.dataSource.query(
        `SELECT count(*)::int AS national, count(*) FILTER (WHERE municipality_codes && $2::text[])::int AS local
           FROM activity WHERE search_vector @@ (SELECT search_query($1)) AND status <> 'ENDED'`,
        [filter.search, places]);
      expect(local).toBeGreaterThan(0);
      expect(national).toBeGreaterThan(2 * local);
      // Best first, and by orders with an index of their own, which must not be walked testing every row for the search.
      for (const [withTotal, orderBy] of [[true, null], [false, null], [true, [{ field: "NAME", direction: "ASC" as const }]], [false, [{ field: "UPDATED_AT", direction: "DESC" as const }]]] as const) {
        const { sql, params } = pageStatementOf(activityService.listSpec(ctx as any, filter, orderBy), { first: 20 }, withTotal);
        const [{ "QUERY PLAN": [plan] }] = await env.database.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        const nodes = planNodes(plan.Plan);
        const context = `${JSON.stringify(filter)} total: ${withTotal} orderBy: ${JSON.stringify(orderBy)}`;
        expect({ context, seqScans: nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]) }).toEqual({ context, seqScans: [] });
        const scans = nodes.filter((n) => n["Relation Name"] === "activity" || n["Index Name"]?.startsWith("activity_"));
        expect({ context, walks: scans.filter((n) => /_order_idx$/.test(n["Index Name"] ?? "")).map((n) => n["Index Name"]) }).toEqual({ context, walks: [] });
        // The place index finds the candidates; neither national bitmap (every match of the words, every activity of the place) is built.
        const indexes = new Set(scans.map((n) => n["Index Name"]).filter(Boolean));
        expect({ context, place: indexes.has("activity_place_search_idx"), national: ["activity_search_idx", "activity_municipality_codes_idx"].filter((i) => indexes.has(i)) })
          .toEqual({ context, place: true, national: [] });
        // Each read of the place index (the page's, and the total's in an order other than relevance) hands over the place's matches only.
        const found = nodes.filter((n) => n["Index Name"] === "activity_place_search_idx").map((n) => n["Actual Rows"] * n["Actual Loops"]);
        expect({ context, found: found.filter((rows) => rows > local) }).toEqual({ context, found: [] });
      }
    }
  });

  it("searches organisations in a region or municipality through their place-prefixed search index, reading only the matches there (issue 19)", async () => {
    const ctx = { dataSource: env.database.dataSource, reference: env.database.reference };
    await env.database.dataSource.query(`ANALYZE organisation`);
    const [{ region }] = await env.database.dataSource.query(`SELECT region_code AS region FROM organisation_region GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const busiest = await busyMunicipality("organisation_municipality", 0, 1_000_000);
    const filters = [
      { search: "mielenterveys", regionCodes: [region as string] },
      { search: "omaishoitaja", regionCode: region as string, kinds: ["LOCAL" as const] },
      { search: "eläkeläiset", municipalityCodes: [busiest] },
    ];
    for (const filter of filters) {
      // The national matches the text index would hand over, against the matches linked to the place.
      const [link, code] = "municipalityCodes" in filter ? ["organisation_municipality l WHERE l.municipality_code", busiest] : ["organisation_region l WHERE l.region_code", region];
      const [{ national, local }] = await env.database.dataSource.query(
        `SELECT count(*)::int AS national, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${link} = $2 AND l.organisation_id = o.id))::int AS local
           FROM organisation o WHERE search_vector @@ (SELECT search_query($1))`,
        [filter.search, code]);
      expect(local).toBeGreaterThan(0);
      expect(national).toBeGreaterThan(2 * local);
      for (const [withTotal, orderBy] of [[true, null], [false, null], [true, [{ field: "NAME", direction: "ASC" as const }]], [false, [{ field: "UPDATED_AT", direction: "DESC" as const }]]] as const) {
        const { sql, params } = pageStatementOf(organisationService.listSpec(ctx as any, filter, orderBy), { first: 20 }, withTotal);
        const [{ "QUERY PLAN": [plan] }] = await env.database.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        const nodes = planNodes(plan.Plan);
        const context = `${JSON.stringify(filter)} total: ${withTotal} orderBy: ${JSON.stringify(orderBy)}`;
        expect({ context, seqScans: nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]) }).toEqual({ context, seqScans: [] });
        const scans = nodes.filter((n) => /^organisation/.test(n["Relation Name"] ?? "") || n["Index Name"]?.startsWith("organisation_"));
        expect({ context, walks: scans.filter((n) => /_order_idx$/.test(n["Index Name"] ?? "")).map((n) => n["Index Name"]) }).toEqual({ context, walks: [] });
        // The place index finds the candidates: neither the national text index nor the link tables are read.
        const indexes = new Set(scans.map((n) => n["Index Name"]).filter(Boolean));
        const national = [...indexes].filter((i) => i === "organisation_search_idx" || /^organisation_(region|municipality)/.test(i));
        expect({ context, place: indexes.has("organisation_place_search_idx"), national }).toEqual({ context, place: true, national: [] });
        // Each read of the place index hands over the place's matches only.
        const found = nodes.filter((n) => n["Index Name"] === "organisation_place_search_idx").map((n) => n["Actual Rows"] * n["Actual Loops"]);
        expect({ context, found: found.filter((rows) => rows > local) }).toEqual({ context, found: [] });
        // No scan of organisation reads more rows than the place's matches (kept, filtered out or rechecked).
        const read = scans.filter((n) => n["Relation Name"] === "organisation")
          .map((n) => (n["Actual Rows"] + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) * n["Actual Loops"]);
        expect({ context, over: read.filter((rows) => rows > local) }).toEqual({ context, over: [] });
      }
    }
  });
});
