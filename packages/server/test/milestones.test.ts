import { NATIONAL_TIMELINE } from "@yhdyspinta/core/internal";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
/** Writes need a token: an admin (national and any region), and a coordinator of region 01 for its own milestones. */
let admin: string;
let coord01: string;
beforeAll(async () => {
  env = await createTestEnvironment();
  admin = await env.token({ roles: ["admin"], subject: "admin" });
  coord01 = await env.token({ roles: ["coordinator"], regions: ["01"], subject: "coord-01" });
});
afterAll(async () => { await env?.close(); });

const CREATE = `mutation($input: CreateMilestoneInput!) {
  createMilestone(input: $input) { id kind status dueDate national title titles { fi sv en } region { code } organisation { id } }
}`;
const LIST = `query($filter: MilestoneFilter, $first: Int, $after: String) {
  milestones(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id title dueDate kind status sourceUrl region { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

async function create(input: Record<string, unknown>, token = admin) {
  const res = await env.query(CREATE, { input }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.createMilestone;
}

describe("preparation milestones", () => {
  it("ships the real national timeline, completed, in date order", async () => {
    const res = await env.query(LIST, { filter: { includeNational: true, regionCodes: [] }, first: 20 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.milestones.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.dueDate)).toEqual(NATIONAL_TIMELINE.map((m) => m.dueDate));
    expect(nodes.slice(0, 6).map((n: any) => n.dueDate)).toEqual(["2020-12-08", "2021-06-23", "2021-07-01", "2022-01-23", "2022-03-01", "2023-01-01"]);
    // The county elections with the municipal elections and the new councils' term (issue 15), with their sources.
    expect(nodes).toEqual(expect.arrayContaining([
      expect.objectContaining({ dueDate: "2025-04-13", kind: "REGIONAL_ELECTION", status: "COMPLETED", sourceUrl: expect.stringMatching(/^https:\/\/vaalit\.fi\//) }),
      expect.objectContaining({ dueDate: "2025-06-01", kind: "COUNCIL_STARTED", status: "COMPLETED" }),
    ]));
    expect(nodes.map((n: any) => n.status)).toEqual(NATIONAL_TIMELINE.map((m) => m.status));
    expect(nodes.every((n: any) => n.region === null)).toBe(true);
  });

  it("creates regional milestones and filters by region, kind, status and nationality, page by page", async () => {
    const org = (await env.query(`mutation { createOrganisation(input: { nameFi: "Keski-Suomen Järjestöt ry", kind: DISTRICT, regionCodes: ["15"] }) { id } }`, undefined, { token: admin })).data.createOrganisation;
    const hearing = await create({ regionCode: "15", kind: "NGO_HEARING", titleFi: "Järjestöjen kuuleminen", titleSv: "Hörande", dueDate: "2026-03-10", organisationId: org.id });
    expect(hearing).toMatchObject({ kind: "NGO_HEARING", status: "PLANNED", dueDate: "2026-03-10", national: false, region: { code: "15" }, organisation: { id: org.id }, titles: { fi: "Järjestöjen kuuleminen", sv: "Hörande", en: null } });
    await create({ regionCode: "15", kind: "STRATEGY_APPROVED", titleFi: "Strategia", dueDate: "2025-05-01", status: "COMPLETED" });
    await create({ regionCode: "06", kind: "NGO_HEARING", titleFi: "Pirkanmaan kuuleminen", dueDate: "2026-01-15" });

    const regional = await env.query(LIST, { filter: { regionCodes: ["15"], includeNational: false } });
    expect(regional.data.milestones.edges.map((e: any) => e.node.title)).toEqual(["Strategia", "Järjestöjen kuuleminen"]);
    const withNational = await env.query(LIST, { filter: { regionCodes: ["15"] } });
    expect(withNational.data.milestones.totalCount).toBe(NATIONAL_TIMELINE.length + 2);
    const hearings = await env.query(LIST, { filter: { kinds: ["NGO_HEARING"] } });
    expect(hearings.data.milestones.edges.map((e: any) => e.node.region.code)).toEqual(["06", "15"]);
    const planned = await env.query(LIST, { filter: { status: ["PLANNED"], includeNational: false } });
    expect(planned.data.milestones.totalCount).toBe(2);

    const first = await env.query(LIST, { first: 4 });
    const second = await env.query(LIST, { first: 4, after: first.data.milestones.pageInfo.endCursor });
    const all = await env.query(LIST, { first: 100 });
    expect([...first.data.milestones.edges, ...second.data.milestones.edges].map((e: any) => e.node.id))
      .toEqual(all.data.milestones.edges.map((e: any) => e.node.id).slice(0, 8));

    const region = await env.query(`{ region(code: "15") { milestones { nodes { title } } all: milestones(includeNational: true) { totalCount } } }`);
    expect(region.data.region.milestones.nodes.map((n: any) => n.title)).toEqual(["Strategia", "Järjestöjen kuuleminen"]);
    expect(region.data.region.all.totalCount).toBe(NATIONAL_TIMELINE.length + 2);

    const node = await env.query(`query($id: ID!) { node(id: $id) { __typename ... on PreparationMilestone { title(language: SV) } } }`, { id: hearing.id });
    expect(node.data.node).toEqual({ __typename: "PreparationMilestone", title: "Hörande" });
  });

  it("records an event for every change by the region's coordinator, with previous and new status and the note", async () => {
    const m = await create({ regionCode: "01", kind: "COMMITTEE_FOUNDED", titleFi: "Järjestöneuvottelukunta", dueDate: "2026-02-01" }, coord01);
    const changed = await env.query(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "Valmistelu alkoi") { status } }`, { id: m.id }, { token: coord01 });
    expect(changed.data.changeMilestoneStatus.status).toBe("IN_PROGRESS");
    const updated = await env.query(`mutation($id: ID!) { updateMilestone(id: $id, input: { dueDate: "2026-04-01", titleEn: "NGO advisory board" }) { dueDate title(language: EN) } }`, { id: m.id }, { token: coord01 });
    expect(updated.data.updateMilestone).toEqual({ dueDate: "2026-04-01", title: "NGO advisory board" });
    const same = await env.query(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS) { status } }`, { id: m.id }, { token: coord01 });
    expect(same.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "STATUS_UNCHANGED" });

    const events = await env.query(`query($id: ID!) { node(id: $id) { ... on PreparationMilestone { events { nodes { type previousStatus newStatus note cursor milestone { id } } } } } }`, { id: m.id });
    const nodes = events.data.node.events.nodes;
    expect(nodes.map((e: any) => [e.type, e.previousStatus, e.newStatus, e.note])).toEqual([
      ["CREATED", null, "PLANNED", null],
      ["STATUS_CHANGED", "PLANNED", "IN_PROGRESS", "Valmistelu alkoi"],
      ["UPDATED", "IN_PROGRESS", "IN_PROGRESS", null],
    ]);
    const cursors = nodes.map((e: any) => BigInt(e.cursor));
    expect(cursors[0] < cursors[1] && cursors[1] < cursors[2]).toBe(true);
    expect(nodes.every((e: any) => e.milestone.id === m.id)).toBe(true);

    const history = await env.query(`{ milestoneEvents(filter: { regionCodes: ["01"], includeNational: false }) { totalCount nodes { type } } }`);
    expect(history.data.milestoneEvents.nodes.map((e: any) => e.type)).toEqual(["CREATED", "STATUS_CHANGED", "UPDATED"]);
    const page1 = await env.query(`{ milestoneEvents(first: 2) { edges { cursor } pageInfo { endCursor } } }`);
    const page2 = await env.query(`query($a: String) { milestoneEvents(first: 2, after: $a) { edges { node { cursor } } pageInfo { hasPreviousPage } } }`, { a: page1.data.milestoneEvents.pageInfo.endCursor });
    expect(page2.errors).toBeUndefined();
    expect(page2.data.milestoneEvents.pageInfo.hasPreviousPage).toBe(true);
  });

  it("refuses unknown kinds, regions and organisations with BAD_USER_INPUT, writing nothing", async () => {
    const [{ n: before }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM milestone_event`);
    const kind = await env.query(CREATE, { input: { kind: "NO_SUCH_KIND", titleFi: "x", dueDate: "2026-01-01" } }, { token: admin });
    expect(kind.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MILESTONE_KIND", field: "kind" });
    const region = await env.query(CREATE, { input: { kind: "OTHER", regionCode: "99", titleFi: "x", dueDate: "2026-01-01" } }, { token: admin });
    expect(region.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "regionCode" });
    const org = await env.query(CREATE, { input: { kind: "OTHER", titleFi: "x", dueDate: "2026-01-01", organisationId: Buffer.from("Organisation:999999").toString("base64url") } }, { token: admin });
    expect(org.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_ORGANISATION" });
    const date = await env.query(CREATE, { input: { kind: "OTHER", titleFi: "x", dueDate: "2026-02-30" } }, { token: admin });
    expect(date.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const filterKind = await env.query(LIST, { filter: { kinds: ["NOPE"] } });
    expect(filterKind.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MILESTONE_KIND" });
    const filterRegion = await env.query(`{ milestoneEvents(filter: { regionCodes: ["77"] }) { totalCount } }`);
    expect(filterRegion.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await env.query(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: CANCELLED) { id } }`, { id: Buffer.from("PreparationMilestone:999999").toString("base64url") }, { token: admin });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const [{ n: after }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM milestone_event`);
    expect(after).toBe(before);
  });
});
