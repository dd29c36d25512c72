import { toGlobalId } from "@yhdyspinta/core";
import uusimaa from "@yhdyspinta/region-uusimaa";
import {
  caller, regionPluginTest, type AuthOutcome, type MatrixCase,
} from "@yhdyspinta/testing";

/** The plug-in with the demo data; `coordinator` coordinates its region (02). */
const kit = regionPluginTest(uusimaa, "02");
const { ok, mutate, heardOnSubscription } = kit;

const BODIES = `query($region: String!, $kinds: [String!]) { region(code: $region) { cooperationBodies(filter: { kinds: $kinds }, first: 20) { nodes {
  id name kind kindLabel(language: SV)
  uusimaaWorkstreams { id kind name leadOrganisation { id } }
  members(first: 50) { nodes { id role organisation { id } uusimaaDeputyOf { id organisation { id } } } }
  representativeCalls { seats deadline decidedAt uusimaa { opensOn decision } } } } } }`;

describe("Uusimaa on the core's cooperation building blocks", () => {
  it("gives every region of the plug-in a development group with its workstreams", async () => {
    for (const region of uusimaa.regions) {
      const res = await ok(BODIES, { region, kinds: ["DEVELOPMENT_GROUP"] });
      const groups = res.data.region.cooperationBodies.nodes;
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.flatMap((g: any) => g.uusimaaWorkstreams).map((w: any) => w.kind).sort()).toEqual(["NGO_DATA_COLLECTION", "SERVICE_GUIDANCE"]);
    }
  });

  it("shows a decided call with its opening day and decision, and each chosen deputy with the member it stands in for", async () => {
    const res = await ok(BODIES, { region: "02", kinds: ["COUNTY_BODY"] }, kit.coordinator);
    const [body] = res.data.region.cooperationBodies.nodes;
    expect(body.kindLabel).toBe("Välfärdsområdets organ");
    const [call] = body.representativeCalls;
    expect(call).toMatchObject({ seats: 2, deadline: "2024-09-30", uusimaa: { opensOn: "2024-09-01", decision: "Aluehallituksen päätös (demo)" } });
    expect(call.decidedAt).toBeTruthy();
    const members = body.members.nodes;
    const deputies = members.filter((m: any) => m.role === "DEPUTY");
    expect(deputies).toHaveLength(2);
    for (const d of deputies) {
      const member = members.find((m: any) => m.id === d.uusimaaDeputyOf.id);
      expect(member.role).toBe("MEMBER");
    }
  });

  it("tells the region's followers of a new workstream on the live subscription", async () => {
    const [group] = (await ok(BODIES, { region: "02", kinds: ["DEVELOPMENT_GROUP"] })).data.region.cooperationBodies.nodes;
    const titles = await heardOnSubscription("02", () => ok(`mutation($b: ID!) { addUusimaaWorkstream(input: { bodyId: $b, kind: SERVICE_GUIDANCE, name: "Digiohjaus" }) { name } }`, { b: group.id }, kit.coordinator));
    expect(titles).toContain("Uusi työryhmä: Digiohjaus");
  });

  it("starts a workstream only in a development group", async () => {
    const [group] = (await ok(BODIES, { region: "02", kinds: ["DEVELOPMENT_GROUP"] })).data.region.cooperationBodies.nodes;
    const [county] = (await ok(BODIES, { region: "02", kinds: ["COUNTY_BODY"] })).data.region.cooperationBodies.nodes;
    const add = `mutation($input: AddUusimaaWorkstreamInput!) { addUusimaaWorkstream(input: $input) { kind name } }`;
    const done = await mutate(add, { input: { bodyId: group.id, kind: "OTHER", name: "Viestintä" } });
    expect(done.errors).toBeUndefined();
    expect(done.data.addUusimaaWorkstream).toEqual({ kind: "OTHER", name: "Viestintä" });
    expect((await mutate(add, { input: { bodyId: county.id, kind: "OTHER", name: "X" } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_A_DEVELOPMENT_GROUP" });
    expect((await mutate(add, { input: { bodyId: group.id, kind: "OTHER", name: "" } })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await mutate(add, { input: { bodyId: toGlobalId("CooperationBody", 2_000_000_000), kind: "OTHER", name: "X" } })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("Uusimaa authorisation", () => {
  const f = { group: "" };
  beforeAll(async () => {
    f.group = await kit.firstId("CooperationBody",
      `SELECT b.id FROM cooperation_body b JOIN cooperation_body_region r ON r.body_id = b.id WHERE r.region_code = '02' AND b.kind = 'DEVELOPMENT_GROUP' LIMIT 1`);
  });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "addUusimaaWorkstream", expect: [U, F, ok, F, ok],
      document: `mutation($input: AddUusimaaWorkstreamInput!) { addUusimaaWorkstream(input: $input) { name } }`,
      variables: async () => ({ input: { bodyId: f.group, kind: "OTHER", name: "Työryhmä" } }) },
  ];

  kit.authorisationMatrix({
    tables: ["uusimaa_workstream"], cases: MATRIX,
    callers: { anonymous: caller.anonymous, editor: caller.editorInRegion("02"), coord02: caller.coordinator("02"), coord15: caller.coordinator("15"), admin: caller.admin },
  });
});
