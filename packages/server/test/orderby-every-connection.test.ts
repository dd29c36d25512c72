import { toGlobalId } from "@yhdyspinta/core/internal";
import { createTestEnvironment, walkBothWays, type ConnectionPage, type TestEnvironment } from "@yhdyspinta/testing";

// Issue 13, point 1: every connection takes orderBy, and pages both ways in the order asked.
let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment({ seed: "demo" });
  await addFixtures();
}, 180_000);
afterAll(async () => { await env?.close(); });

const sql = (text: string, params: unknown[] = []) => env.database.dataSource.query(text, params);

/**
 * The demo data gives each body a few rows of each kind; one body, one consultation and one call get
 * more, with repeated values, so multi-key orders and id tie-breaks are exercised.
 */
let bodyId: number;
let consultationId: number;
let callId: number;
let milestoneId: number;
async function addFixtures() {
  [{ id: bodyId }] = await sql(`SELECT b.id FROM cooperation_body b ORDER BY b.id LIMIT 1`);
  const orgs: { id: number }[] = await sql(`SELECT id FROM organisation ORDER BY id LIMIT 9`);
  for (let i = 0; i < 9; i++) {
    await sql(`INSERT INTO cooperation_body_member (body_id, side, role, term_starts_on, term_ends_on) VALUES ($1, $2, $3, $4, $5)`,
      [bodyId, ["NGO", "COUNTY", "MUNICIPALITY"][i % 3], ["MEMBER", "CHAIR", "DEPUTY"][i % 2], i % 4 ? `2025-0${1 + (i % 3)}-01` : null, i % 3 ? null : "2027-12-31"]);
    await sql(`INSERT INTO cooperation_body_meeting (body_id, starts_at, place) VALUES ($1, $2, 'Sali')`, [bodyId, `2026-0${1 + (i % 4)}-10T10:00:00Z`]);
    await sql(`INSERT INTO cooperation_body_output (body_id, kind, title, issued_on) VALUES ($1, $2, $3, $4)`,
      [bodyId, i % 2 ? "STATEMENT" : "REPORT", ["Ääni", "aamu", "Östra", "Zeta", "Åbo"][i % 5], `2025-1${i % 3}-01`]);
  }
  [{ id: consultationId }] = await sql(`SELECT id FROM consultation ORDER BY id LIMIT 1`);
  await sql(`DELETE FROM consultation_response WHERE consultation_id = $1`, [consultationId]);
  for (let i = 0; i < 9; i++) {
    await sql(`INSERT INTO consultation_response (consultation_id, organisation_id, statement, created_at, updated_at) VALUES ($1, $2, 'Lausunto', $3, $4)`,
      [consultationId, orgs[i]!.id, `2026-01-0${1 + (i % 3)}T00:00:00Z`, `2026-02-0${1 + (i % 2)}T00:00:00Z`]);
  }
  [{ id: callId }] = await sql(`SELECT id FROM representative_call ORDER BY id LIMIT 1`);
  await sql(`DELETE FROM representative_nomination WHERE call_id = $1`, [callId]);
  for (let i = 0; i < 9; i++) {
    await sql(`INSERT INTO representative_nomination (call_id, organisation_id, member_name, created_at, updated_at) VALUES ($1, $2, 'Demo Ehdokas', $3, $4)`,
      [callId, orgs[i]!.id, `2026-01-0${1 + (i % 2)}T00:00:00Z`, `2026-03-0${1 + (i % 3)}T00:00:00Z`]);
  }
  for (let i = 0; i < 4; i++) {
    const [{ id }] = await sql(`INSERT INTO consultation (subject, opens_on, deadline, created_at) VALUES ($1, $2, '2026-06-30', $3) RETURNING id`,
      [["Östra", "ääni", "Aamu", "Zeta"][i], `2026-0${1 + (i % 2)}-01`, `2026-01-0${1 + (i % 2)}T00:00:00Z`]);
    await sql(`INSERT INTO consultation_region (consultation_id, region_code) VALUES ($1, '13')`, [id]);
  }
  [{ id: milestoneId }] = await sql(`SELECT milestone_id AS id FROM milestone_event GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  // More history for that milestone: copies of its first event at other times.
  for (let i = 0; i < 5; i++) {
    await sql(`INSERT INTO milestone_event (milestone_id, type, previous_status, new_status, region_code, kind, occurred_at)
      SELECT milestone_id, 'UPDATED', new_status, new_status, region_code, kind, $2 FROM milestone_event WHERE milestone_id = $1 ORDER BY id LIMIT 1`,
    [milestoneId, `2026-0${1 + (i % 3)}-01T00:00:00Z`]);
  }
}

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);

describe("every connection", () => {
  it("takes first, after, last, before and an orderBy list of a sort-key input", async () => {
    const typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";
    const res = await env.query(`{ __schema { types { name kind fields { name type { ${typeRef} } args { name type { ${typeRef} } } } } } }`);
    expect(res.errors).toBeUndefined();
    const types: { name: string; kind: string; fields: { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[] | null }[] = res.data.__schema.types;
    const inputs = new Map(types.map((t) => [t.name, t]));
    const connections = types.filter((t) => t.kind === "OBJECT" && !t.name.startsWith("__"))
      .flatMap((t) => (t.fields ?? []).filter((f) => /Connection$/.test(named(f.type))).map((f) => ({ at: `${t.name}.${f.name}`, args: f.args })));
    // The schema has many; a broken derivation must not pass by finding none.
    expect(connections.length).toBeGreaterThan(20);
    const problems = connections.flatMap(({ at, args }) => {
      const names = args.map((a) => a.name);
      const missing = ["first", "after", "last", "before", "orderBy"].filter((n) => !names.includes(n)).map((n) => `${at}: no ${n}`);
      const orderBy = args.find((a) => a.name === "orderBy");
      if (!orderBy) return missing;
      // [XOrder!]: a list of non-null inputs with a field enum and a direction.
      const list = orderBy.type.kind === "NON_NULL" ? orderBy.type.ofType! : orderBy.type;
      const input = inputs.get(named(orderBy.type));
      const shapeOk = list.kind === "LIST" && list.ofType?.kind === "NON_NULL" && input?.kind === "INPUT_OBJECT" && /Order$/.test(input.name);
      return shapeOk ? missing : [...missing, `${at}: orderBy is not [XOrder!]`];
    });
    expect(problems).toEqual([]);
  });

  it("orders by sort-key inputs that have a field enum, a direction and a language", async () => {
    const res = await env.query(`{ __schema { types { name kind inputFields { name type { kind name ofType { kind name } } } } } }`);
    const orders = (res.data.__schema.types as { name: string; kind: string; inputFields: { name: string; type: TypeRef }[] | null }[])
      .filter((t) => t.kind === "INPUT_OBJECT" && /Order$/.test(t.name));
    expect(orders.length).toBeGreaterThan(10);
    for (const order of orders) {
      expect({ order: order.name, fields: order.inputFields!.map((f) => f.name).sort() }).toEqual({ order: order.name, fields: ["direction", "field", "language"] });
      const field = order.inputFields!.find((f) => f.name === "field")!;
      expect({ order: order.name, field: named(field.type) }).toEqual({ order: order.name, field: `${order.name}Field` });
    }
  });
});

type Item = { field: string; direction?: "ASC" | "DESC"; language?: string };

/**
 * Walks a connection to its end with first/after, then from its end with last/before, checking
 * pageInfo on the way; `select` wraps the connection's selection into a whole query.
 */
async function walk(select: (connection: string) => string, pick: (data: any) => ConnectionPage, orderType: string, orderBy: Item[], size: number) {
  const doc = (c: string) => `query($orderBy: [${orderType}!], $first: Int, $after: String, $last: Int, $before: String) { ${select(c)} }`;
  const args = "orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before";
  const query = doc(`(${args}) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`);
  const { forwards, backwards } = await walkBothWays(size, async (page) => {
    const res: any = await env.query(query, { orderBy, ...page });
    expect(res.errors).toBeUndefined();
    return pick(res.data);
  });
  // A cursor of this ordering is refused under another (here: the first key turned round).
  if (forwards.length > size) {
    const res: any = await env.query(query, { orderBy: [{ ...orderBy[0], direction: orderBy[0]!.direction === "DESC" ? "ASC" : "DESC" }, ...orderBy.slice(1)], first: size, after: firstCursor(await env.query(query, { orderBy, first: size })) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
  }
  return { forwards, backwards };

  function firstCursor(res: any): string {
    return pick(res.data).pageInfo.endCursor!;
  }
}

/** SQL ORDER BY written out here: missing dates last ascending, the id last in the last key's direction. */
function orderSql(keys: [string, "ASC" | "DESC"][], nulls = true): string {
  const parts = keys.map(([expr, dir]) => `${expr} ${dir}${nulls ? ` NULLS ${dir === "ASC" ? "LAST" : "FIRST"}` : ""}`);
  return [...parts, `t.id ${keys[keys.length - 1]![1]}`].join(", ");
}

async function expectedIds(typeName: string, from: string, order: string, params: unknown[] = []): Promise<string[]> {
  const rows: { id: string | number }[] = await sql(`SELECT t.id FROM ${from} ORDER BY ${order}`, params);
  return rows.map((r) => toGlobalId(typeName, r.id));
}

const FAMILIES: {
  name: string; orderType: string; orderBy: Item[]; size: number;
  select: (c: string) => string; pick: (d: any) => ConnectionPage; expected: () => Promise<string[]>;
}[] = [
  {
    name: "consultations (root)", orderType: "ConsultationOrder", size: 4,
    orderBy: [{ field: "OPENS_ON", direction: "DESC" }, { field: "SUBJECT" }],
    select: (c) => `consultations${c}`, pick: (d) => d.consultations,
    expected: () => expectedIds("Consultation", "consultation t", orderSql([["t.opens_on", "DESC"], [`t.subject COLLATE "fi-x-icu"`, "ASC"]])),
  },
  {
    name: "contactRoles (root)", orderType: "ContactRoleOrder", size: 25,
    orderBy: [{ field: "TYPE", direction: "DESC" }, { field: "VALID_UNTIL" }],
    select: (c) => `contactRoles${c}`, pick: (d) => d.contactRoles,
    expected: () => expectedIds("ContactRole", "contact_role t", orderSql([["t.type", "DESC"], ["t.valid_until", "ASC"]])),
  },
  {
    name: "milestoneEvents (root), by time then sequence descending", orderType: "MilestoneEventOrder", size: 30,
    orderBy: [{ field: "OCCURRED_AT", direction: "DESC" }, { field: "SEQUENCE", direction: "DESC" }],
    select: (c) => `milestoneEvents${c}`, pick: (d) => d.milestoneEvents,
    expected: () => expectedIds("MilestoneEvent", "milestone_event t", "t.occurred_at DESC, t.id DESC"),
  },
  {
    name: "PreparationMilestone.events", orderType: "MilestoneEventOrder", size: 2,
    orderBy: [{ field: "OCCURRED_AT" }],
    select: (c) => `node(id: "${toGlobalId("PreparationMilestone", milestoneId)}") { ... on PreparationMilestone { events${c} } }`, pick: (d) => d.node.events,
    expected: () => expectedIds("MilestoneEvent", "milestone_event t WHERE t.milestone_id = $1", "t.occurred_at, t.id", [milestoneId]),
  },
  {
    name: "CooperationBody.members", orderType: "CooperationBodyMemberOrder", size: 3,
    orderBy: [{ field: "TERM_STARTS_ON" }, { field: "ROLE", direction: "DESC" }],
    select: (c) => `cooperationBody(id: "${toGlobalId("CooperationBody", bodyId)}") { members${c} }`, pick: (d) => d.cooperationBody.members,
    expected: () => expectedIds("CooperationBodyMember", "cooperation_body_member t WHERE t.body_id = $1", orderSql([
      ["t.term_starts_on", "ASC"],
      [`array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER','DEPUTY','SECRETARY'], t.role)`, "DESC"],
    ]), [bodyId]),
  },
  {
    name: "CooperationBody.meetings", orderType: "CooperationBodyMeetingOrder", size: 4,
    orderBy: [{ field: "STARTS_AT", direction: "DESC" }],
    select: (c) => `cooperationBody(id: "${toGlobalId("CooperationBody", bodyId)}") { meetings${c} }`, pick: (d) => d.cooperationBody.meetings,
    expected: () => expectedIds("CooperationBodyMeeting", "cooperation_body_meeting t WHERE t.body_id = $1", orderSql([["t.starts_at", "DESC"]]), [bodyId]),
  },
  {
    name: "CooperationBody.outputs", orderType: "CooperationBodyOutputOrder", size: 3,
    orderBy: [{ field: "KIND" }, { field: "TITLE", direction: "DESC" }],
    select: (c) => `cooperationBody(id: "${toGlobalId("CooperationBody", bodyId)}") { outputs${c} }`, pick: (d) => d.cooperationBody.outputs,
    expected: () => expectedIds("CooperationBodyOutput", "cooperation_body_output t WHERE t.body_id = $1",
      orderSql([["t.kind", "ASC"], [`t.title COLLATE "fi-x-icu"`, "DESC"]]), [bodyId]),
  },
  {
    name: "Consultation.responses", orderType: "ConsultationResponseOrder", size: 2,
    orderBy: [{ field: "UPDATED_AT", direction: "DESC" }, { field: "CREATED_AT" }],
    select: (c) => `node(id: "${toGlobalId("Consultation", consultationId)}") { ... on Consultation { responses${c} } }`, pick: (d) => d.node.responses,
    expected: () => expectedIds("ConsultationResponse", "consultation_response t WHERE t.consultation_id = $1",
      orderSql([["t.updated_at", "DESC"], ["t.created_at", "ASC"]]), [consultationId]),
  },
  {
    name: "RepresentativeCall.nominations", orderType: "RepresentativeNominationOrder", size: 4,
    orderBy: [{ field: "UPDATED_AT" }, { field: "CREATED_AT", direction: "DESC" }],
    select: (c) => `node(id: "${toGlobalId("RepresentativeCall", callId)}") { ... on RepresentativeCall { nominations${c} } }`, pick: (d) => d.node.nominations,
    expected: () => expectedIds("RepresentativeNomination", "representative_nomination t WHERE t.call_id = $1",
      orderSql([["t.updated_at", "ASC"], ["t.created_at", "DESC"]]), [callId]),
  },
  {
    name: "WellbeingRegion.contactRoles", orderType: "ContactRoleOrder", size: 3,
    orderBy: [{ field: "TYPE" }, { field: "CREATED_AT", direction: "DESC" }],
    select: (c) => `region(code: "13") { contactRoles${c} }`, pick: (d) => d.region.contactRoles,
    expected: () => expectedIds("ContactRole", `contact_role t WHERE t.region_code = '13' OR t.municipality_code IN (SELECT code FROM municipality WHERE region_code = '13')`,
      orderSql([["t.type", "ASC"], ["t.created_at", "DESC"]])),
  },
  {
    name: "WellbeingRegion.consultations", orderType: "ConsultationOrder", size: 1,
    orderBy: [{ field: "CREATED_AT" }],
    select: (c) => `region(code: "13") { consultations${c} }`, pick: (d) => d.region.consultations,
    expected: () => expectedIds("Consultation", `consultation t WHERE EXISTS (SELECT 1 FROM consultation_region r WHERE r.consultation_id = t.id AND r.region_code = '13')
      OR EXISTS (SELECT 1 FROM consultation_municipality cm JOIN municipality m ON m.code = cm.municipality_code WHERE cm.consultation_id = t.id AND m.region_code = '13')`,
    orderSql([["t.created_at", "ASC"]])),
  },
];

