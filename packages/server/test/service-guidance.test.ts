import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// Issue 14: the activity data a service advisor refers people from, asked of the demo data.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "demo" }); });
afterAll(async () => { await env?.close(); });

/** A municipality's centre as the reference data gives it (not typed in here). */
function centreOf(code: string): { latitude: number; longitude: number } {
  const csv = readFileSync(join(__dirname, "..", "..", "core", "data", "municipality_centres.csv"), "utf8");
  const line = csv.split("\n").find((l) => l.startsWith(`${code},`));
  if (!line) throw new Error(`no centre for ${code}`);
  const [, , latitude, longitude] = line.split(",");
  return { latitude: Number(latitude), longitude: Number(longitude) };
}

const JOENSUU = "167";
/** Two weeks the demo's autumn season covers, with no public holiday in them; tests never read today's date. */
const FROM = "2026-09-14T00:00:00+03:00";
const TO = "2026-09-28T00:00:00+03:00";
const CHEAP_EUROS = 5;

/** Great-circle distance, written apart from the server's. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const s = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(s));
}

const ADVISOR_QUESTION = `query($near: NearInput!, $point: GeoPointInput!, $from: DateTimeISO!, $to: DateTimeISO!, $cheap: Float!) {
  activities(first: 50, orderBy: [{ field: DISTANCE }], filter: {
    kind: PEER_SUPPORT, targetGroup: MEN, age: 70, languages: [FI, SV], maxCostAmount: $cheap,
    accessibility: [STEP_FREE_ACCESS], near: $near, occursBetween: { from: $from, to: $to }
  }) {
    totalCount
    nodes {
      id name languages accessibility status ageMin
      distanceKm(from: $point)
      cost { type amount description }
      registration { type how url deadline }
      contact { phone email web }
      organisation { name }
      location { venueName streetAddress postOffice municipality { code name } latitude longitude }
      nextOccurrences(first: 2, from: $from) { startsAt endsAt }
    }
  }
}`;

describe("the service advisor's question", () => {
  it("finds peer groups for older men in Finnish or Swedish, free or cheap, step-free, within 10 km of Joensuu, meeting in the next two weeks, with how to sign up", async () => {
    const centre = centreOf(JOENSUU);
    const res = await env.query(ADVISOR_QUESTION, { near: { ...centre, radiusKm: 10 }, point: centre, from: FROM, to: TO, cheap: CHEAP_EUROS });
    expect(res.errors).toBeUndefined();
    const found = res.data.activities.nodes as any[];
    expect(found.length).toBeGreaterThan(0);
    expect(res.data.activities.totalCount).toBe(found.length);

    // The same question answered apart: the plain conditions in SQL, each rule's meetings expanded by
    // PostgreSQL's own calendar and time zone, the distance in JS.
    const candidates: { id: number; name: string; latitude: number; longitude: number }[] = await env.database.dataSource.query(`
      SELECT a.id, a.name_fi AS name, a.latitude, a.longitude FROM activity a
      WHERE a.kind = 'PEER_SUPPORT' AND 'MEN' = ANY(a.target_groups) AND (a.age_min IS NULL OR a.age_min <= 70) AND (a.age_max IS NULL OR a.age_max >= 70)
        AND (a.languages && '{FI,SV}') AND (a.cost_type = 'FREE' OR (a.cost_type IN ('FEE','MEMBERSHIP_FEE') AND a.cost_amount <= $3))
        AND 'STEP_FREE_ACCESS' = ANY(a.accessibility) AND a.status <> 'ENDED' AND a.latitude IS NOT NULL
        AND (EXISTS (
              SELECT 1 FROM jsonb_array_elements(a.recurrence) r, generate_series($1::timestamptz::date - 1, $2::timestamptz::date, interval '1 day') d
              WHERE d::date BETWEEN (r->>'startDate')::date AND COALESCE((r->>'endDate')::date, 'infinity')
                AND r->'weekdays' ? (ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[extract(isodow FROM d)::int]
                AND ((date_trunc('week', d)::date - date_trunc('week', (r->>'startDate')::date)::date) / 7) % (r->>'interval')::int = 0
                AND (r->>'frequency') = 'WEEKLY'
                AND (d::date + (r->>'startTime')::time) AT TIME ZONE 'Europe/Helsinki' < $2::timestamptz
                AND (d::date + (r->>'endTime')::time) AT TIME ZONE 'Europe/Helsinki' > $1::timestamptz)
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.occurrences) o
                     WHERE (o->>'startsAt')::timestamptz < $2::timestamptz AND (o->>'endsAt')::timestamptz > $1::timestamptz))`,
    [FROM, TO, CHEAP_EUROS]);
    const expected = candidates
      .map((c) => ({ ...c, km: km(centre, c) }))
      .filter((c) => c.km <= 10)
      .sort((a, b) => a.km - b.km || a.id - b.id);
    expect(found.map((a) => a.name)).toEqual(expected.map((c) => c.name));
    found.forEach((a, i) => expect(a.distanceKm).toBeCloseTo(expected[i]!.km, 1));

    // What the advisor tells the client: where, when, what it costs and how to sign up.
    for (const a of found) {
      expect(a.location.municipality.code).toBe(JOENSUU);
      expect(a.location.streetAddress).toEqual(expect.any(String));
      expect(["FREE", "FEE", "MEMBERSHIP_FEE"]).toContain(a.cost.type);
      if (a.cost.type !== "FREE") expect(a.cost.amount).toBeLessThanOrEqual(CHEAP_EUROS);
      expect(a.registration).not.toBeNull();
      if (a.registration.type !== "NONE") expect(a.registration.how ?? a.registration.url).toEqual(expect.any(String));
      expect(a.contact?.phone ?? a.contact?.email ?? a.contact?.web).toEqual(expect.any(String));
      expect(a.nextOccurrences.length).toBeGreaterThan(0);
      expect(new Date(a.nextOccurrences[0].startsAt).getTime()).toBeLessThan(new Date(TO).getTime());
    }
  });

  it("answers it with one SQL statement, and a nested list of it costs the same for 10 or 100 parents", async () => {
    const centre = centreOf(JOENSUU);
    const res = await env.query(ADVISOR_QUESTION.replace(/nextOccurrences[^}]*}|organisation \{ name \}/g, ""), { near: { ...centre, radiusKm: 10 }, point: centre, from: FROM, to: TO, cheap: CHEAP_EUROS });
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const NESTED = `query($first: Int!, $near: NearInput!, $from: DateTimeISO!, $to: DateTimeISO!) { organisations(first: $first) { nodes { id
      activities(first: 3, orderBy: [{ field: DISTANCE }], filter: { cost: [FREE, FEE], maxCostAmount: 10, registration: [NONE, RECOMMENDED, REQUIRED], age: 70,
        noReferralNeeded: true, anonymousAllowed: false, lowThreshold: false, accessibility: [STEP_FREE_ACCESS], status: [ACTIVE, FULL],
        languages: [FI, SV], near: $near, occursBetween: { from: $from, to: $to } }) { totalCount nodes { id cost { type } } } } } }`;
    const vars = { near: { ...centre, radiusKm: 300 }, from: FROM, to: TO };
    const small = await env.query(NESTED, { ...vars, first: 10 });
    const large = await env.query(NESTED, { ...vars, first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.organisations.nodes.some((o: any) => o.activities.totalCount > 0)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });
});

describe("activity filters", () => {
  it("orders by distance only with a point, and refuses a reversed or too long time window", async () => {
    const noPoint = await env.query(`{ activities(orderBy: [{ field: DISTANCE }]) { totalCount } }`);
    expect(noPoint.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DISTANCE_WITHOUT_NEAR" });
    const reversed = await env.query(`{ activities(filter: { occursBetween: { from: "${TO}", to: "${FROM}" } }) { totalCount } }`);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const long = await env.query(`{ activities(filter: { occursBetween: { from: "2026-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z" } }) { totalCount } }`);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "OUT_OF_RANGE" });
    const badRadius = await env.query(`{ activities(filter: { near: { latitude: 62.6, longitude: 29.7, radiusKm: -1 } }) { totalCount } }`);
    expect(badRadius.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badRadius.data ?? null).toBeNull();
  });

  it("pages by distance without repeating or losing any, nearest first", async () => {
    const centre = centreOf(JOENSUU);
    const LIST = `query($near: NearInput!, $point: GeoPointInput!, $after: String) { activities(first: 7, after: $after, orderBy: [{ field: DISTANCE }], filter: { near: $near }) {
      totalCount nodes { id distanceKm(from: $point) } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; distanceKm: number }[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page: any = await env.query(LIST, { near: { ...centre, radiusKm: 60 }, point: centre, after });
      expect(page.errors).toBeUndefined();
      total = page.data.activities.totalCount;
      seen.push(...page.data.activities.nodes);
      if (!page.data.activities.pageInfo.hasNextPage) break;
      after = page.data.activities.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    expect(seen).toHaveLength(total);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.distanceKm).toBeGreaterThanOrEqual(seen[i - 1]!.distanceKm - 0.01);
    expect(Math.max(...seen.map((s) => s.distanceKm))).toBeLessThanOrEqual(60);
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE status <> 'ENDED' AND latitude IS NOT NULL AND
      2 * 6371.0088 * asin(sqrt(power(sin(radians(latitude - $1) / 2), 2) + cos(radians($1)) * cos(radians(latitude)) * power(sin(radians(longitude - $2) / 2), 2))) <= 60`,
    [centre.latitude, centre.longitude]);
    expect(total).toBe(n);
  });

  it("takes a place in every ordering, with a search, and in a nested list, not only when ordered by distance", async () => {
    const centre = centreOf(JOENSUU);
    const near = { ...centre, radiusKm: 60 };
    const byDistance = await env.query(`query($near: NearInput!) { activities(first: 100, orderBy: [{ field: DISTANCE }], filter: { near: $near }) { totalCount nodes { id } } }`, { near });
    expect(byDistance.errors).toBeUndefined();
    const within = new Set(byDistance.data.activities.nodes.map((n: { id: string }) => n.id));
    const word = "ryhmä";
    const asked = [
      [`query($near: NearInput!) { activities(first: 100, filter: { near: $near }) { totalCount nodes { id } } }`, "default order"],
      [`query($near: NearInput!) { activities(first: 100, orderBy: [{ field: NAME }], filter: { near: $near }) { totalCount nodes { id } } }`, "by name"],
      [`query($near: NearInput!) { activities(first: 100, filter: { near: $near, search: "${word}" }) { totalCount nodes { id } } }`, "a search, by relevance"],
      [`query($near: NearInput!) { activities(first: 100, orderBy: [{ field: DISTANCE }], filter: { near: $near, search: "${word}" }) { totalCount nodes { id } } }`, "a search, by distance"],
    ] as const;
    for (const [document, what] of asked) {
      const res = await env.query(document, { near });
      expect({ what, errors: res.errors }).toEqual({ what, errors: undefined });
      // Every answer lies inside the circle; without a search it is the same set as by distance.
      for (const node of res.data.activities.nodes) expect({ what, inside: within.has(node.id) || byDistance.data.activities.totalCount > 100 }).toEqual({ what, inside: true });
      if (!what.startsWith("a search")) expect({ what, total: res.data.activities.totalCount }).toEqual({ what, total: byDistance.data.activities.totalCount });
    }
    const nested = await env.query(`query($near: NearInput!) { organisations(first: 5) { nodes { activities(first: 3, filter: { near: $near }) { totalCount } } } }`, { near });
    expect(nested.errors).toBeUndefined();
  });

  it("filters by cost, registration, age, flags and accessibility as the stored values say", async () => {
    const q = `query($f: ActivityFilter!) { activities(first: 1, filter: $f) { totalCount } }`;
    const count = async (filter: object) => {
      const res = await env.query(q, { f: filter });
      expect(res.errors).toBeUndefined();
      return res.data.activities.totalCount as number;
    };
    const sql = async (where: string, params: unknown[] = []) => (await env.database.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE status <> 'ENDED' AND ${where}`, params))[0].n;
    const cases: [object, string, unknown[]][] = [
      [{ cost: ["FEE", "MEMBERSHIP_FEE"] }, `cost_type IN ('FEE','MEMBERSHIP_FEE')`, []],
      [{ cost: ["UNKNOWN"] }, `cost_type = 'UNKNOWN'`, []],
      [{ maxCostAmount: 3 }, `(cost_type = 'FREE' OR (cost_type <> 'UNKNOWN' AND cost_amount <= 3))`, []],
      [{ registration: ["REQUIRED"] }, `registration = 'REQUIRED'`, []],
      [{ age: 16 }, `COALESCE(age_min, 0) <= 16 AND COALESCE(age_max, 999) >= 16`, []],
      [{ lowThreshold: true, anonymousAllowed: true }, `low_threshold AND anonymous_allowed`, []],
      [{ noReferralNeeded: false }, `NOT no_referral_needed`, []],
      [{ accessibility: ["STEP_FREE_ACCESS", "ACCESSIBLE_TOILET"] }, `accessibility @> '{STEP_FREE_ACCESS,ACCESSIBLE_TOILET}'`, []],
      [{ languages: ["SV", "SE"] }, `languages && '{SV,SE}'`, []],
    ];
    for (const [filter, where, params] of cases) {
      const n = await sql(where, params);
      expect({ filter, n: await count(filter) }).toEqual({ filter, n });
      expect(n).toBeGreaterThan(0);
    }
    // Each listed status, and the default hiding only ENDED.
    expect(await count({ status: ["PAUSED", "FULL"] })).toBe(await sql(`status IN ('PAUSED','FULL')`));
    expect(await count({ status: ["PAUSED", "FULL"] })).toBeGreaterThan(0);
  });
});

describe("writing an activity's details", () => {
  it("stores a rule as local times across summer time, skips holidays, hides ENDED by default and never defaults to free", async () => {
    const admin = { token: await env.token({ roles: ["admin"] }) };
    const org = await env.query(`mutation { createOrganisation(input: { nameFi: "Joensuun Miesten Kahvila ry", kind: LOCAL, municipalityCodes: ["167"] }) { id } }`, undefined, admin);
    expect(org.errors).toBeUndefined();
    const create = await env.query(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id cost { type } freeOfCharge status
        recurrence { weekdays startTime endTime startDate endDate exceptHolidays }
        nextOccurrences(first: 4, from: "2027-03-15T00:00:00Z") { startsAt endsAt }
        location { venueName postalCode municipality { code } latitude longitude } registration { type how url } contact { phone email web } } }`, {
      input: {
        organisationId: org.data.createOrganisation.id, nameFi: "Maanantain miesten ryhmä", kind: "PEER_SUPPORT", municipalityCodes: ["167"],
        recurrence: [{ weekdays: ["MONDAY"], startTime: "10:00", endTime: "12:00", startDate: "2027-03-15", endDate: "2027-04-12" }],
        location: { venueName: "Järjestötalo", streetAddress: "Rantakatu 1", postalCode: "80100", postOffice: "Joensuu", municipalityCode: "167", latitude: 62.6, longitude: 29.76 },
        registration: { type: "RECOMMENDED", how: "Soita ohjaajalle", url: "https://example.fi/ilmo" },
        contact: { phone: "+358 13 123 4567", email: "ryhma@example.fi", web: "https://example.fi" },
      },
    }, admin);
    expect(create.errors).toBeUndefined();
    const a = create.data.createActivity;
    expect(a.cost.type).toBe("UNKNOWN");
    expect(a.freeOfCharge).toBe(false);
    expect(a.status).toBe("ACTIVE");
    expect(a.recurrence[0]).toMatchObject({ weekdays: ["MONDAY"], startTime: "10:00", exceptHolidays: true, endDate: "2027-04-12" });
    // 10:00 in Helsinki: EET (+2) before 28.3.2027, EEST (+3) after; Easter Monday 29.3. left out.
    expect(a.nextOccurrences).toEqual([
      { startsAt: "2027-03-15T08:00:00.000Z", endsAt: "2027-03-15T10:00:00.000Z" },
      { startsAt: "2027-03-22T08:00:00.000Z", endsAt: "2027-03-22T10:00:00.000Z" },
      { startsAt: "2027-04-05T07:00:00.000Z", endsAt: "2027-04-05T09:00:00.000Z" },
      { startsAt: "2027-04-12T07:00:00.000Z", endsAt: "2027-04-12T09:00:00.000Z" },
    ]);
    expect(a.location).toMatchObject({ postalCode: "80100", municipality: { code: "167" }, latitude: 62.6 });

    const easterWeek = `query($id: ID!) { organisation: node(id: $id) { ... on Organisation { activities(filter: { occursBetween: { from: "2027-03-29T00:00:00+03:00", to: "2027-04-04T00:00:00+03:00" } }) { totalCount } } } }`;
    const week = `query($id: ID!) { organisation: node(id: $id) { ... on Organisation { activities(filter: { occursBetween: { from: "2027-04-05T09:30:00+03:00", to: "2027-04-06T00:00:00+03:00" } }) { totalCount } } } }`;
    expect((await env.query(easterWeek, { id: org.data.createOrganisation.id })).data.organisation.activities.totalCount).toBe(0);
    expect((await env.query(week, { id: org.data.createOrganisation.id })).data.organisation.activities.totalCount).toBe(1);

    // Moving the rule moves what occursBetween finds; ENDED leaves the default list.
    const update = await env.query(`mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { status cost { type amount } } }`, {
      id: a.id, input: { status: "ENDED", cost: { type: "FEE", amount: 2.5, description: "2,50 € / kerta" }, recurrence: [{ weekdays: ["TUESDAY"], startTime: "10:00", endTime: "12:00", startDate: "2027-03-15", endDate: "2027-04-12" }] },
    }, admin);
    expect(update.errors).toBeUndefined();
    expect(update.data.updateActivity).toEqual({ status: "ENDED", cost: { type: "FEE", amount: 2.5 } });
    const list = `query($id: ID!, $status: [ActivityStatus!]) { organisation: node(id: $id) { ... on Organisation { activities(filter: { status: $status, occursBetween: { from: "2027-04-06T00:00:00+03:00", to: "2027-04-07T00:00:00+03:00" } }) { totalCount } } } }`;
    expect((await env.query(list, { id: org.data.createOrganisation.id })).data.organisation.activities.totalCount).toBe(0);
    expect((await env.query(list, { id: org.data.createOrganisation.id, status: ["ENDED"] })).data.organisation.activities.totalCount).toBe(1);
    expect((await env.query(week, { id: org.data.createOrganisation.id })).data.organisation.activities.totalCount).toBe(0);
  });

  it("refuses bad details with a stable reason and writes nothing", async () => {
    const admin = { token: await env.token({ roles: ["admin"] }) };
    const org = await env.query(`mutation { createOrganisation(input: { nameFi: "Virheiden Testiyhdistys ry", kind: LOCAL }) { id } }`, undefined, admin);
    const orgId = org.data.createOrganisation.id;
    const make = (extra: object) => env.query(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
      input: { organisationId: orgId, nameFi: "Virheellinen", kind: "EVENT", ...extra },
    }, admin);
    const cases: [object, string][] = [
      [{ recurrence: [{ weekdays: ["MONDAY"], startTime: "25:00", endTime: "12:00", startDate: "2027-01-01" }] }, "INVALID_RECURRENCE"],
      [{ recurrence: [{ weekdays: [], startTime: "10:00", endTime: "12:00", startDate: "2027-01-01" }] }, "INVALID_RECURRENCE"],
      [{ recurrence: [{ weekdays: ["MONDAY"], startTime: "10:00", endTime: "12:00", startDate: "2027-01-01", endDate: "2035-01-01" }] }, "INVALID_RECURRENCE"],
      [{ location: { latitude: 62.6 } }, "REQUIRED"],
      [{ ageMin: 70, ageMax: 60 }, "OUT_OF_RANGE"],
      [{ cost: { type: "FREE" }, freeOfCharge: true }, "ONE_OF"],
      [{ occurrences: [{ startsAt: "2027-01-02T10:00:00Z", endsAt: "2027-01-01T10:00:00Z" }] }, "ENDS_BEFORE_START"],
    ];
    for (const [extra, reason] of cases) {
      const res = await make(extra);
      expect({ extra, ext: res.errors?.[0]?.extensions }).toMatchObject({ extra, ext: { code: "BAD_USER_INPUT", reason } });
    }
    const invalid = await make({ location: { postalCode: "8010" }, contact: { email: "not an address" } });
    expect(invalid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE name_fi = 'Virheellinen'`);
    expect(n).toBe(0);
  });
});

describe("what a search page counts and centres on", () => {
  it("gives each municipality's centre as the reference data has it (none where it has none)", async () => {
    const res = await env.query(`{ regions { municipalities { code centre { latitude longitude } } } }`);
    expect(res.errors).toBeUndefined();
    const municipalities = (res.data.regions as { municipalities: { code: string; centre: { latitude: number; longitude: number } | null }[] }[]).flatMap((r) => r.municipalities);
    expect(municipalities.length).toBeGreaterThan(300);
    for (const m of municipalities) {
      let expected: { latitude: number; longitude: number } | null = null;
      try { expected = centreOf(m.code); } catch { /* the source has none */ }
      expect({ code: m.code, centre: m.centre }).toEqual({ code: m.code, centre: expected });
    }
    expect(municipalities.filter((m) => m.centre === null).length).toBeLessThan(3);
  });

  it("counts facets over the activities the list shows: an ENDED one only when the filter asks for it", async () => {
    const admin = { token: await env.token({ roles: ["admin"] }) };
    const org = await env.query(`mutation { createOrganisation(input: { nameFi: "Päättyneiden Ryhmien Yhdistys ry", kind: LOCAL, municipalityCodes: ["${JOENSUU}"] }) { id } }`, undefined, admin);
    expect(org.errors).toBeUndefined();
    const ended = await env.query(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status } }`, {
      input: { organisationId: org.data.createOrganisation.id, nameFi: "Päättynyt ryhmä", kind: "PEER_SUPPORT", municipalityCodes: [JOENSUU], status: "ENDED", cost: { type: "FREE" } },
    }, admin);
    expect(ended.errors).toBeUndefined();
    const FACETED = `query($f: ActivityFilter) { activities(first: 0, filter: $f) { totalCount facets { municipalities { value count } kinds { value count } } } }`;
    for (const filter of [{ municipalityCodes: [JOENSUU] }, { municipalityCodes: [JOENSUU], status: ["ENDED"] }]) {
      const res = await env.query(FACETED, { f: filter });
      expect(res.errors).toBeUndefined();
      const { totalCount, facets } = res.data.activities;
      expect(totalCount).toBeGreaterThan(0);
      // The municipality's own count is what ticking it shows; one kind each, so the kinds add up to the total.
      expect(facets.municipalities.find((f: { value: string }) => f.value === JOENSUU).count).toBe(totalCount);
      expect(facets.kinds.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(totalCount);
    }
  });
});
