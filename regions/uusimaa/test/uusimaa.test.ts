import uusimaa from "@yhdyspinta/region-uusimaa";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ plugins: [uusimaa], seed: "demo" }); });
afterAll(async () => { await env?.close(); });

async function ok(document: string, variables?: Record<string, unknown>) {
  const res = await env.query(document, variables);
  expect(res.errors).toBeUndefined();
  return res;
}

const OPEN = `mutation($input: OpenUusimaaRepresentativeCallInput!) { openUusimaaRepresentativeCall(input: $input) { id status memberSeats } }`;
const NOMINATE = `mutation($input: NominateUusimaaRepresentativeInput!) { nominateUusimaaRepresentative(input: $input) { id nomineeName organisation { id } } }`;
const DECIDE = `mutation($input: DecideUusimaaRepresentativeCallInput!) { decideUusimaaRepresentativeCall(input: $input) {
  status decidedOn decision representatives { role nomination { nomineeName } deputy { role nomination { nomineeName } } } } }`;

async function organisationsOf(regionCode: string, n: number): Promise<string[]> {
  const res = await ok(`query($r: String!, $n: Int!) { organisations(first: $n, filter: { regionCode: $r }) { nodes { id } } }`, { r: regionCode, n });
  return res.data.organisations.nodes.map((o: any) => o.id);
}