describe("new orderings, paged forwards and backwards", () => {
  it.each(FAMILIES.map((f) => [f.name, f]))("%s", async (_, family) => {
    const expected = await family.expected();
    // Enough rows for several pages, or the walk proves little.
    expect(expected.length).toBeGreaterThan(family.size);
    const { forwards, backwards } = await walk(family.select, family.pick, family.orderType, family.orderBy, family.size);
    expect(forwards).toEqual(expected);
    expect(backwards).toEqual(expected);
  });

  it("keeps each list's old order without orderBy", async () => {
    const body = toGlobalId("CooperationBody", bodyId);
    const res: any = await env.query(`{ cooperationBody(id: "${body}") { outputs(first: 100) { nodes { id } } meetings(first: 100) { nodes { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.cooperationBody.outputs.nodes.map((n: { id: string }) => n.id))
      .toEqual(await expectedIds("CooperationBodyOutput", "cooperation_body_output t WHERE t.body_id = $1", "t.issued_on DESC, t.id DESC", [bodyId]));
    expect(res.data.cooperationBody.meetings.nodes.map((n: { id: string }) => n.id))
      .toEqual(await expectedIds("CooperationBodyMeeting", "cooperation_body_meeting t WHERE t.body_id = $1", "t.starts_at, t.id", [bodyId]));
    const events: any = await env.query(`{ milestoneEvents(first: 5) { nodes { cursor } pageInfo { endCursor } } }`);
    const ids = events.data.milestoneEvents.nodes.map((n: { cursor: string }) => Number(n.cursor));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // In sequence order `after` still takes an event's decimal cursor (the subscription's spelling); in another order it is refused.
    const resumed: any = await env.query(`query($a: String) { milestoneEvents(first: 1, after: $a) { nodes { cursor } } }`, { a: String(ids[0]) });
    expect(resumed.data.milestoneEvents.nodes[0].cursor).toBe(String(ids[1]));
    const other: any = await env.query(`query($a: String) { milestoneEvents(first: 1, after: $a, orderBy: [{ field: OCCURRED_AT }]) { nodes { cursor } } }`, { a: String(ids[0]) });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
  });
});

describe("municipalities (reference data, sorted in memory)", () => {
  const collated = (language: "fi" | "sv") => new Intl.Collator(language);

  it.each([
    ["Swedish name descending", [{ field: "NAME", direction: "DESC", language: "SV" }], (rows: any[]) =>
      [...rows].sort((a, b) => -collated("sv").compare(a.name_sv, b.name_sv) || (a.code < b.code ? 1 : -1))],
    ["Finnish name", [{ field: "NAME" }], (rows: any[]) =>
      [...rows].sort((a, b) => collated("fi").compare(a.name_fi, b.name_fi) || (a.code < b.code ? -1 : 1))],
    ["code descending", [{ field: "CODE", direction: "DESC" }], (rows: any[]) => [...rows].sort((a, b) => (a.code < b.code ? 1 : -1))],
  ] as [string, Item[], (rows: any[]) => any[]][])("by %s, both ways", async (_, orderBy, sort) => {
    const rows = await sql(`SELECT code, name_fi, name_sv FROM municipality WHERE region_code = '13'`);
    const expected = sort(rows).map((r) => toGlobalId("Municipality", r.code));
    const { forwards, backwards } = await walk((c) => `municipalities(filter: { regionCode: "13" }, ${c.slice(1)}`,
      (d) => d.municipalities, "MunicipalityOrder", orderBy, 5);
    expect(forwards).toEqual(expected);
    expect(backwards).toEqual(expected);
  });
});