describe("Uusimaa development groups", () => {
  it("gives each of regions 01-04 and 90 a development group with service guidance and data collection workstreams", async () => {
    const res = await ok(`{ uusimaaDevelopmentGroups { name region { code } workstreams { kind name leadOrganisation { id } } } }`);
    const groups = res.data.uusimaaDevelopmentGroups;
    expect(groups.map((g: any) => g.region.code)).toEqual(["01", "02", "03", "04", "90"]);
    for (const g of groups) expect(g.workstreams.map((w: any) => w.kind)).toEqual(["SERVICE_GUIDANCE", "NGO_DATA_COLLECTION"]);
    const region = await ok(`{ a: region(code: "02") { uusimaaDevelopmentGroup { name } } b: region(code: "15") { uusimaaDevelopmentGroup { name } } }`);
    expect(region.data.a.uusimaaDevelopmentGroup.name).toMatch(/kehittäjäryhmä/);
    expect(region.data.b.uusimaaDevelopmentGroup).toBeNull();
  });

  it("adds a workstream to a group, refusing an unknown group", async () => {
    const groups = await ok(`{ uusimaaDevelopmentGroups { id } }`);
    const add = `mutation($input: AddUusimaaWorkstreamInput!) { addUusimaaWorkstream(input: $input) { kind name group { id } } }`;
    const res = await ok(add, { input: { groupId: groups.data.uusimaaDevelopmentGroups[0].id, kind: "OTHER", name: "Viestintä" } });
    expect(res.data.addUusimaaWorkstream).toMatchObject({ kind: "OTHER", name: "Viestintä", group: { id: groups.data.uusimaaDevelopmentGroups[0].id } });
    const missing = await env.query(add, { input: { groupId: Buffer.from("UusimaaDevelopmentGroup:99999").toString("base64url"), kind: "OTHER", name: "X" } });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("Uusimaa selection of NGO representatives", () => {
  it("shows the seeded decided call with members and their deputies", async () => {
    const res = await ok(`{ region(code: "02") { uusimaaRepresentativeCalls { bodyName status decidedOn nominations { totalCount }
      representatives { role nomination { nomineeName organisation { id } } deputy { nomination { nomineeName } } } } } }`);
    const [call] = res.data.region.uusimaaRepresentativeCalls;
    expect(call).toMatchObject({ bodyName: "Järjestöjen neuvottelukunta", status: "DECIDED", decidedOn: "2024-10-15", nominations: { totalCount: 4 } });
    expect(call.representatives.map((r: any) => r.role)).toEqual(["MEMBER", "DEPUTY", "MEMBER", "DEPUTY"]);
    expect(call.representatives[0].deputy.nomination.nomineeName).toBe(call.representatives[1].nomination.nomineeName);
  });

  it("runs a call from opening through nominations to a decision", async () => {
    const [a, b, c] = await organisationsOf("01", 3);
    const opened = await ok(OPEN, { input: { regionCode: "01", bodyName: "Vaikuttamistoimielin", memberSeats: 1, opensOn: "2000-01-01", closesOn: "2999-12-31" } });
    const call = opened.data.openUusimaaRepresentativeCall;
    expect(call).toMatchObject({ status: "OPEN", memberSeats: 1 });
    const n1 = (await ok(NOMINATE, { input: { callId: call.id, organisationId: a, nomineeName: "Anna Ehdokas" } })).data.nominateUusimaaRepresentative;
    const n2 = (await ok(NOMINATE, { input: { callId: call.id, organisationId: b, nomineeName: "Ville Varaehdokas" } })).data.nominateUusimaaRepresentative;
    const n3 = (await ok(NOMINATE, { input: { callId: call.id, organisationId: c, nomineeName: "Kolmas Ehdokas" } })).data.nominateUusimaaRepresentative;
    expect(n1.organisation.id).toBe(a);

    const twice = await env.query(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "X", members: [{ nominationId: n1.id, deputyNominationId: n1.id }] } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOMINATION_CHOSEN_TWICE" });
    const tooMany = await env.query(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "X", members: [{ nominationId: n1.id }, { nominationId: n3.id }] } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TOO_MANY_MEMBERS" });

    const decided = await ok(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "Aluehallitus 10.1.2025", members: [{ nominationId: n1.id, deputyNominationId: n2.id }] } });
    expect(decided.data.decideUusimaaRepresentativeCall).toMatchObject({
      status: "DECIDED", decidedOn: "2025-01-10",
      representatives: [
        { role: "MEMBER", nomination: { nomineeName: "Anna Ehdokas" }, deputy: { role: "DEPUTY", nomination: { nomineeName: "Ville Varaehdokas" } } },
        { role: "DEPUTY", nomination: { nomineeName: "Ville Varaehdokas" }, deputy: null },
      ],
    });
    const again = await env.query(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-11", decision: "X", members: [{ nominationId: n3.id }] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_DECIDED" });
    const late = await env.query(NOMINATE, { input: { callId: call.id, organisationId: a, nomineeName: "Myöhäinen" } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_DECIDED" });
  });

  it("refuses nominations outside the call period, from other regions' NGOs, and calls for regions it does not serve", async () => {
    const closed = (await ok(OPEN, { input: { regionCode: "03", bodyName: "Vanha haku", memberSeats: 2, opensOn: "2001-01-01", closesOn: "2001-01-31" } })).data.openUusimaaRepresentativeCall;
    const [org03] = await organisationsOf("03", 1);
    const tooLate = await env.query(NOMINATE, { input: { callId: closed.id, organisationId: org03, nomineeName: "X" } });
    expect(tooLate.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_NOT_OPEN" });

    const open = (await ok(OPEN, { input: { regionCode: "03", bodyName: "Uusi haku", memberSeats: 2, opensOn: "2000-01-01", closesOn: "2999-12-31" } })).data.openUusimaaRepresentativeCall;
    const outside = await ok(`{ organisations(first: 1, filter: { regionCode: "15" }) { nodes { id regions { code } } } }`);
    expect(outside.data.organisations.nodes[0].regions.map((r: any) => r.code)).not.toContain("03");
    const refused = await env.query(NOMINATE, { input: { callId: open.id, organisationId: outside.data.organisations.nodes[0].id, nomineeName: "X" } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORGANISATION_OUTSIDE_REGION" });

    const notServed = await env.query(OPEN, { input: { regionCode: "15", bodyName: "X", memberSeats: 1, opensOn: "2025-01-01", closesOn: "2025-02-01" } });
    expect(notServed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "REGION_NOT_SERVED" });
    const backwards = await env.query(OPEN, { input: { regionCode: "01", bodyName: "X", memberSeats: 1, opensOn: "2025-02-01", closesOn: "2025-01-01" } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const seats = await env.query(OPEN, { input: { regionCode: "01", bodyName: "X", memberSeats: 0, opensOn: "2025-01-01", closesOn: "2025-02-01" } });
    expect(seats.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
